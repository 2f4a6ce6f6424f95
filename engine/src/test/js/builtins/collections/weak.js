const wm = new WeakMap();
const k1 = {}, k2 = function () {};
console.log(wm.set(k1, 'v1') === wm, wm.set(k2, 'v2').get(k2), wm.get(k1), wm.has(k1), wm.has({}), wm.get('str'));
console.log(wm.delete(k1), wm.delete(k1), wm.has(k1), wm.delete(1));
try { wm.set(1, 1); } catch (e) { console.log(e.constructor.name, e.message); }
try { wm.set(Symbol.for('reg'), 1); } catch (e) { console.log(e.constructor.name, e.message); }
const ws = new WeakSet([k1]);
console.log(ws.has(k1), ws.add(k2) === ws, ws.has(k2), ws.delete(k2), ws.has(k2), ws.has(1));
try { ws.add('x'); } catch (e) { console.log(e.constructor.name, e.message); }
try { WeakMap(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Object.prototype.toString.call(wm), Object.prototype.toString.call(ws), typeof WeakMap.prototype.clear);
const init = new WeakMap([[k1, 1], [k2, 2]]);
console.log(init.get(k1) + init.get(k2));
try { WeakMap.prototype.get.call(new Map(), k1); } catch (e) { console.log(e.constructor.name); }

// expect: true v2 v1 true false undefined
// expect: true false false false
// expect: TypeError Invalid value used as weak map key
// expect: TypeError Invalid value used as weak map key
// expect: true true true true false false
// expect: TypeError Invalid value used in weak set
// expect: TypeError Constructor WeakMap requires 'new'
// expect: [object WeakMap] [object WeakSet] undefined
// expect: 3
// expect: TypeError
