// Date-time without an offset is local time; date-only is UTC.
var local = Date.parse("2020-06-15T12:00:00");
var asUtc = Date.parse("2020-06-15T12:00:00Z");
console.log(local - asUtc === new Date(local).getTimezoneOffset() * 60000);
console.log(Date.parse("2020-06-15") === Date.UTC(2020, 5, 15));
console.log(new Date("2020-06-15T12:00:00").getHours(), new Date("2020-06-15T12:00").getMinutes());
// expect: true
// expect: true
// expect: 12 0
