// \s and \S are JavaScript's WhiteSpace and LineTerminator code points, inside and outside classes.
let out = [];
for (let c = 0; c < 0x10000; c++) { const s = String.fromCharCode(c); if (/\s/.test(s)) out.push(c.toString(16)); }
console.log(out.join(","));
out = [];
for (let c = 0; c < 0x10000; c++) {
  const s = String.fromCharCode(c), space = /\s/.test(s);
  if (/[^\S]/u.test(s) !== space || /[\s\d]/i.test(s) !== (space || /\d/.test(s)) || /\S/.test(s) === space || /[^\s]/.test(s) === space) out.push(c.toString(16));
}
console.log(out.length, "a\u3000b\ufeffc d\u2028e".split(/\s/).length, "x\u2007y\u180ez".replace(/\S/g, "_").replace(/[^ -~]/g, c => "U+" + c.charCodeAt(0).toString(16)));
// expect: 9,a,b,c,d,20,a0,1680,2000,2001,2002,2003,2004,2005,2006,2007,2008,2009,200a,2028,2029,202f,205f,3000,feff
// expect: 0 5 _U+2007___
