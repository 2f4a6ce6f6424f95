const a = Symbol.for('app.key');
console.log(a === Symbol.for('app.key'), Symbol.keyFor(a), a.description, a.toString());
console.log(Symbol.keyFor(Symbol('local')), Symbol.keyFor(Symbol.iterator), Symbol.for() === Symbol.for('undefined'));
try { Symbol.keyFor('x'); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Symbol.for(1) === Symbol.for('1'));

// expect: true app.key app.key Symbol(app.key)
// expect: undefined undefined true
// expect: TypeError x is not a symbol
// expect: true
