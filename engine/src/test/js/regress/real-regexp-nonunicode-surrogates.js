// Without the u flag, a RegExp must see a string as UTF-16 code units, so an
// astral character such as U+1F389 is two "characters" (a surrogate pair):
// /./g matches twice, a negated class matches each half, and a lone-surrogate
// class matches the lead half. Piste treats the pair as one code point in
// non-unicode mode (like java.util.regex), so counts, tests, replace and split
// all differ.
console.log('🎉'.match(/./g).length);
console.log('🎉'.match(/[^a]/g).length);
console.log(/^.$/.test('🎉'), /^..$/.test('🎉'));
console.log('🎉'.match(/[\ud83c]/g));
console.log('a🎉'.replace(/[^a]/g, 'X'));
console.log('x🎉y'.split(/[^xy]/).length);
console.log('🎉'.match(/./u).length, /^.$/u.test('🎉'));
// expect: 2
// expect: 2
// expect: false true
// expect: [ '\ud83c' ]
// expect: aXX
// expect: 3
// expect: 1 true
