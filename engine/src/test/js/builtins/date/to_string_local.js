// Compare the local forms against components, independent of the machine's zone.
var d = new Date(2020, 0, 2, 3, 4, 5);
var s = d.toString();
console.log(s.slice(0, 24), d.toDateString(), d.toTimeString().slice(0, 8), /GMT[+-]\d{4} \(.+\)$/.test(s));
console.log(d.toLocaleString(), d.toLocaleDateString(), d.toLocaleTimeString(), new Date(2020, 11, 31, 0, 0, 0).toLocaleTimeString(), new Date(2020, 11, 31, 12, 30, 0).toLocaleTimeString());
console.log(String(d) === s, d + "" === s, `${d}` === s);
// expect: Thu Jan 02 2020 03:04:05 Thu Jan 02 2020 03:04:05 true
// expect: 1/2/2020, 3:04:05 AM 1/2/2020 3:04:05 AM 12:00:00 AM 12:30:00 PM
// expect: true true true
