function strings() {
  let s = "";
  for (let i = 0; i < 100000; i++) s += String.fromCharCode(97 + (i % 26));
  let count = 0;
  for (let i = 0; i < s.length; i += 7) if (s.charCodeAt(i) === 101) count++;
  return s.length + count;
}
run("string_build", strings, 8);
