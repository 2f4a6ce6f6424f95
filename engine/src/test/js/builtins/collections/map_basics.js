const m = new Map();
const k = {};
console.log(m.set('a', 1) === m, m.set(k, 'obj').size, m.get('a'), m.get(k), m.get({}), m.has('a'), m.has('b'));
m.set('a', 2);
console.log(m.size, m.get('a'), m.delete('a'), m.delete('a'), m.size);
m.clear();
console.log(m.size, m.get(k));
const m2 = new Map([[1, 'one'], ['1', 'string one'], [true, 't'], [null, 'n'], [undefined, 'u']]);
console.log(m2.get(1), m2.get('1'), m2.get(true), m2.get(null), m2.get(undefined), m2.get(), m2.size);
console.log(Map.length, Map.name, Object.prototype.toString.call(m), typeof Map.prototype.entries);
console.log(Map.prototype[Symbol.iterator] === Map.prototype.entries, Map[Symbol.species] === Map);
try { Map(); } catch (e) { console.log(e.constructor.name, e.message); }
try { Map.prototype.get.call({}, 1); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Map([1]); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Map(5); } catch (e) { console.log(e.constructor.name, e.message); }

// expect: true 2 1 obj undefined true false
// expect: 2 2 true false 1
// expect: 0 undefined
// expect: one string one t n u u 5
// expect: 0 Map [object Map] function
// expect: true true
// expect: TypeError Constructor Map requires 'new'
// expect: TypeError Method Map.prototype.get called on incompatible receiver #<Object>
// expect: TypeError Iterator value 1 is not an entry object
// expect: TypeError number 5 is not iterable (cannot read property Symbol(Symbol.iterator))
