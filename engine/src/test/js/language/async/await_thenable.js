// await adopts thenables: their then() is called later (in a job) with resolve/reject functions.
var log = [];
var thenable = { then(resolve, reject) { log.push("then called, args " + typeof resolve + " " + typeof reject); resolve("from thenable"); } };
var rejecting = { then(_, reject) { reject(new Error("thenable rejected")); } };
var throwing = { then() { throw new RangeError("then threw"); } };
var resolveTwice = { then(res) { res("first"); res("second"); throw new Error("ignored after resolve"); } };
var nested = { then(res) { res({ then(r2) { r2("deep"); } }); } };
async function main() {
  log.push("before await");
  var v = await thenable;
  log.push(v);
  try { await rejecting; } catch (e) { log.push(e.message); }
  try { await throwing; } catch (e) { log.push(e.name + ": " + e.message); }
  log.push(await resolveTwice);
  log.push(await nested);
}
main().then(() => console.log(log.join("\n")));
log.push("sync end");
// expect: before await
// expect: sync end
// expect: then called, args function function
// expect: from thenable
// expect: thenable rejected
// expect: RangeError: then threw
// expect: first
// expect: deep
