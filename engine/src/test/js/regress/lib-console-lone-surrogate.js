// console.log of strings containing lone surrogates. Inside an array/object
// node's inspect escapes them as \udXXX ('\ud83d'); Piste prints '?'.
// Printed bare at top level, node writes U+FFFD (the UTF-8 replacement
// character); Piste writes '?'.
console.log(['\ud83d', 'a\udc00']);
console.log({ s: '😀'.split('')[0] });
console.log('x\udc00y');
// expect: [ '\ud83d', 'a\udc00' ]
// expect: { s: '\ud83d' }
// expect: x�y
