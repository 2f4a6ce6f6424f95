// Errors thrown from getters, setters, toString and valueOf propagate normally.
var o = { get bad() { throw new RangeError("getter failed"); }, set bad(v) { throw new TypeError("setter failed " + v); } };
try { o.bad; } catch (e) { console.log(e.name, e.message); } // expect: RangeError getter failed
try { o.bad = 1; } catch (e) { console.log(e.name, e.message); } // expect: TypeError setter failed 1
var v = { valueOf() { throw new Error("valueOf"); } };
try { v + 1; } catch (e) { console.log(e.message); } // expect: valueOf
var t = { toString() { throw new Error("toString"); } };
try { `${t}`; } catch (e) { console.log(e.message); } // expect: toString
try { JSON.stringify({ get x() { throw new Error("json getter"); } }); } catch (e) { console.log(e.message); } // expect: json getter
try { [1, 2].map(x => { if (x === 2) throw new Error("in callback " + x); }); } catch (e) { console.log(e.message); } // expect: in callback 2
