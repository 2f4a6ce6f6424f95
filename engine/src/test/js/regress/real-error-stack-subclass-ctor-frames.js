// V8 captures an Error's stack starting below the new.target constructor, so
// frames of user-defined Error subclass constructors (explicit constructors that
// call super()) never appear in error.stack: the first "at" line names the
// function that did `new`. Piste skips only implicit default constructors and
// leaves explicit subclass constructor frames ("at F", "at G") at the top.
class E extends Error {}
class F extends Error { constructor(m) { super(m); this.name = 'F'; } }
class G extends F { constructor() { super('g'); } }
function make(C) { return new C('x'); }
for (const C of [Error, E, F, G]) console.log(make(C).stack.split('\n')[1].trim().split(' ')[1]);
// expect: make
// expect: make
// expect: make
// expect: make
