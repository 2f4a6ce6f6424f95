// Date with fixed UTC timestamps (no current time, no local time zone).
var d = new Date(Date.UTC(2020, 1, 29, 12, 30, 45, 123));
console.log(d.toISOString()); // expect: 2020-02-29T12:30:45.123Z
console.log(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay()); // expect: 2020 1 29 6
console.log(d.getTime()); // expect: 1582979445123
console.log(new Date(0).toISOString(), Date.UTC(1970, 0, 1)); // expect: 1970-01-01T00:00:00.000Z 0
console.log(Date.parse("2000-01-01T00:00:00Z")); // expect: 946684800000
console.log(isNaN(new Date("garbage")), new Date(8.64e15 + 1).getTime()); // expect: true NaN
var e = new Date(Date.UTC(2021, 0, 31)); e.setUTCMonth(1);
console.log(e.toISOString().slice(0, 10)); // expect: 2021-03-03
