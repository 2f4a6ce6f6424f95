const o = {};
Object.defineProperty(o, 'x', { value: 1 });
const d = Object.getOwnPropertyDescriptor(o, 'x');
console.log(d.value, d.writable, d.enumerable, d.configurable);
o.x = 2;
console.log(o.x);
try { Object.defineProperty(o, 'x', { value: 3 }); } catch (e) { console.log(e.constructor === TypeError, e.message); }
Object.defineProperty(o, 'x', { value: 1 });
console.log('same value redefine ok');
let store = 0;
Object.defineProperty(o, 'acc', { get() { return store * 10; }, set(v) { store = v; }, enumerable: true, configurable: true });
o.acc = 4;
console.log(o.acc, JSON.stringify(Object.keys(o)));
const ad = Object.getOwnPropertyDescriptor(o, 'acc');
console.log(typeof ad.get, typeof ad.set, ad.enumerable, ad.configurable, 'value' in ad, 'writable' in ad);
try { Object.defineProperty(o, 'bad', { get() {}, value: 1 }); } catch (e) { console.log(e.message); }
try { Object.defineProperty(o, 'bad', { get: 5 }); } catch (e) { console.log(e.message); }
try { Object.defineProperty(1, 'x', {}); } catch (e) { console.log(e.message); }
try { Object.defineProperty(o, 'y', 1); } catch (e) { console.log(e.message); }
Object.defineProperty(o, 'acc', { value: 'now data' });
console.log(o.acc, Object.getOwnPropertyDescriptor(o, 'acc').writable);

// expect: 1 false false false
// expect: 1
// expect: true Cannot redefine property: x
// expect: same value redefine ok
// expect: 40 ["acc"]
// expect: function function true true false false
// expect: Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, #<Object>
// expect: Getter must be a function: 5
// expect: Object.defineProperty called on non-object
// expect: Property description must be an object: 1
// expect: now data false
