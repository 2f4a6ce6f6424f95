// Labels on statements, reused label names in sibling statements, and label vs object literal.
a: { console.log("in a"); } // expect: in a
a: { console.log("a reused"); } // expect: a reused
var r = eval("foo: 1");
console.log(r); // expect: 1
lbl: for (var i = 0; i < 2; i++) { lbl2: for (;;) { break lbl2; } }
console.log(i); // expect: 2
function f() { outer: { inner: { break outer; } return "not here"; } return "broke outer"; }
console.log(f()); // expect: broke outer
