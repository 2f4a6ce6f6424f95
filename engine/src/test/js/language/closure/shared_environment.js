// Multiple closures from one scope share the same variables.
function pair() { var v = 0; return { inc: () => v++, read: () => v }; }
var p = pair();
p.inc(); p.inc(); p.inc();
console.log(p.read()); // expect: 3
function late() { var f = () => laterVar; var laterVar = "assigned later"; return f; }
console.log(late()()); // expect: assigned later
var fs = [];
function mk() { for (var i = 0; i < 3; i++) fs.push(function () { return i; }); }
mk();
console.log(fs[0](), fs[2]()); // expect: 3 3
