// The legacy RegExp static properties (RegExp.$1-$9, lastMatch / $&,
// leftContext, rightContext, input, lastParen), updated by every successful
// match, are missing in Piste (all undefined). Older code still reads
// RegExp.$1 after .test().
/(\d+)-(\w+)/.test('x 12-ab y');
console.log(RegExp.$1, RegExp.$2, RegExp.lastMatch, RegExp['$&'], JSON.stringify(RegExp.leftContext), RegExp.input);
// expect: 12 ab 12-ab 12-ab "x " x 12-ab y
