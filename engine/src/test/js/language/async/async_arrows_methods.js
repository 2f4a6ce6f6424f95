// Async arrow functions, async object/class methods, static and computed ones, and their this/arguments.
var add = async (a, b) => a + b;
var single = async x => x * 2;
var obj = {
  factor: 3,
  async mul(x) { await null; return x * this.factor; },
  arrowThis() { return (async () => this.factor)(); },
  async ["comp" + "uted"]() { return "computed"; }
};
class Store {
  #v = "private";
  async get() { return this.#v; }
  static async create() { await 0; return new Store(); }
  async args() { return arguments.length; }
}
(async () => {
  console.log(await add(1, 2), await single(5)); // expect: 3 10
  console.log(await obj.mul(4), await obj.arrowThis(), await obj.computed()); // expect: 12 3 computed
  var s = await Store.create();
  console.log(s instanceof Store, await s.get(), await s.args(1, 2, 3)); // expect: true private 3
  var bound = obj.mul.bind({ factor: 10 });
  console.log(await bound(7)); // expect: 70
  console.log(obj.mul.name, Store.create.name, typeof add.prototype); // expect: mul create undefined
  var noParens = async function named() { return named.name; };
  console.log(await noParens()); // expect: named
})();
