console.log(String(/a\/b/g), /[/]/.toString(), new RegExp("a/b", "i").toString(), String(new RegExp("\n")), RegExp.prototype.toString.call({ source: "x", flags: "q" }));
console.log(/x/y);
try { RegExp.prototype.exec.call({}, "x"); } catch (e) { console.log(e.name); }
// expect: /a\/b/g /[/]/ /a\/b/i /\n/ /x/q
// expect: /x/y
// expect: TypeError
