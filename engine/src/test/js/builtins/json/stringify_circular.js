const a = { x: { y: {} } };
a.x.y.z = a;
try { JSON.stringify(a); } catch (e) { console.log(e.name); console.log(e.message); }
class K {}
const k = new K();
k.self = k;
try { JSON.stringify({ wrap: k }); } catch (e) { console.log(e.message); }
const shared = { s: 1 };
console.log(JSON.stringify({ one: shared, two: shared }));
const arr = [];
arr[0] = { back: arr };
try { JSON.stringify(arr); } catch (e) { console.log(e.name, e.message.length > 40); }

// expect: TypeError
// expect: Converting circular structure to JSON
// expect:     --> starting at object with constructor 'Object'
// expect:     |     property 'x' -> object with constructor 'Object'
// expect:     |     property 'y' -> object with constructor 'Object'
// expect:     --- property 'z' closes the circle
// expect: Converting circular structure to JSON
// expect:     --> starting at object with constructor 'K'
// expect:     --- property 'self' closes the circle
// expect: {"one":{"s":1},"two":{"s":1}}
// expect: TypeError true
