// flags: --allow-natives-syntax
// skip-variants: no_ic (asserts cache states)
// Cached getters run every time; cached missing properties stay undefined until added.
let calls = 0;
const proto = { get value() { calls++; return this.base * 2; } };
function get(o) { return o.value; }
%PrepareFunctionForOptimization(get);
const a = Object.create(proto); a.base = 1;
console.log(get(a), get(a), get(a), calls, %ICState(get, 0)); // expect: 2 2 2 3 monomorphic
function missing(o) { return o.nothing; }
%PrepareFunctionForOptimization(missing);
console.log(missing(a), missing(a), %ICState(missing, 0)); // expect: undefined undefined monomorphic
proto.nothing = "now here";
console.log(missing(a)); // expect: now here
Object.defineProperty(proto, "value", { get() { return "redefined"; } });
console.log(get(a)); // expect: redefined
