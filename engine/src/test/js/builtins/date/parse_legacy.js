["Wed, 01 Jan 2020 00:00:00 GMT", "Thu, 01 Jan 1970 00:00:00 GMT+0100", "Wed Jan 01 2020 10:00:00 GMT+0100 (Central European Standard Time)",
 "Jan 1 2020 00:00:00 UTC", "1 January 2020 10:00 PM UTC", "December 17, 1995 03:24:00 GMT", "12/31/1999 23:59:59 GMT", "2020/02/03 UTC", "nonsense"].forEach(function (s) { console.log(s, Date.parse(s)); });
var d = new Date(Date.UTC(2021, 4, 6, 7, 8, 9));
console.log(Date.parse(d.toString()) === d.getTime(), Date.parse(d.toUTCString()) === d.getTime(), Date.parse(d.toISOString()) === d.getTime());
console.log(Date.parse("Jan 5, 2020") === new Date(2020, 0, 5).getTime(), Date.parse("3/4/2021") === new Date(2021, 2, 4).getTime());
// expect: Wed, 01 Jan 2020 00:00:00 GMT 1577836800000
// expect: Thu, 01 Jan 1970 00:00:00 GMT+0100 -3600000
// expect: Wed Jan 01 2020 10:00:00 GMT+0100 (Central European Standard Time) 1577869200000
// expect: Jan 1 2020 00:00:00 UTC 1577836800000
// expect: 1 January 2020 10:00 PM UTC 1577916000000
// expect: December 17, 1995 03:24:00 GMT 819170640000
// expect: 12/31/1999 23:59:59 GMT 946684799000
// expect: 2020/02/03 UTC 1580688000000
// expect: nonsense NaN
// expect: true true true
// expect: true true
