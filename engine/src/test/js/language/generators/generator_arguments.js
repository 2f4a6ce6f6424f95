// The arguments object inside generators: captured at call time, mapped in sloppy mode, live across yields.
function* g(a, b) {
  yield arguments.length;
  yield Array.prototype.join.call(arguments, "-");
  a = "changed";
  yield arguments[0];
  arguments[1] = "via arguments";
  yield b;
}
console.log([...g(1, 2, 3)].join()); // expect: 3,1-2-3,changed,via arguments
function* strict(a) { "use strict"; a = 9; yield arguments[0]; }
console.log(strict(1).next().value); // expect: 1
function* spreadArgs() { yield* arguments; }
console.log([...spreadArgs("x", "y", "z")].join()); // expect: x,y,z
function* rest(first, ...others) { yield arguments.length; yield others.length; }
console.log([...rest(1, 2, 3, 4)].join()); // expect: 4,3
function* arrowInside() { var f = () => arguments[0]; yield f(); }
console.log(arrowInside("outer arg").next().value); // expect: outer arg
var it = g("p", "q");
it.next();
console.log(it.next().value); // expect: p-q
