let order = '';
const r = JSON.parse('{"a": 1, "b": {"c": 2, "d": [3, 4]}}', function (k, v) {
  order += (k === '' ? '<root>' : k) + ' ';
  if (typeof v === 'number') return v * 10;
  if (k === 'c') return undefined;
  return v;
});
console.log(order);
console.log(JSON.stringify(r));
const del = JSON.parse('[1, 2, 3]', (k, v) => (v === 2 ? undefined : v));
console.log(del.length, 1 in del, JSON.stringify(del));
const thisCheck = JSON.parse('{"x": 1}', function (k, v) { if (k === 'x') return this.x === 1 && typeof this; return v; });
console.log(thisCheck.x);
console.log(JSON.parse('5', (k, v) => typeof k + ':' + v));

// expect: a c 0 1 d b <root> 
// expect: {"a":10,"b":{"c":20,"d":[30,40]}}
// expect: 3 false [1,null,3]
// expect: object
// expect: string:5
