function target(a) { return 'called ' + a; }
const p = new Proxy(target, {
  apply(t, thisArg, args) { return 'trapped ' + t(args[0]) + ' this=' + (thisArg && thisArg.name) + ' n=' + args.length; },
  construct(t, args, newTarget) { return { made: args[0], nt: newTarget === p }; },
});
console.log(p(1), p.call({ name: 'obj' }, 2, 3));
const made = new p(5);
console.log(made.made, made.nt);
const bad = new Proxy(function () {}, { construct() { return 1; } });
try { new bad(); } catch (e) { console.log(e.constructor.name); }
const arrow = new Proxy(() => 1, {});
try { new arrow(); } catch (e) { console.log(e.constructor.name); }
try { new Proxy({}, {})(); } catch (e) { console.log(e.constructor.name); }
class Base { constructor(x) { this.x = x; } }
const PBase = new Proxy(Base, {});
class Derived extends PBase { constructor() { super(7); } }
console.log(new Derived().x, new Derived() instanceof Base);

// expect: trapped called 1 this=undefined n=1 trapped called 2 this=obj n=2
// expect: 5 true
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: 7 true
