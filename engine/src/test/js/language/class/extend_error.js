// class extends Error: name, message, instanceof, stack and toString.
class MyError extends Error {
  constructor(msg, code) { super(msg); this.name = "MyError"; this.code = code; }
}
var e = new MyError("bad thing", 42);
console.log(e instanceof MyError, e instanceof Error, e.message, e.code); // expect: true true bad thing 42
console.log(String(e), e.name); // expect: MyError: bad thing MyError
console.log(typeof e.stack, e.stack.includes("bad thing")); // expect: string true
console.log(Object.prototype.toString.call(e)); // expect: [object Error]
class Plain extends Error {}
var p = new Plain("x");
console.log(p.name, String(p), p.constructor.name); // expect: Error Error: x Plain
class Named extends Error { get name() { return "Named"; } }
console.log(String(new Named("m"))); // expect: Named: m
try { throw new MyError("thrown"); } catch (c) { console.log(c.name + "|" + c.message); } // expect: MyError|thrown
class VE extends TypeError {}
console.log(new VE() instanceof TypeError, new VE().name); // expect: true TypeError
