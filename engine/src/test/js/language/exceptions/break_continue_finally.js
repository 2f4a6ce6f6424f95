// break/continue through finally blocks; finally can cancel them.
var log = [];
for (var i = 0; i < 3; i++) {
  try { if (i === 1) continue; if (i === 2) break; log.push("body" + i); }
  finally { log.push("fin" + i); }
}
console.log(log.join()); // expect: body0,fin0,fin1,fin2
var n = 0;
while (true) { try { break; } finally { n++; } }
console.log(n); // expect: 1
function cancel() { for (var j = 0; j < 3; j++) { try { return "ret"; } finally { break; } } return "after loop " + j; }
console.log(cancel()); // expect: after loop 0
var out = [];
outer: for (var a = 0; a < 2; a++) { for (var b = 0; b < 2; b++) { try { try { continue outer; } finally { out.push("in" + a); } } finally { out.push("out" + a); } } }
console.log(out.join()); // expect: in0,out0,in1,out1
