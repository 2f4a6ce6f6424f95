function F() {}
const f = new F();
console.log(F[Symbol.hasInstance](f), Function.prototype[Symbol.hasInstance].call(F, {}), F[Symbol.hasInstance](1));
const d = Object.getOwnPropertyDescriptor(Function.prototype, Symbol.hasInstance);
console.log(d.writable, d.enumerable, d.configurable, d.value.name, d.value.length);
const Even = { [Symbol.hasInstance](n) { return n % 2 === 0; } };
console.log(2 instanceof Even, 3 instanceof Even);
class Custom { static [Symbol.hasInstance](x) { return x === 'magic'; } }
console.log('magic' instanceof Custom, new Custom() instanceof Custom);
const Bound = F.bind(null);
console.log(f instanceof Bound, {} instanceof Bound);
try { ({}) instanceof {}; } catch (e) { console.log(e.constructor.name, e.message); }

// expect: true false false
// expect: false false false [Symbol.hasInstance] 1
// expect: true false
// expect: true false
// expect: true false
// expect: TypeError Right-hand side of 'instanceof' is not callable
