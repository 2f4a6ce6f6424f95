// The RegExp v flag (unicodeSets) is supported by node 20 (V8 11.3): class set
// difference/intersection, nested classes, \q{...} string literals and
// properties of strings such as \p{RGI_Emoji}. Piste rejects the flag
// in literals ("SyntaxError: Invalid regular expression flags") and in the
// constructor ("Invalid flags supplied to RegExp constructor 'v'").
const re = new RegExp('[\\p{L}--[a-z]]+', 'v');
console.log(re.flags, re.unicodeSets, 'abcDEFé'.match(re)[0]);
console.log('xyzaeb'.match(new RegExp('[[a-z]&&[aeiou]]+', 'v'))[0]);
console.log('hi 👍🏽!'.match(new RegExp('\\p{RGI_Emoji}', 'v'))[0].length);
console.log('xxabc'.match(new RegExp('[\\q{abc|d}]', 'v'))[0]);
// expect: v true DEFé
// expect: ae
// expect: 4
// expect: abc
