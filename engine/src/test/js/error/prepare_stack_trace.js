// Error.prepareStackTrace receives V8-style call sites; stack positions of method calls point at
// the property name, as V8's do.
function where() { return new Error("w").stack; }
Error.prepareStackTrace = (err, sites) => {
  const s = sites[0];
  return [err.message, sites.length > 0, typeof s.getFileName(), s.getLineNumber(), s.getColumnNumber(), s.getFunctionName(), typeof s.toString(), s.isNative(), s.isToplevel(), s.getTypeName === undefined].join();
};
console.log(where());
function named() { const e = {}; Error.captureStackTrace(e); return e.stack; }
console.log(named());
Error.prepareStackTrace = (err, sites) => sites.map(s => s.getFunctionName()).slice(0, 2);
function a() { return b(); } function b() { return new Error("x").stack; }
const st = a(); console.log(Array.isArray(st), st.join());
Error.prepareStackTrace = () => { throw new Error("boom"); };
try { console.log(new Error("z").stack); } catch (e) { console.log("threw", e.message); }
Error.prepareStackTrace = undefined;
console.log(new Error("plain").stack.split("\n")[0]);
Error.prepareStackTrace = (e, s) => "custom: " + e.message + " " + s[0].getFunctionName();
function thrower() { throw new TypeError("bad"); }
try { thrower(); } catch (e) { console.log(e.stack); }
Error.prepareStackTrace = undefined;
const o = { m() { return new Error("x").stack.split("\n")[2]; } };
function f() { return o.m(); }
console.log(f().replace(/\(.*[\\/]/, "("));
function g() { const e = {}; Error.captureStackTrace(e); return e.stack.split("\n")[1]; }
console.log(g().replace(/\(.*[\\/]/, "("));
// expect: w,true,string,3,27,where,string,false,true,false
// expect: ,true,string,9,40,named,string,false,true,false
// expect: true b,a
// expect: threw boom
// expect: Error: plain
// expect: custom: bad thrower
// expect:     at f (prepare_stack_trace.js:23:25)
// expect:     at g (prepare_stack_trace.js:25:36)
