const ts = Object.prototype.toString;
console.log(ts.call(undefined), ts.call(null), ts.call(1), ts.call('s'), ts.call(true), ts.call(Symbol()));
console.log(ts.call([]), ts.call({}), ts.call(function () {}), ts.call(new Error('x')), ts.call(new TypeError()));
console.log(ts.call((function () { return arguments; })()), ts.call(Math), ts.call(JSON), ts.call(new Map()), ts.call(new Set()));
console.log(ts.call({ [Symbol.toStringTag]: 'Custom' }), ts.call({ [Symbol.toStringTag]: 5 }));
class Thing { get [Symbol.toStringTag]() { return 'Thing!'; } }
console.log(ts.call(new Thing()), '' + new Thing());
console.log(ts.call(new Proxy([], {})), ts.call(new Proxy(function () {}, {})), ts.call(Reflect));
console.log(ts.call(new Map().keys()), ts.call(new Set().values()));

// expect: [object Undefined] [object Null] [object Number] [object String] [object Boolean] [object Symbol]
// expect: [object Array] [object Object] [object Function] [object Error] [object Error]
// expect: [object Arguments] [object Math] [object JSON] [object Map] [object Set]
// expect: [object Custom] [object Object]
// expect: [object Thing!] [object Thing!]
// expect: [object Array] [object Function] [object Reflect]
// expect: [object Map Iterator] [object Set Iterator]
