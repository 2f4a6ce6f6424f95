// OrdinaryToPrimitive: number hint tries valueOf first, string hint toString first.
var log = [];
var o = { valueOf() { log.push("valueOf"); return 10; }, toString() { log.push("toString"); return "TS"; } };
console.log(o + 1, `${o}`, o > 5, String(o), [o].join()); // expect: 11 TS true TS TS
console.log(log.join()); // expect: valueOf,toString,valueOf,toString,toString
var objValue = { valueOf() { return {}; }, toString() { return "7"; } };
console.log(objValue * 2); // expect: 14
var neither = { valueOf() { return {}; }, toString() { return {}; } };
try { neither + 1; } catch (e) { console.log(e instanceof TypeError); } // expect: true
var noProto = Object.create(null);
try { "" + noProto; } catch (e) { console.log(e.name); } // expect: TypeError
console.log([1, 2] + 1, {} + 1, (() => 1) + "" === "() => 1"); // expect: 1,21 [object Object]1 true
