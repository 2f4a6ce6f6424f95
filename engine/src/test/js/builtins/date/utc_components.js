var d = new Date(Date.UTC(2020, 1, 29, 13, 45, 30, 123));
console.log(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
console.log(d.getTime(), d.valueOf(), +d, d.toISOString());
console.log(Date.UTC(2020), Date.UTC(2020, 0, 1, 0, 0, 0, 0), Date.UTC(99, 0), Date.UTC(100, 0), Date.UTC(-1, 0), Date.UTC());
console.log(new Date(0).getUTCDay(), new Date(-1).toISOString(), new Date(-86400001).getUTCDate());
// expect: 2020 1 29 6 13 45 30 123
// expect: 1582983930123 1582983930123 1582983930123 2020-02-29T13:45:30.123Z
// expect: 1577836800000 1577836800000 915148800000 -59011459200000 -62198755200000 NaN
// expect: 4 1969-12-31T23:59:59.999Z 30
