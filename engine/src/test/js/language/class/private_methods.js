// Private methods and accessors, including static private methods.
class Widget {
  #secret = 42;
  #double() { return this.#secret * 2; }
  get #computed() { return this.#double() + 1; }
  set #computed(v) { this.#secret = v; }
  run() { return this.#computed; }
  set(v) { this.#computed = v; return this.run(); }
  static #make() { return new Widget(); }
  static create() { return Widget.#make(); }
  tryWrite() { try { this.#double = 1; } catch (e) { return e.name; } }
}
var w = Widget.create();
console.log(w.run(), w.set(1)); // expect: 85 3
console.log(w.tryWrite()); // expect: TypeError
console.log(typeof w.double, Object.getOwnPropertyNames(Widget.prototype).join()); // expect: undefined constructor,run,set,tryWrite
class RO { get #g() { return 1; } test() { try { this.#g = 2; } catch (e) { return e instanceof TypeError; } } }
console.log(new RO().test()); // expect: true
