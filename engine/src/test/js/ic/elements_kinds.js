// flags: --allow-natives-syntax
// skip-variants: no_ic (asserts cache states)
// Element loads by elements kind: packed ints, doubles, objects, holes and out-of-bounds reads.
function at(a, i) { return a[i]; }
%PrepareFunctionForOptimization(at);
const ints = [1, 2, 3];
console.log(at(ints, 0), at(ints, 2), at(ints, 5), %ICState(at, 0)); // expect: 1 3 undefined monomorphic
const doubles = [1.5, 2.5];
console.log(at(doubles, 1), %ICState(at, 0)); // expect: 2.5 polymorphic
const holey = [1, , 3];
Array.prototype[1] = "from prototype";
console.log(at(holey, 1)); // expect: from prototype
delete Array.prototype[1];
console.log(at(holey, 1), at("str", 1), at({ 0: "zero" }, 0), %ICState(at, 0)); // expect: undefined t zero megamorphic
function put(a, i, v) { a[i] = v; return a; }
console.log(put([1, 2], 1, 9).join(), put([1, 2], 2, 3).join(), put([1.5], 0, "s").join()); // expect: 1,9 1,2,3 s
