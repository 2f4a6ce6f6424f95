const s = new Set('hello');
console.log(s.size, s.has('l'), s.has('z'), JSON.stringify([...s]));
console.log(s.add('z') === s, s.delete('h'), s.delete('h'), s.size);
console.log(Set.prototype.keys === Set.prototype.values, Set.prototype[Symbol.iterator] === Set.prototype.values);
const e = s.entries().next().value;
console.log(JSON.stringify(e));
s.clear();
console.log(s.size, JSON.stringify([...s]));
try { Set(); } catch (x) { console.log(x.constructor.name, x.message); }
try { new Set(1); } catch (x) { console.log(x.constructor.name, x.message); }
try { Set.prototype.add.call(new Map(), 1); } catch (x) { console.log(x.constructor.name, x.message); }
const d = Object.getOwnPropertyDescriptor(Set.prototype, 'size');
console.log(typeof d.get, d.set, d.enumerable, d.configurable);
try { d.get.call({}); } catch (x) { console.log(x.constructor.name); }

// expect: 4 true false ["h","e","l","o"]
// expect: true true false 4
// expect: true true
// expect: ["e","e"]
// expect: 0 []
// expect: TypeError Constructor Set requires 'new'
// expect: TypeError number 1 is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: TypeError Method Set.prototype.add called on incompatible receiver #<Map>
// expect: function undefined false true
// expect: TypeError
