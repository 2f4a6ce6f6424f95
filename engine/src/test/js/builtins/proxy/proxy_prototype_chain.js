const base = new Proxy({}, { get(t, k, r) { return typeof k === 'string' ? 'from proxy: ' + k : undefined; }, has(t, k) { return k === 'magic'; } });
const child = Object.create(base);
child.own = 'own';
console.log(child.own, child.missing, 'magic' in child, 'other' in child);
let received = null;
const setTrap = new Proxy({}, { set(t, k, v, r) { received = r; return true; } });
const inheritor = Object.create(setTrap);
inheritor.x = 1;
console.log(received === inheritor, Object.keys(inheritor).length);
const arrProxy = new Proxy([1, 2, 3], {});
console.log(arrProxy.length, arrProxy[1], JSON.stringify(arrProxy));
console.log(Object.prototype.toString.call(arrProxy), JSON.stringify(Object.keys(arrProxy)));

// expect: own from proxy: missing true false
// expect: true 0
// expect: 3 2 [1,2,3]
// expect: [object Array] ["0","1","2"]
