// Case-insensitive matching without the u flag uses the spec's Canonicalize:
// simple toUpperCase, but a non-ASCII character never canonicalizes to an
// ASCII one. So /ſ/i (U+017F LATIN SMALL LETTER LONG S) does not match "s",
// and /\u212a/i (KELVIN SIGN) does not match "k"; with the u flag (simple case
// folding) both match. Piste matches them in non-unicode mode too. Likewise
// /i/i must not match U+0130 or U+0131 (their uppercase forms are not 'I'
// under the non-unicode rule / have no simple case folding), /\w/i must not
// match U+017F, and /(ß)\1/i must not match U+1E9E; Piste matches all of them.
console.log(/ſ/i.test('s'), /ſ/i.test('S'), /s/i.test('ſ'));
console.log(/\u212a/i.test('k'), /k/i.test('\u212a'), /[a-z]/i.test('\u212a'));
console.log(/ſ/iu.test('s'), /\u212a/iu.test('k'));
console.log('\u0130'.match(/i/i), '\u0131'.match(/i/i), /\u0130/iu.test('i'));
console.log(/\w/i.test('ſ'), /(ß)\1/i.test('ßẞ'));
console.log('ſtop'.replace(/s/gi, 'X'), 'Kk\u212a'.replace(/k/gi, '_') === '__\u212a');
// expect: false false false
// expect: false false false
// expect: true true
// expect: null null false
// expect: false false
// expect: ſtop true
