["getTime", "getFullYear", "setDate", "toISOString", "toString"].forEach(function (m) {
  try { Date.prototype[m].call({}); } catch (e) { console.log(m, e.name); }
});
console.log(Date.prototype.getTime.length, Date.prototype.setHours.length, Date.prototype.setUTCFullYear.length, Date.prototype.setMonth.length);
// expect: getTime TypeError
// expect: getFullYear TypeError
// expect: setDate TypeError
// expect: toISOString TypeError
// expect: toString TypeError
// expect: 0 4 3 2
