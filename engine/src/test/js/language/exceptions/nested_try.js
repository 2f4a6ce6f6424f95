// Nested try/catch/finally ordering and rethrow.
var log = [];
try {
  try { log.push("inner try"); throw new Error("e1"); }
  catch (e) { log.push("inner catch " + e.message); throw new Error("e2"); }
  finally { log.push("inner finally"); }
} catch (e) { log.push("outer catch " + e.message); }
finally { log.push("outer finally"); }
console.log(log.join(" > ")); // expect: inner try > inner catch e1 > inner finally > outer catch e2 > outer finally
function rethrow() { try { throw new TypeError("orig"); } catch (e) { if (e instanceof TypeError) throw e; } }
try { rethrow(); } catch (e) { console.log(e.name, e.message); } // expect: TypeError orig
try { try { throw 1; } finally { console.log("no catch, finally ran"); } } catch (e) { console.log("outer got", e); }
// expect: no catch, finally ran
// expect: outer got 1
