// Private fields: per-instance, inaccessible outside, brand checked.
class Acct {
  #bal = 0;
  deposit(n) { this.#bal += n; return this; }
  get balance() { return this.#bal; }
  static peek(o) { return o.#bal; }
  static has(o) { return #bal in o; }
}
var a = new Acct().deposit(5).deposit(7);
console.log(a.balance, Acct.peek(a)); // expect: 12 12
try { Acct.peek({}); } catch (e) { console.log(e instanceof TypeError); } // expect: true
console.log(Acct.has(a), Acct.has({}), Object.keys(a).length, JSON.stringify(a)); // expect: true false 0 {}
class Other { #bal = "other"; static get(o) { return o.#bal; } }
try { Other.get(a); } catch (e) { console.log(e.name); } // expect: TypeError
try { Acct.has(1); } catch (e) { console.log(e.name); } // expect: TypeError
