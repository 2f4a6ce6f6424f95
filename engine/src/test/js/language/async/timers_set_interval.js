// setInterval repeats until clearInterval; clearing from inside the callback stops further ticks.
var ticks = 0;
var id = setInterval((label) => {
  ticks++;
  console.log(label, ticks);
  if (ticks === 4) { clearInterval(id); setTimeout(() => console.log("after clear, ticks =", ticks), 30); }
}, 5, "tick");
// expect: tick 1
// expect: tick 2
// expect: tick 3
// expect: tick 4
// expect: after clear, ticks = 4
var never = setInterval(() => console.log("never runs"), 1);
clearInterval(never);
var viaTimeout = setInterval(() => console.log("cleared by clearTimeout"), 1);
clearTimeout(viaTimeout);
var count = 0;
var nested = setInterval(() => {
  count++;
  Promise.resolve().then(() => { if (count === 2) { clearInterval(nested); } });
}, 7);
setTimeout(() => console.log("nested count", count), 100); // expect: nested count 2
