// console.log of an error with an own enumerable `name` (set in a subclass
// constructor) hides that key when the stack already shows the name (node's
// removeDuplicateErrorKeys); other extra keys are still listed. Piste lists
// name: 'Coded' as an extra property.
class Coded extends Error {
  constructor(m) { super(m); this.name = 'Coded'; this.code = 'E1'; }
}
const c = new Coded('z');
c.stack = 'Coded: z\n    at h';
console.log(c);
// expect: Coded: z
// expect:     at h {
// expect:   code: 'E1'
// expect: }
