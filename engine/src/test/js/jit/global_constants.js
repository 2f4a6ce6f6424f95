// flags: --allow-natives-syntax
// skip-variants: interp, stress_resume, no_ic (no JIT under --jitless)
// skip-variants: stress_osr (calls start in the interpreter there, so optimized code never runs)
// skip-variants: always_opt, stress_deopt (under --always-opt functions are optimized again at once, so the status differs)
// Globals never reassigned are constants in optimized code; assigning one, by any way there is,
// discards the code that folded it (it is not folded again), and the new value is seen at once.
const OPTIMIZED = 16;
const optimized = f => (%GetOptimizationStatus(f) & OPTIMIZED) !== 0;

var scale = 3;
const OFFSET = 10;
let mode = 1;
class Unit { constructor(v) { this.v = v; } }
function twice(x) { return 2 * x; }
function step(v) { return twice(v * scale) + OFFSET + mode + new Unit(v).v; }
%PrepareFunctionForOptimization(step);
step(1); step(2);
%OptimizeFunctionOnNextCall(step);
console.log(step(1), optimized(step));
// expect: 18 true

scale = 4;
console.log(optimized(step), step(1));
%OptimizeFunctionOnNextCall(step);
console.log(step(1), optimized(step));
scale = 5;
console.log(step(1), optimized(step));
// expect: false 20
// expect: 20 true
// expect: 22 true

// A let binding, assigned while the code runs: the code leaves right after the assignment.
function bump() { const before = mode; mode = before + 1; return before * 100 + mode; }
%PrepareFunctionForOptimization(bump);
bump(); bump();
%OptimizeFunctionOnNextCall(bump);
console.log(bump(), bump(), optimized(bump));
// expect: 304 405 true

// A property write through globalThis and a redefinition reach the folded value too.
var base = 1;
function plusBase(x) { return x + base; }
%PrepareFunctionForOptimization(plusBase);
plusBase(1); plusBase(2);
%OptimizeFunctionOnNextCall(plusBase);
console.log(plusBase(1), optimized(plusBase));
globalThis.base = 10;
console.log(plusBase(1), optimized(plusBase));
%OptimizeFunctionOnNextCall(plusBase);
plusBase(0);
Object.defineProperty(globalThis, "base", { value: 100 });
console.log(plusBase(1), optimized(plusBase));
// expect: 2 true
// expect: 11 false
// expect: 101 true

// A function declaration is a global too; replacing it reaches the caller that inlined it.
function shape() { return "circle"; }
function describe() { return "a " + shape(); }
%PrepareFunctionForOptimization(describe);
describe(); describe();
%OptimizeFunctionOnNextCall(describe);
console.log(describe(), optimized(describe));
shape = () => "square";
console.log(describe(), optimized(describe));
// expect: a circle true
// expect: a square false

// A class binding reassigned: new sees the new class.
function make(v) { return new Unit(v).v; }
%PrepareFunctionForOptimization(make);
make(1); make(2);
%OptimizeFunctionOnNextCall(make);
console.log(make(3), optimized(make));
Unit = class { constructor(v) { this.v = -v; } };
console.log(make(3), optimized(make));
// expect: 3 true
// expect: -3 false
