// Results of map, filter and Array.from are made by defining elements (CreateDataProperty), which a
// setter on Array.prototype does not see, and which fails on a sealed or fixed-length species result.
class MyArr extends Array {}
let log = "";
const viaSpecies = [1, 2, 3]; viaSpecies.constructor = { [Symbol.species]: function (n) { return Object.seal(new Array(n)); } };
try { log += String(viaSpecies.map(x => x * 2)); } catch (e) { log += e.constructor.name; }
Object.defineProperty(Array.prototype, 1, { set(v) { log += " setter " + v; }, configurable: true });
const out = [[5, 6, 7].map(x => x + 1).join(), [5, 6, 7].filter(x => x > 5).join(), Array.from([1, 2, 3], x => -x).join()];
delete Array.prototype[1];
const frozenLen = []; Object.defineProperty(frozenLen, "length", { writable: false });
const sp = [1]; sp.constructor = { [Symbol.species]: function () { return frozenLen; } };
try { sp.map(x => x); log += " no error"; } catch (e) { log += " " + e.constructor.name; }
const sealedTarget = Object.seal([0, 0]);
const sp2 = [4, 5, 6]; sp2.constructor = { [Symbol.species]: function () { return sealedTarget; } };
try { sp2.map(x => x); log += " no error"; } catch (e) { log += " " + e.constructor.name + " " + sealedTarget.join(); }
console.log(log, "|", out.join(" | "), MyArr.from([1, 2]).map(x => x * 3) instanceof MyArr);
// expect: TypeError TypeError TypeError 0,0 | 6,7,8 | 6,7 | -1,-2,-3 true
