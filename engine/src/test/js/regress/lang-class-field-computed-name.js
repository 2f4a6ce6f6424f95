// Class fields with a computed key and an anonymous function initializer get the
// key as the function's name (NamedEvaluation with the computed property key), like
// object literals do. Piste leaves the name empty for computed class field keys
// (instance and static); object literals with computed keys work.
const s = Symbol('sym');
class A {
  ['a' + 'b'] = function () {};
  [s] = () => {};
  static ['c' + 'd'] = () => {};
  static [Symbol.for('e')] = class {};
}
const a = new A();
console.log(a.ab.name);
console.log(a[s].name);
console.log(A.cd.name);
console.log(A[Symbol.for('e')].name);
// expect: ab
// expect: [sym]
// expect: cd
// expect: [e]
