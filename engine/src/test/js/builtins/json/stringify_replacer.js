const o = { a: 1, b: 'two', c: { a: 3, d: 4 }, 1: 'one' };
console.log(JSON.stringify(o, ['a', 'c']));
console.log(JSON.stringify(o, ['a', 1, new Number(1), 'a', {}, null, 'b']));
console.log(JSON.stringify(o, (k, v) => (typeof v === 'number' ? v + 100 : v)));
let keys = '';
JSON.stringify({ x: [1, { y: 2 }] }, function (k, v) { keys += JSON.stringify(k) + (this === undefined ? '' : '') + ' '; return v; });
console.log(keys);
console.log(JSON.stringify(5, (k, v) => (k === '' ? { wrapped: v } : v)), JSON.stringify({ a: 1 }, (k, v) => (k === '' ? [v, v] : v)));
console.log(JSON.stringify({ a: 1 }, 'notfn'), JSON.stringify([{ keep: 1, drop: 2 }], ['keep']));

// expect: {"a":1,"c":{"a":3}}
// expect: {"a":1,"1":"one","b":"two"}
// expect: {"1":"one","a":101,"b":"two","c":{"a":103,"d":104}}
// expect: "" "x" "0" "1" "y" 
// expect: {"wrapped":5} [{"a":1},{"a":1}]
// expect: {"a":1} [{"keep":1}]
