// Functions are objects: custom properties, prototype object, constructor link.
function F() {}
F.custom = 1;
console.log(F.custom, typeof F.prototype, F.prototype.constructor === F); // expect: 1 object true
console.log(Object.keys(F).join(), Object.getOwnPropertyNames(F).sort().join()); // expect: custom arguments,caller,custom,length,name,prototype
console.log(F instanceof Function, F instanceof Object, Object.getPrototypeOf(F) === Function.prototype); // expect: true true true
console.log((() => 1).hasOwnProperty("prototype"), ({ m() {} }).m.hasOwnProperty("prototype")); // expect: false false
console.log(F.toString()); // expect: function F() {}
var add = new Function("a", "b", "return a + b");
console.log(add(2, 3)); // expect: 5
