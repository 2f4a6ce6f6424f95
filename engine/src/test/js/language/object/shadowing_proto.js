// Assigning to an inherited property creates an own shadowing property; setters on the chain are called.
var proto = { v: 1, log: [], set s(x) { this.log.push(x); } };
var o = Object.create(proto);
o.v = 2;
console.log(o.v, proto.v, o.hasOwnProperty("v")); // expect: 2 1 true
delete o.v;
console.log(o.v); // expect: 1
o.s = "hello";
console.log(o.hasOwnProperty("s"), proto.log.join()); // expect: false hello
var frozenProto = Object.freeze({ ro: 1 });
var kid = Object.create(frozenProto);
kid.ro = 2;
console.log(kid.ro, kid.hasOwnProperty("ro")); // expect: 1 false
