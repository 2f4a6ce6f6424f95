var d = new Date(2020, 0, 31, 12);
d.setMonth(1);
console.log(d.getMonth(), d.getDate());
d.setMonth(13);
console.log(d.getFullYear(), d.getMonth(), d.getDate());
d.setDate(0);
console.log(d.getMonth(), d.getDate());
d.setHours(48);
console.log(d.getDate(), d.getHours());
d.setFullYear(2021, 11, 31);
d.setMinutes(90, 30, 500);
console.log(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds());
var n = new Date(NaN);
console.log(n.setMonth(1), n.setHours(1), n.getTime(), n.setFullYear(2020) === new Date(2020, 0, 1).getTime());
var y = new Date(2000, 5, 1);
y.setYear(99);
console.log(y.getFullYear(), y.getYear());
var sideEffects = [];
new Date(NaN).setMinutes({ valueOf() { sideEffects.push("min"); return 1; } });
console.log(sideEffects.join());
// expect: 2 2
// expect: 2021 1 2
// expect: 0 31
// expect: 2 0
// expect: 2021 11 31 1 30 30 500
// expect: NaN NaN NaN true
// expect: 1999 99
// expect: min
