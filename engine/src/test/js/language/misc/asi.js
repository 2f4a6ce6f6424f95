// Automatic semicolon insertion, including the restricted productions.
function r() {
  return
  42;
}
console.log(r()); // expect: undefined
var a = 1
var b = 2
console.log(a + b) // expect: 3
var c = a
++b
console.log(c, b); // expect: 1 3
var s = "x"
var t = s
;[1, 2].forEach(n => { t += n })
console.log(t); // expect: x12
var i = 0
i
++
i
console.log(i); // expect: 1
var f = function () { return "called" }
var g = f
(function () { return "arg" })
console.log(g); // expect: called
