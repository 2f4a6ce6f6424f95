// Global var declarations (here via indirect eval) become globalThis properties; let/const/class do not.
let gl = 2;
const gc = 3;
class GC {}
console.log(globalThis.gl, globalThis.gc, globalThis.GC, "gl" in globalThis); // expect: undefined undefined undefined false
(0, eval)("var gv = 1; function gf() { return 'gf'; }");
console.log(globalThis.gv, gv, globalThis.gf()); // expect: 1 1 gf
console.log("gv" in globalThis); // expect: true
globalThis.gv = 10;
console.log(gv); // expect: 10
globalThis.newProp = "np";
console.log(newProp); // expect: np
(0, eval)("let evalLet = 1;");
console.log(typeof evalLet); // expect: undefined
function sloppyThis() { return this; }
console.log(sloppyThis() === globalThis); // expect: true
