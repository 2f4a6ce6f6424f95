// In ECMAScript a backreference to a capture group that has not participated in
// the match (or was reset, e.g. inside a negative lookahead) matches the empty
// string. Piste's regex backend (java.util.regex semantics) makes such a
// backreference fail, so optional-group patterns like /(a)?b\1/ stop matching.
console.log(/(a)?b\1/.exec('b'));
console.log(/(?:(x)|y)\1z/.test('yz'));
console.log('ab'.replace(/(a)?(b)\1/, '[$1|$2]'));
console.log(/(?!(a))\1b/.exec('b')[0]);
console.log(String(/(.*?)a(?!(a+)b\2c)\2(.*)/.exec('baaabaac')?.slice(1)));
// expect: [ 'b', undefined, index: 0, input: 'b', groups: undefined ]
// expect: true
// expect: a[|b]
// expect: b
// expect: ba,,abaac
