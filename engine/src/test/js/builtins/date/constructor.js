console.log(new Date(0).getTime(), new Date(1.9).getTime(), new Date(-1.9).getTime(), new Date("x").getTime(), new Date(NaN).getTime(), new Date(8.64e15 + 1).getTime());
console.log(new Date(new Date(5)).getTime(), new Date(true).getTime(), new Date(null).getTime(), typeof Date(), typeof new Date(), Date.length, Date.name);
var local = new Date(2020, 0, 1);
console.log(local.getTime() === Date.UTC(2020, 0, 1) + local.getTimezoneOffset() * 60000, local.getFullYear(), local.getMonth(), local.getDate(), local.getHours());
console.log(new Date(99, 0).getFullYear(), new Date(2020, 12).getFullYear(), new Date(2020, 0, 0).getDate(), new Date(2020, 1, 30).getMonth());
var valueOfObj = { valueOf() { return 1000; } };
console.log(new Date(valueOfObj).getTime(), new Date({ toString() { return "1970-01-01T00:00:01Z"; }, valueOf: undefined }).getTime());
class MyDate extends Date { year() { return this.getUTCFullYear(); } }
console.log(new MyDate(0).year(), new MyDate(0) instanceof Date);
// expect: 0 1 -1 NaN NaN NaN
// expect: 5 1 0 string object 7 Date
// expect: true 2020 0 1 0
// expect: 1999 2021 31 2
// expect: 1000 1000
// expect: 1970 true
