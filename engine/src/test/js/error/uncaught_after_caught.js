// Output from caught errors followed by a final uncaught error.
try { undefinedFn(); } catch (e) { console.log("caught", e.name); } // expect: caught ReferenceError
try { [].reduce((a, b) => a); } catch (e) { console.log("caught", e.name); } // expect: caught TypeError
JSON.parse("{not json}");
// expect runtime error: SyntaxError
