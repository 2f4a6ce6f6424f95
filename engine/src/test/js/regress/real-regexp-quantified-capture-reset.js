// ECMAScript resets the captures inside a quantified group at the start of each
// iteration (RepeatMatcher step 4), so a capture that did not participate in
// the last iteration is undefined. Piste keeps the value from an earlier
// iteration (java.util.regex behaviour). Also, an iteration of (a*)* that
// matches the empty string is rejected, leaving the group undefined.
console.log(/(?:(a)|b)+/.exec('ab'));
console.log(/((a)|(b))+/.exec('ab'));
console.log(/(z)((a+)?(b+)?(c))*/.exec('zaacbbbcac'));
console.log(/(a*)*/.exec('b'));
console.log([...'k1=v1;k2;'.matchAll(/(?:(\w+)(?:=(\w+))?;)+/g)].map(m => m.slice(1)));
// expect: [ 'ab', undefined, index: 0, input: 'ab', groups: undefined ]
// expect: [ 'ab', 'b', undefined, 'b', index: 0, input: 'ab', groups: undefined ]
// expect: [
// expect:   'zaacbbbcac',
// expect:   'z',
// expect:   'ac',
// expect:   'a',
// expect:   undefined,
// expect:   'c',
// expect:   index: 0,
// expect:   input: 'zaacbbbcac',
// expect:   groups: undefined
// expect: ]
// expect: [ '', undefined, index: 0, input: 'b', groups: undefined ]
// expect: [ [ 'k2', undefined ] ]
