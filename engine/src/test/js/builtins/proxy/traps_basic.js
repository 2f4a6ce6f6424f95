let log = '';
const target = { a: 1 };
const handler = {
  get(t, k, r) { log += 'get ' + (typeof k === 'symbol' ? k.toString() : k) + ';'; return Reflect.get(t, k, r); },
  set(t, k, v, r) { log += 'set ' + k + ';'; return Reflect.set(t, k, v, r); },
  has(t, k) { log += 'has ' + k + ';'; return k in t; },
  deleteProperty(t, k) { log += 'delete ' + k + ';'; return delete t[k]; },
  ownKeys(t) { log += 'ownKeys;'; return Reflect.ownKeys(t); },
  getOwnPropertyDescriptor(t, k) { log += 'gopd ' + k + ';'; return Reflect.getOwnPropertyDescriptor(t, k); },
  defineProperty(t, k, d) { log += 'define ' + k + ';'; return Reflect.defineProperty(t, k, d); },
};
const p = new Proxy(target, handler);
p.a; p.b = 2; 'a' in p; delete p.a; Object.keys(p); Object.defineProperty(p, 'c', { value: 3, configurable: true });
console.log(log);
console.log(JSON.stringify(target), p.b, p.c);
const empty = new Proxy({ x: 1 }, {});
empty.y = 2;
console.log(empty.x, empty.y, 'y' in empty, JSON.stringify(Object.keys(empty)), typeof empty);
const fp = new Proxy(function (a, b) { return a + b; }, {});
console.log(typeof fp, fp(1, 2), Object.prototype.toString.call(fp));

// expect: get a;set b;gopd b;define b;has a;delete a;ownKeys;gopd b;define c;
// expect: {"b":2} 2 3
// expect: 1 2 true ["x","y"] object
// expect: function 3 [object Function]
