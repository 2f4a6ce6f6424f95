// Object.prototype.toString uses internal kinds and Symbol.toStringTag.
var ts = Object.prototype.toString;
console.log(ts.call([]), ts.call(null), ts.call(undefined), ts.call(1)); // expect: [object Array] [object Null] [object Undefined] [object Number]
console.log(ts.call(""), ts.call(true), ts.call(() => {}), ts.call(/x/)); // expect: [object String] [object Boolean] [object Function] [object RegExp]
console.log(ts.call(new Date(0)), ts.call(new Error("e")), ts.call(Symbol())); // expect: [object Date] [object Error] [object Symbol]
console.log(ts.call({ [Symbol.toStringTag]: "Custom" })); // expect: [object Custom]
class Tagged { get [Symbol.toStringTag]() { return "T"; } }
console.log(String(new Tagged()), `${new Tagged()}`); // expect: [object T] [object T]
console.log(ts.call(new Map()), ts.call(JSON), ts.call(Math)); // expect: [object Map] [object JSON] [object Math]
