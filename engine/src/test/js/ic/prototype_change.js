// flags: --allow-natives-syntax
// skip-variants: no_ic (asserts cache states)
// A load cached from a prototype sees later changes anywhere on the chain.
function Base() {}
Base.prototype.kind = "base";
function Mid() {}
Mid.prototype = Object.create(Base.prototype);
const o = new Mid();
function read(x) { return x.kind; }
%PrepareFunctionForOptimization(read);
console.log(read(o), read(o), %ICState(read, 0)); // expect: base base monomorphic
Mid.prototype.kind = "mid"; // shadows Base's property: Mid.prototype gets a new shape
console.log(read(o)); // expect: mid
Base.prototype.kind = "changed"; // a value change on the holder is read live
console.log(read(new Base()), read(o)); // expect: changed mid
delete Mid.prototype.kind;
console.log(read(o)); // expect: changed
Object.setPrototypeOf(Mid.prototype, { kind: "swapped" });
console.log(read(o)); // expect: swapped
o.kind = "own";
console.log(read(o)); // expect: own
