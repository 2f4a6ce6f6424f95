// Destructuring null or undefined throws TypeError; empty patterns still check.
try { var { a } = null; } catch (e) { console.log(e instanceof TypeError); } // expect: true
try { var { b } = undefined; } catch (e) { console.log(e.name); } // expect: TypeError
try { var {} = null; } catch (e) { console.log("empty pattern", e.name); } // expect: empty pattern TypeError
try { var [c] = null; } catch (e) { console.log(e.name); } // expect: TypeError
try { var [d] = {}; } catch (e) { console.log("non-iterable", e.name); } // expect: non-iterable TypeError
var {} = 0;
var [] = "";
console.log("primitives ok"); // expect: primitives ok
try { (({ x }) => x)(); } catch (e) { console.log(e.name); } // expect: TypeError
