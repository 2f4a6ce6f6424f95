// atob/btoa: Latin-1 strings to base64 and back, forgiving whitespace and padding, and the
// InvalidCharacterError cases.
const t = (f) => { try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.name + " | " + e.message); } };
t(() => btoa("hello")); t(() => btoa("")); t(() => btoa("\xff\xfe\x00")); t(() => btoa("\u0100")); t(() => btoa(12)); t(() => btoa(null)); t(() => btoa());
t(() => atob("aGVsbG8=")); t(() => atob("aGVsbG8")); t(() => atob(" aGV sbG8= \n")); t(() => atob("a")); t(() => atob("ab=c")); t(() => atob("*"));
t(() => atob("//79")); t(() => atob("")); t(() => atob("YQ==")); t(() => atob("YQ=")); t(() => atob("YQ===")); t(() => atob(undefined)); t(() => atob(null));
t(() => [atob.length, btoa.length, atob.name]);
// expect: "aGVsbG8="
// expect: ""
// expect: "//4A"
// expect: InvalidCharacterError | Invalid character
// expect: "MTI="
// expect: "bnVsbA=="
// expect: TypeError | The "input" argument must be specified
// expect: "hello"
// expect: "hello"
// expect: "hello"
// expect: InvalidCharacterError | The string to be decoded is not correctly encoded.
// expect: InvalidCharacterError | Invalid character
// expect: InvalidCharacterError | Invalid character
// expect: "ÿþý"
// expect: ""
// expect: "a"
// expect: InvalidCharacterError | Invalid character
// expect: InvalidCharacterError | Invalid character
// expect: InvalidCharacterError | The string to be decoded is not correctly encoded.
// expect: "ée"
// expect: [1,1,"atob"]
