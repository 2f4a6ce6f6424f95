// try/catch/finally around await: rejections are catchable, finally runs after await, and can await itself.
var log = [];
var fail = (m) => Promise.reject(new Error(m));
async function f1() {
  try { await fail("one"); log.push("unreached"); }
  catch (e) { log.push("catch " + e.message); await null; log.push("after await in catch"); }
  finally { log.push("finally"); await null; log.push("after await in finally"); }
  return "f1 done";
}
async function f2() {
  try { return await fail("two"); } catch (e) { return "recovered " + e.message; }
}
async function f3() {
  try { return fail("three"); } catch (e) { return "never"; }
}
async function f4() {
  try { await 1; return "try value"; } finally { log.push("f4 finally"); }
}
async function f5() {
  try { throw new Error("five"); } finally { return "finally overrides"; }
}
(async () => {
  console.log(await f1(), log.join("|")); // expect: f1 done catch one|after await in catch|finally|after await in finally
  console.log(await f2()); // expect: recovered two
  try { await f3(); } catch (e) { console.log("f3 rejected", e.message); } // expect: f3 rejected three
  log = [];
  console.log(await f4(), log.join()); // expect: try value f4 finally
  console.log(await f5()); // expect: finally overrides
})();
