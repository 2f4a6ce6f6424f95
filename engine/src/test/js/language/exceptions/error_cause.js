// The Error cause option creates an own cause property only when present.
var root = new Error("root");
var e = new Error("wrapper", { cause: root });
console.log(e.cause === root, e.hasOwnProperty("cause")); // expect: true true
console.log(new Error("x", {}).hasOwnProperty("cause"), new Error("x", { cause: undefined }).hasOwnProperty("cause")); // expect: false true
var t = new TypeError("t", { cause: 42 });
console.log(t.cause, Object.getOwnPropertyDescriptor(t, "cause").enumerable); // expect: 42 false
console.log(new Error("x", "notobj").hasOwnProperty("cause")); // expect: false
