// flags: --allow-natives-syntax
// Compiled code reads and writes monomorphic properties inline while the receiver has the cached
// shape, and takes the full path for everything else: other shapes, dictionary-mode objects, frozen
// objects, accessors, proxies, primitives, missing properties.
function getX(o) { return o.x; }
function setX(o, v) { o.x = v; return o; }
%PrepareFunctionForOptimization(getX);
%PrepareFunctionForOptimization(setX);
for (let i = 0; i < 20; i++) { getX({x: i}); setX({x: 0}, i); }
%CompileBaseline(getX);
%CompileBaseline(setX);

const results = [];
results.push(getX({x: 1}));                          // the cached shape
results.push(getX({y: 2, x: 3}));                    // another shape
const dict = {x: 4, z: 1}; delete dict.z;            // dictionary mode
results.push(getX(dict));
results.push(getX({get x() { return "getter"; }}));
results.push(getX(new Proxy({}, {get: (t, k) => "proxy " + String(k)})));
results.push(getX("str"), getX(5), getX({}));
results.push(getX(Object.create({x: "inherited"})));

const frozen = Object.freeze({x: 1});
try { (function () { "use strict"; setX(frozen, 2); })(); } catch (e) { results.push(e.constructor.name); }
results.push(frozen.x);
results.push(setX({x: 0}, 7).x, setX({y: 1}, 8).x, setX({set x(v) { results.push("setter " + v); }}, 9).x);
const withSetterProto = Object.create({set x(v) { results.push("proto setter " + v); }});
results.push(setX(withSetterProto, 10).hasOwnProperty("x"));
const sealedOther = Object.preventExtensions({y: 1});
results.push(setX(sealedOther, 11).x);
console.log(results.join(" | "));
// expect: 1 | 3 | 4 | getter | proxy x |  |  |  | inherited | 1 | setter 9 | 7 | 8 |  | proto setter 10 | false | 
