// A rest parameter after plain names: the names arrive in their registers (or context slots when
// captured), the rest array holds the arguments after them; defaults, patterns and the arguments
// object keep their semantics.
function r0(...xs) { return xs; }
function r2(a, b, ...xs) { return [a, b, xs]; }
function r3(a, b = a + 1, ...xs) { return [a, b, xs]; }
function r4(a, ...[b, c = a]) { return [a, b, c]; }
function r5(a, ...xs) { a = 9; return [a, arguments[0], arguments.length, xs]; }
function r6(a, ...xs) { return () => [a, xs]; }
function r7(a, ...xs) { var a; var xs; return [a, xs]; }
console.log(r0(), r0(1, 2), r2(1), r2(1, 2, 3, 4), r3(1), r3(1, undefined, 5), r4(1, 2), r5(1, 2, 3), r6(1, 2)(), r7(4, 5));
// expect: [] [ 1, 2 ] [ 1, undefined, [] ] [ 1, 2, [ 3, 4 ] ] [ 1, 2, [] ] [ 1, 2, [ 5 ] ] [ 1, 2, 1 ] [ 9, 1, 3, [ 2, 3 ] ] [ 1, [ 2 ] ] [ 4, [ 5 ] ]
