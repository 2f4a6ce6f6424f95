// console.log's %o specifier inspects its argument, so a string argument is
// printed quoted ('str'). Piste prints it bare.
console.log('%o', 'str');
console.log('%o|%O', 'a', 'b');
// expect: 'str'
// expect: 'a'|'b'
