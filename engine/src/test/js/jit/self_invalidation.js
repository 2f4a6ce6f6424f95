// flags: --allow-natives-syntax
// Optimized code that adds a property to a prototype its own folded lookups depend on invalidates itself:
// it leaves for the interpreter right after that store, so the next lookup sees the new property.
function Base() {}
Base.prototype.m = function () { return "base"; };
const p1 = new Base(), p2 = new Base();
function Obj() {}
Obj.prototype = p1;
const o = new Obj();
function shadowThenCall(obj, proto, add) {
  const before = obj.m();
  if (add) proto.m = function () { return "shadow"; };
  return before + " " + obj.m();
}
%PrepareFunctionForOptimization(shadowThenCall);
shadowThenCall(o, p2, true);
shadowThenCall(o, p2, false);
delete p2.m;
%OptimizeFunctionOnNextCall(shadowThenCall);
console.log(shadowThenCall(o, p2, false));
console.log(shadowThenCall(o, p1, true));
console.log(shadowThenCall(o, p1, false));
// expect: base base
// expect: base shadow
// expect: shadow shadow
