// Destructuring patterns in function parameters, with defaults for the whole param.
function f({ a, b = 2 } = {}, [c, d] = [3, 4]) { return [a, b, c, d].join(","); }
console.log(f(), f({ a: 1 }), f({ a: 1, b: 5 }, [6])); // expect: ,2,3,4 1,2,3,4 1,5,6,
const g = ({ x, ...others }) => x + Object.keys(others).length;
console.log(g({ x: 10, y: 1, z: 2 })); // expect: 12
try { f(null); } catch (e) { console.log(e instanceof TypeError); } // expect: true
function h([first, ...tail]) { return first + "|" + tail.length; }
console.log(h("abc")); // expect: a|2
console.log(f.length, g.length); // expect: 0 1
