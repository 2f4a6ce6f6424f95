// Error.prototype.toString with custom/empty name and message.
var e = new Error("m");
e.name = "Custom";
console.log(String(e)); // expect: Custom: m
e.name = "";
console.log(String(e)); // expect: m
e.name = "N"; e.message = "";
console.log(String(e)); // expect: N
console.log(Error.prototype.toString.call({ name: "Fake", message: "obj" })); // expect: Fake: obj
console.log(Error.prototype.toString.call({})); // expect: Error
console.log(Error.prototype.name, JSON.stringify(Error.prototype.message)); // expect: Error ""
console.log(Object.keys(new Error("x")).length, Object.getOwnPropertyDescriptor(new Error("x"), "message").enumerable); // expect: 0 false
