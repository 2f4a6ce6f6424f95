const add = new Function('a', 'b', 'return a + b');
console.log(add(2, 3), add.length, add.name);
const f2 = Function('a, b', 'c', 'return a * b * c');
console.log(f2(2, 3, 4), f2.length);
const noArgs = Function();
console.log(noArgs(), typeof noArgs);
globalThis.globalVar = 'global';
const seesGlobal = new Function('return typeof globalVar');
console.log(seesGlobal());
try { new Function('return +'); } catch (e) { console.log(e.constructor.name); }
console.log(Function.length, Function.name, Object.getPrototypeOf(add) === Function.prototype);
console.log(add instanceof Function, Function.prototype.constructor === Function);

// expect: 5 2 anonymous
// expect: 24 3
// expect: undefined function
// expect: string
// expect: SyntaxError
// expect: 1 Function true
// expect: true true
