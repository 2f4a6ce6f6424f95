// The expression of a for-of / for-in head with a let/const declaration is evaluated
// in a scope where the loop's bindings are already declared but uninitialized (the
// TDZ scope of ForIn/OfHeadEvaluation). So `for (let x of [x])` throws ReferenceError
// even when an outer `x` exists. Piste evaluates the expression reading the new binding
// as undefined (or the outer one), and runs the loop.
function f1() { try { for (let x of [x]) console.log('body', x); } catch (e) { console.log(e.name); } }
function f2() { let x = 'outer'; try { for (let x of [x]) console.log('body', x); } catch (e) { console.log(e.name); } }
function f3() { let x = { a: 1 }; try { for (const x in x) console.log('body', x); } catch (e) { console.log(e.name); } }
f1();
f2();
f3();
// expect: ReferenceError
// expect: ReferenceError
// expect: ReferenceError
