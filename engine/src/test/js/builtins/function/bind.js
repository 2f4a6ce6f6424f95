function add(a, b, c) { return (this && this.base || 0) + a + b + (c || 0); }
const b1 = add.bind({ base: 100 }, 1);
console.log(b1(2), b1(2, 3), b1.name, b1.length);
const b2 = b1.bind(null, 2);
console.log(b2(), b2.name, b2.length);
const b3 = add.bind(null, 1, 2, 3, 4, 5);
console.log(b3.length);
function Point(x, y) { this.x = x; this.y = y; }
const BoundPoint = Point.bind({ ignored: true }, 10);
const p = new BoundPoint(20);
console.log(p.x, p.y, p instanceof Point, p instanceof BoundPoint, 'ignored' in p);
console.log(typeof BoundPoint.prototype);
const anon = (() => 1).bind(null);
console.log(JSON.stringify(anon.name), anon());
const arrow = (x) => x;
try { new (arrow.bind(null))(); } catch (e) { console.log(e.constructor.name); }
function inf() {}
Object.defineProperty(inf, 'length', { value: Infinity });
console.log(inf.bind().length);
Object.defineProperty(inf, 'name', { value: 42 });
console.log(JSON.stringify(inf.bind().name));
try { Function.prototype.bind.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Object.getOwnPropertyDescriptor(b1, 'name').writable, Object.getOwnPropertyDescriptor(b1, 'length').configurable);

// expect: 103 106 bound add 2
// expect: 103 bound bound add 1
// expect: 0
// expect: 10 20 true true false
// expect: undefined
// expect: "bound " 1
// expect: TypeError
// expect: Infinity
// expect: "bound "
// expect: TypeError Bind must be called on a function
// expect: false true
