const proto = { greet() { return 'hi ' + this.name; } };
const o = Object.create(proto, { name: { value: 'bob', enumerable: true } });
console.log(o.greet(), Object.getPrototypeOf(o) === proto, JSON.stringify(o));
const n = Object.create(null);
console.log(Object.getPrototypeOf(n), typeof n.toString, 'x' in n);
n.x = 1;
console.log(n.x, Object.keys(n).length);
try { Object.create(5); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.create(); } catch (e) { console.log(e.message); }

// expect: hi bob true {"name":"bob"}
// expect: null undefined false
// expect: 1 1
// expect: TypeError Object prototype may only be an Object or null: 5
// expect: Object prototype may only be an Object or null: undefined
