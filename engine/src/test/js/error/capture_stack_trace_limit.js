// Error.captureStackTrace(object, fn) leaves out fn and the frames above it (all of them when fn is
// not on the stack); Error.stackTraceLimit bounds the frames recorded.
function inner() { const o = {}; Error.captureStackTrace(o, inner); return o.stack.split("\n").map(l => l.replace(/\(.*[\\/]/, "(")); }
function outer() { return inner(); }
console.log(outer().slice(0, 2).join("|"));
function notOnStack() {}
function c2() { const o = { message: "m", name: "N" }; Error.captureStackTrace(o, notOnStack); return o.stack; }
console.log(JSON.stringify(c2()));
function c3() { const o = {}; Error.captureStackTrace(o); return o.stack.split("\n")[1].trim().split(" ")[1]; }
console.log(c3());
const limited = () => { const old = Error.stackTraceLimit; Error.stackTraceLimit = 1; const s = new Error("x").stack.split("\n").length; Error.stackTraceLimit = 0; const z = new Error("y").stack; Error.stackTraceLimit = old; return s + " " + JSON.stringify(z); };
console.log(limited());
// expect: Error|    at outer (capture_stack_trace_limit.js:4:27)
// expect: "N: m"
// expect: c3
// expect: 2 "Error: y"
