// flags: --allow-natives-syntax
// skip-variants: no_ic (asserts cache states)
// Global loads and stores are cached, and a later global let that shadows a global property is seen.
var counter = 0;
function bump() { counter = counter + 1; return counter; }
%PrepareFunctionForOptimization(bump);
bump(); bump();
console.log(counter, %ICState(bump, 0), %ICState(bump, 1)); // expect: 2 monomorphic monomorphic
globalThis.shadowed = "property";
function readShadowed() { return shadowed; }
console.log(readShadowed(), readShadowed()); // expect: property property
(0, eval)("let shadowed = 'lexical';");
console.log(readShadowed()); // expect: property
