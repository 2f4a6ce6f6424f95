const s = Symbol('desc');
console.log(typeof s, s.toString(), s.description, Symbol().description, Symbol('').description === '', Symbol(undefined).toString());
console.log(Symbol('a') === Symbol('a'), s === s, Symbol(123).description, Symbol({ toString() { return 'obj'; } }).description);
try { new Symbol(); } catch (e) { console.log(e.constructor.name, e.message); }
try { s + ''; } catch (e) { console.log(e.constructor.name, e.message); }
try { +s; } catch (e) { console.log(e.constructor.name, e.message); }
console.log(`${s.toString()}`, Symbol.length, Symbol.name, Object(s) instanceof Symbol, typeof Object(s));
console.log(Object(s).valueOf() === s, Object(s) == s, s.valueOf() === s);
const o = { [s]: 1 };
console.log(o[s], Object.keys(o).length, JSON.stringify(o), Object(s)[Symbol.toPrimitive]('default') === s);

// expect: symbol Symbol(desc) desc undefined true Symbol()
// expect: false true 123 obj
// expect: TypeError Symbol is not a constructor
// expect: TypeError Cannot convert a Symbol value to a string
// expect: TypeError Cannot convert a Symbol value to a number
// expect: Symbol(desc) 0 Symbol true object
// expect: true true true
// expect: 1 0 {} true
