const indirect = eval;
indirect('var fromEval = 40 + 2;');
console.log(globalThis.fromEval, typeof eval, eval.length, eval.name);
console.log(indirect(5), indirect(null), indirect({ x: 1 }).x);
try { indirect('+'); } catch (e) { console.log(e.constructor.name); }
try { indirect('throw new RangeError("inner")'); } catch (e) { console.log(e.constructor.name, e.message); }

// expect: 42 function 1 eval
// expect: 5 null 1
// expect: SyntaxError
// expect: RangeError inner
