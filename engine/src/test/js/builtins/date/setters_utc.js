var d = new Date(Date.UTC(2020, 0, 31));
console.log(d.setUTCMonth(1), d.toISOString());
d.setUTCMonth(13);
console.log(d.toISOString());
d.setUTCDate(0);
console.log(d.toISOString());
d.setUTCHours(25, 61, 61, 1001);
console.log(d.toISOString());
d.setUTCFullYear(2024, 1, 29);
console.log(d.toISOString());
d.setUTCMinutes(-1);
console.log(d.toISOString());
d.setUTCSeconds(90, 5);
console.log(d.toISOString());
d.setUTCMilliseconds(-1);
console.log(d.toISOString(), d.setTime(0), d.toISOString(), d.setTime("x"), d.getTime());
console.log(d.setUTCHours(1), d.getTime());
// expect: 1583107200000 2020-03-02T00:00:00.000Z
// expect: 2021-02-02T00:00:00.000Z
// expect: 2021-01-31T00:00:00.000Z
// expect: 2021-02-01T02:02:02.001Z
// expect: 2024-02-29T02:02:02.001Z
// expect: 2024-02-29T01:59:02.001Z
// expect: 2024-02-29T02:00:30.005Z
// expect: 2024-02-29T02:00:29.999Z 0 1970-01-01T00:00:00.000Z NaN NaN
// expect: NaN NaN
