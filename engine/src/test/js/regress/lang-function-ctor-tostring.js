// Functions created by the Function constructor (and AsyncFunction/GeneratorFunction)
// have synthesized source text: "function anonymous(" + params + "\n) {\n" + body + "\n}"
// (CreateDynamicFunction). Piste returns "function anonymous() { [native code] }".
console.log(String(new Function('a', 'b', 'return a + b')));
console.log(String(new Function()));
console.log(String(Function('x', 'return x')));
// expect: function anonymous(a,b
// expect: ) {
// expect: return a + b
// expect: }
// expect: function anonymous(
// expect: ) {
// expect:
// expect: }
// expect: function anonymous(x
// expect: ) {
// expect: return x
// expect: }
