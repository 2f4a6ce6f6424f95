// Function.prototype.toString of a function made by the Function constructor
// must be the synthesized source "function anonymous(a,b\n) {\nreturn a + b\n}".
// Piste prints "function anonymous() { [native code] }".
console.log(new Function('a', 'b', 'return a + b').toString());
// expect: function anonymous(a,b
// expect: ) {
// expect: return a + b
// expect: }
