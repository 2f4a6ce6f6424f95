// console.log's %s specifier: for an object whose toString is user-defined
// (own or inherited from a class), node prints String(obj); Piste always
// inspects the object instead. Functions and classes are also printed with
// String(fn) (their source text), where Piste prints [Function: foo] /
// [class A].
console.log('%s', { toString() { return 'custom'; } });
class K { toString() { return 'K!'; } }
console.log('%s', new K());
console.log('%s|', function foo() {});
console.log('%s', class A {});
console.log('%s', () => 1);
// expect: custom
// expect: K!
// expect: function foo() {}|
// expect: class A {}
// expect: () => 1
