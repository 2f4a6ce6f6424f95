console.log(new Date(0));
console.log([new Date(Date.UTC(2020, 0, 1))]);
console.log(new Date(NaN));
console.log(/ab+c/gi, [/x/]);
// expect: 1970-01-01T00:00:00.000Z
// expect: [ 2020-01-01T00:00:00.000Z ]
// expect: Invalid Date
// expect: /ab+c/gi [ /x/ ]
