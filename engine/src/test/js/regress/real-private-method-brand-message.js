// Brand-check failures for private methods and private accessors use a
// different V8 message than private fields: "Receiver must be an instance of
// class A". Field reads keep the "Cannot read private member" wording.
const t = (f) => { try { f(); } catch (e) { console.log(`${e.name}: ${e.message}`); } };
class A {
  #x = 1; #m() {} get #acc() { return 1; }
  static read(o) { return o.#x; } static callM(o) { o.#m(); } static getAcc(o) { return o.#acc; }
}
t(() => A.read({}));
t(() => A.callM({}));
t(() => A.getAcc({}));
// expect: TypeError: Cannot read private member #x from an object whose class did not declare it
// expect: TypeError: Receiver must be an instance of class A
// expect: TypeError: Receiver must be an instance of class A
