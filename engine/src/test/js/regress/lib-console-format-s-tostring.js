// console.log's %s specifier: for an object whose toString is user-defined
// (own or inherited from a class), node prints String(obj); Piste always
// inspects the object instead. Functions are also printed with String(fn)
// (their source text), where Piste prints [Function: foo].
console.log('%s', { toString() { return 'custom'; } });
class K { toString() { return 'K!'; } }
console.log('%s', new K());
console.log('%s|', function foo() {});
// expect: custom
// expect: K!
// expect: function foo() {}|
