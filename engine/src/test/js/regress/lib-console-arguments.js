// console.log of an arguments object: node prints it with an
// "[Arguments]" prefix: "[Arguments] { '0': 1, '1': 'a' }". Piste omits the prefix and
// prints a plain object "{ '0': 1, '1': 'a' }".
function f() { return arguments; }
console.log(f(1, 'a'));
console.log(f());
// expect: [Arguments] { '0': 1, '1': 'a' }
// expect: [Arguments] {}
