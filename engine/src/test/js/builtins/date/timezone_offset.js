var d = new Date(Date.UTC(2020, 6, 1, 12));
var offset = d.getTimezoneOffset();
console.log(typeof offset, Number.isInteger(offset) || offset % 1 !== 0);
var localMinutes = d.getHours() * 60 + d.getMinutes();
console.log(((12 * 60 - offset) % 1440 + 1440) % 1440 === localMinutes);
console.log(new Date(NaN).getTimezoneOffset());
// expect: number true
// expect: true
// expect: NaN
