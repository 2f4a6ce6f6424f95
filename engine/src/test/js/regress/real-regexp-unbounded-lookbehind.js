// ECMAScript lookbehind assertions may contain unbounded quantifiers. Piste
// rejects many of them at RegExp creation with "SyntaxError: Invalid regular
// expression: ...: Unsupported by Piste (Look-behind group does not have an
// obvious maximum length)" - including the widely copied thousands-separator
// idiom /(?<!\.\d*)\B(?=(\d{3})+(?!\d))/g and patterns like (?<=\$\s*).
// Backreferences inside a lookbehind are also rejected (in JS they are
// evaluated right to left, so here \1 is still unset and matches empty).
console.log('1234567.891'.replace(/(?<!\.\d*)\B(?=(\d{3})+(?!\d))/g, ','));
console.log('$ 42 and $7'.match(/(?<=\$\s*)\d+/g));
console.log('<b>aax</b> x'.match(/(?<=<b>[^<]*)x/g));
console.log('aaz abz'.replace(/(?<=(\w)\1)z/g, 'Z'));
// expect: 1,234,567.891
// expect: [ '42', '7' ]
// expect: [ 'x' ]
// expect: aaZ abZ
