const m = new Map();
m.set(-0, 'zero');
console.log(m.get(0), m.get(-0), m.has(+0), Object.is(m.keys().next().value, 0));
m.set(NaN, 'nan');
console.log(m.get(NaN), m.get(Number('x')), m.size);
m.set(0, 'replaced');
console.log(m.size, m.get(-0));
const s = new Set([0, -0, NaN, NaN, 1, 1.0, '1']);
console.log(s.size, s.has(-0), Object.is(s.values().next().value, 0));
let str = '';
s.forEach((v) => { str += (typeof v) + ' '; });
console.log(str);
const s2 = new Set();
s2.add(-0);
console.log(Object.is([...s2][0], 0), 1 / [...s2][0]);

// expect: zero zero true true
// expect: nan nan 2
// expect: 2 replaced
// expect: 4 true true
// expect: number number number string 
// expect: true Infinity
