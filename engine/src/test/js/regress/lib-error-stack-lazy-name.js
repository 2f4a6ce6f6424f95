// A custom error class that sets this.name in its constructor (the most common
// custom-error pattern) must show that name in err.stack, and so in
// console.log(err) and uncaught-error reports: V8 formats the stack header
// lazily, on first access. Piste captures the header eagerly in the Error
// constructor, so the stack says "Error: bad" instead of
// "ValidationError: bad" (and console.log then also lists name: '...' as an
// extra property). Same for a message assigned after super().
class ValidationError extends Error {
  constructor(m) { super(m); this.name = 'ValidationError'; }
}
const e = new ValidationError('bad');
console.log(e.stack.split('\n')[0]);
const e2 = new Error('x');
e2.name = 'Custom';
console.log(e2.stack.split('\n')[0]);
class NoMsg extends Error { constructor() { super(); this.message = 'set later'; } }
console.log(new NoMsg().stack.split('\n')[0]);
// expect: ValidationError: bad
// expect: Custom: x
// expect: Error: set later
