// flags: --allow-natives-syntax
// skip-variants: interp, stress_resume, no_ic (no JIT under --jitless)
// skip-variants: stress_osr (calls start in the interpreter there, so optimized code never runs)
// skip-variants: stress_deopt (random deoptimizations come before the points this test looks at)
// skip-variants: always_opt (there a function is optimized again at its next call, before its call sites have seen the new targets: the deopt counts differ)
// Optimized code that read a method from a prototype assumes the prototype keeps its shape. A callee
// that changes it invalidates the code at once: the caller, still on the stack, leaves for the
// interpreter as soon as the call returns (lazy deoptimization), before it runs anything else.
// (The callees come as arguments: a global read that never ran would deoptimize eagerly when reached.)
const OPTIMIZED = 16, TOP_OPTIMIZED = 1 << 12, TOP_INTERPRETED = 1 << 16;
class Animal { speak() { return "..."; } }
class Dog extends Animal {}
const rex = new Dog();
function teach() { Dog.prototype.speak = function () { return "woof"; }; }
function talk(dog, learn) {
  const self = talk;
  const before = dog.speak();
  let status = 0;
  if (learn) { learn(); status = %GetOptimizationStatus(self); }
  return [before, dog.speak(), (status & TOP_OPTIMIZED) !== 0, (status & TOP_INTERPRETED) !== 0].join(" ");
}
%PrepareFunctionForOptimization(talk);
talk(rex, false); talk(rex, false);
%OptimizeFunctionOnNextCall(talk);
console.log(talk(rex, false), (%GetOptimizationStatus(talk) & OPTIMIZED) !== 0);
console.log(talk(rex, teach), (%GetOptimizationStatus(talk) & OPTIMIZED) !== 0, %DeoptCount(talk));
// Optimized again (once its call sites have seen the new method), it reads the new method and keeps
// running optimized.
talk(rex, false);
%OptimizeFunctionOnNextCall(talk);
console.log(talk(rex, false), (%GetOptimizationStatus(talk) & OPTIMIZED) !== 0, %DeoptCount(talk));

// The change in a loop: a method shadowed on the way up the chain. Every iteration after it sees the
// new method; the loop goes on in the interpreter.
class Base { step() { return 1; } }
class Counter extends Base {}
const c = new Counter();
function shadow() { Counter.prototype.step = function () { return 10; }; }
function count(n, shadowAt, onShadow) {
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += c.step();
    if (i === shadowAt) onShadow();
  }
  return total;
}
%PrepareFunctionForOptimization(count);
count(3, -1, shadow); count(3, -1, shadow);
%OptimizeFunctionOnNextCall(count);
console.log(count(10, 5, shadow), %DeoptCount(count));
// expect: ... ... false false true
// expect: ... woof false true false 1
// expect: woof woof false false true 1
// expect: 46 1
