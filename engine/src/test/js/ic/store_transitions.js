// flags: --allow-natives-syntax
// skip-variants: no_ic (asserts cache states)
// Stores that add properties follow shape transitions; objects built the same way share a shape.
function make(x, y) { const o = {}; o.x = x; o.y = y; return o; }
%PrepareFunctionForOptimization(make);
const p = make(1, 2), q = make(3, 4);
console.log(%HaveSameMap(p, q), %HasFastProperties(p), p.x + p.y + q.x + q.y); // expect: true true 10
console.log(%ICState(make, 0), %ICState(make, 1)); // expect: monomorphic monomorphic
const frozen = Object.freeze(make(5, 6));
function setX(o, v) { "use strict"; o.x = v; return o.x; }
%PrepareFunctionForOptimization(setX);
console.log(setX(make(0, 0), 7), setX(make(0, 0), 8)); // expect: 7 8
try { setX(frozen, 9); } catch (e) { console.log(e instanceof TypeError, frozen.x); } // expect: true 5
const withSetter = { set x(v) { this.seen = v; }, get x() { return "getter"; } };
console.log(setX(withSetter, 3), withSetter.seen); // expect: getter 3
const big = {};
for (let i = 0; i < 200; i++) big["k" + i] = i;
console.log(%HasFastProperties(big), big.k199); // expect: false 199
