var re = /(?<day>\d{2})\/(?<month>\d{2})\/(?<year>\d{4})/;
console.log("25/12/2023".replace(re, "$<year>-$<month>-$<day>"), "25/12/2023".replace(re, "$<nope>|"));
console.log("25/12/2023".replace(re, function () { var g = arguments[arguments.length - 1]; return g.year + typeof g; }));
var $re = /(?<$dollar>a)(?<_under>b)(?<ünï>c)/;
var m = $re.exec("abc");
console.log(m.groups.$dollar, m.groups._under, m.groups["ünï"]);
console.log("ab".replace(/(?<x>a)|(?<y>z)/, "[$<y>]"), "x".replace(/x/, "$<x>"));
// expect: 2023-12-25 |
// expect: 2023object
// expect: a b c
// expect: []b $<x>
