// Any value can be thrown and caught unchanged.
var values = [42, "str", null, undefined, { k: 1 }, [1, 2], true, Symbol.for("s")];
var out = values.map(v => { try { throw v; } catch (e) { return e === v; } });
console.log(out.join()); // expect: true,true,true,true,true,true,true,true
try { throw NaN; } catch (e) { console.log(Number.isNaN(e)); } // expect: true
var f = function () {};
try { throw f; } catch (e) { console.log(e === f); } // expect: true
