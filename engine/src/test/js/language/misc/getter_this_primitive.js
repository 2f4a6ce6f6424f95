// Getters defined on Number.prototype receive the primitive (strict) or wrapper (sloppy).
Object.defineProperty(Number.prototype, "strictType", { get() { "use strict"; return typeof this; }, configurable: true });
Object.defineProperty(Number.prototype, "sloppyType", { get() { return typeof this; }, configurable: true });
console.log((5).strictType, (5).sloppyType); // expect: number object
delete Number.prototype.strictType; delete Number.prototype.sloppyType;
console.log((5).strictType); // expect: undefined
