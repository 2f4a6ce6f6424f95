// A function far beyond HotSpot's 8,000-byte method limit (and the JVM's 64 KB) compiles in pieces
// and computes the same result as the interpreter, with loops and exception handlers across pieces.
let src = "let a = 0, b = 1, log = [];\n";
for (let i = 0; i < 3000; i++) {
  src += `a = (a + ${i} * b) | 0; b = (b * 31 + ${i}) & 1023;\n`;
  if (i % 500 === 0) src += `for (let k = 0; k < 3; k++) { a ^= k; }\n`;
  if (i % 700 === 0) src += `try { if (b & 1) throw new RangeError("r${i}"); log.push("n${i}"); } catch (e) { log.push(e.message); }\n`;
}
src += "return a + ':' + b + ':' + log.join(',');";
const big = new Function(src);
console.log(big());
console.log(big() === big());
// expect: -1992623924:733:r0,r700,r1400,r2100,r2800
// expect: true
