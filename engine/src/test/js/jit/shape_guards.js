// flags: --allow-natives-syntax
// skip-variants: interp, stress_resume, no_ic (no JIT under --jitless)
// skip-variants: stress_osr (calls start in the interpreter there, so optimized code never runs)
// skip-variants: stress_deopt (random deoptimizations come before the guards this test counts)
// skip-variants: always_opt (there a function is optimized again at its next call, before its call sites have seen the new targets: the deopt counts differ)
// skip-variants: eager_stress_deopt (random deoptimizations change the statuses and deopt counts this test prints)
// Tier 2 turns monomorphic and polymorphic property caches into shape guards with direct slot
// accesses; a receiver of another shape deoptimizes, the cache learns it, and the next compilation
// covers it.
const OPTIMIZED = 16;
const optimized = f => (%GetOptimizationStatus(f) & OPTIMIZED) !== 0;

class Animal { describe() { return "an animal"; } }
class Dog extends Animal { constructor() { super(); this.name = "rex"; } sound() { return "woof"; } }
class Cat extends Animal { constructor() { super(); this.name = "tom"; this.lives = 9; } sound() { return "meow"; } }
class Bird extends Animal { sound() { return "tweet"; } }
function speak(a) { return a.sound(); }
%PrepareFunctionForOptimization(speak);
const dog = new Dog(), cat = new Cat(), bird = new Bird();
speak(dog); speak(dog);
%OptimizeFunctionOnNextCall(speak);
console.log("monomorphic:", speak(dog), optimized(speak), %DeoptCount(speak));
console.log("a cat:", speak(cat), optimized(speak), %DeoptCount(speak));
%OptimizeFunctionOnNextCall(speak);
console.log("polymorphic:", speak(dog), speak(cat), speak(dog), optimized(speak), %DeoptCount(speak));
console.log("a bird:", speak(bird), optimized(speak), %DeoptCount(speak));

// A load found two prototypes up depends on every prototype it passed keeping its shape: shadowing it
// on the way changes a prototype's shape, which discards the code instead of letting it read the old
// method (see lazy_deopt.js for activations still running).
function describe(a) { return a.describe(); }
%PrepareFunctionForOptimization(describe);
describe(dog); describe(dog);
%OptimizeFunctionOnNextCall(describe);
console.log(describe(dog), optimized(describe));
Dog.prototype.describe = function () { return "a dog"; };
console.log(describe(dog), %DeoptCount(describe) >= 1);
// Reassigning a property the code reads from a prototype needs no deopt: the slot is read each time.
Dog.prototype.describe = function () { return "a good dog"; };
%OptimizeFunctionOnNextCall(describe);
console.log(describe(dog), optimized(describe));
Dog.prototype.describe = function () { return "the best dog"; };
console.log(describe(dog), optimized(describe), %DeoptCount(describe));

// Fields: loads and stores of own properties, the same guard checked once per object.
function norm2(p) { return p.x * p.x + p.y * p.y; }
function moveBy(p, d) { p.x = p.x + d; p.y = p.y + d; return p; }
%PrepareFunctionForOptimization(norm2);
%PrepareFunctionForOptimization(moveBy);
norm2({x: 1, y: 2}); norm2({x: 3, y: 4});
moveBy({x: 1, y: 2}, 1); moveBy({x: 1, y: 2}, 1);
%OptimizeFunctionOnNextCall(norm2);
%OptimizeFunctionOnNextCall(moveBy);
const q = moveBy({x: 1, y: 2}, 10);
console.log(norm2({x: 3, y: 4}), q.x, q.y, optimized(norm2), optimized(moveBy));
console.log(norm2({y: 4, x: 3}), %DeoptCount(norm2));

// A store that happens just before a failing guard happens exactly once.
function countThenRead(counter, p) { counter.n = counter.n + 1; return p.x; }
%PrepareFunctionForOptimization(countThenRead);
const counter = {n: 0};
countThenRead(counter, {x: 1}); countThenRead(counter, {x: 1});
%OptimizeFunctionOnNextCall(countThenRead);
console.log(countThenRead(counter, {x: 2}), counter.n, optimized(countThenRead));
console.log(countThenRead(counter, {w: 0, x: 3}), counter.n, %DeoptCount(countThenRead));

// Adding a property: the transition store gives the object the same shape the interpreter would.
function addY(o) { o.y = 7; return o; }
%PrepareFunctionForOptimization(addY);
addY({x: 1}); addY({x: 1});
%OptimizeFunctionOnNextCall(addY);
const added = addY({x: 5});
console.log(JSON.stringify(added), %HaveSameMap(added, {x: 0, y: 0}), optimized(addY));
const frozen = Object.freeze({x: 1});
console.log(JSON.stringify(addY(frozen)), %DeoptCount(addY));

// Missing properties read as undefined, until one appears on the prototype.
function maybeColor(o) { return o.color; }
%PrepareFunctionForOptimization(maybeColor);
maybeColor(dog); maybeColor(dog);
%OptimizeFunctionOnNextCall(maybeColor);
console.log(maybeColor(dog), optimized(maybeColor));
Animal.prototype.color = "brown";
console.log(maybeColor(dog), %DeoptCount(maybeColor));
// expect: monomorphic: woof true 0
// expect: a cat: meow false 1
// expect: polymorphic: woof meow woof true 1
// expect: a bird: tweet false 2
// expect: an animal true
// expect: a dog true
// expect: a good dog true
// expect: the best dog true 1
// expect: 25 11 12 true true
// expect: 25 1
// expect: 2 3 true
// expect: 3 4 1
// expect: {"x":5,"y":7} true true
// expect: {"x":1} 1
// expect: undefined true
// expect: brown 1
