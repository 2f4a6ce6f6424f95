// error.stack is a string mentioning the message and the throwing function.
function thrower() { throw new Error("stacked message"); }
function caller() { thrower(); }
try { caller(); } catch (e) {
  console.log(typeof e.stack); // expect: string
  console.log(e.stack.includes("stacked message")); // expect: true
  console.log(e.stack.includes("thrower"), e.stack.includes("caller")); // expect: true true
}
class K { method() { return new RangeError("r"); } }
var r = new K().method();
console.log(typeof r.stack, r.stack.includes("method")); // expect: string true
