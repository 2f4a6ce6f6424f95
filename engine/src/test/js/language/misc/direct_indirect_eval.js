// Direct eval sees the local scope; indirect eval runs in the global scope.
globalThis.x = "global";
function f() { var x = "local"; return [eval("x"), (0, eval)("typeof x")]; }
console.log(f().join()); // expect: local,string
function g() { eval("var introduced = 1"); return introduced; }
console.log(g(), typeof introduced); // expect: 1 undefined
function h() { "use strict"; eval("var strictIntro = 1"); return typeof strictIntro; }
console.log(h()); // expect: undefined
console.log(eval("({ a: 1 })").a, eval("[1, 2]").length, eval(5)); // expect: 1 2 5
