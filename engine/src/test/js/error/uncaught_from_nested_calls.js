// An error thrown deep in a call chain and not caught terminates the program.
function a() { b(); }
function b() { c(); }
function c() { throw new SyntaxError("deep"); }
console.log("calling"); // expect: calling
a();
// expect runtime error: SyntaxError: deep
