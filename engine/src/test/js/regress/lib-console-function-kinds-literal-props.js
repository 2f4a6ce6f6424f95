// console.log: Function.prototype and null-prototype functions, and own properties of regular
// expressions and dates, shown as node shows them.
console.log(Function.prototype, [Function.prototype]);
const f = function named() {}; Object.setPrototypeOf(f, null); console.log(f);
async function a() {} function* g() {} async function* ag() {} console.log(a, g, ag, Math.max, () => {});
class F2 extends Function {} console.log(new F2());
console.log(Object.assign(/a/g, { k: 1 }), [Object.assign(new Date(0), { n: 'x', m: [1] })]);
const r = /b/; r.lastIndex = 3; console.log(r, { r });
console.log(Object.assign(/c/, { long: 'y'.repeat(80) }));
// expect: [Function (anonymous)] Object [ [Function (anonymous)] Object ]
// expect: [Function (null prototype): named]
// expect: [AsyncFunction: a] [GeneratorFunction: g] [AsyncGeneratorFunction: ag] [Function: max] [Function (anonymous)]
// expect: [Function: anonymous] F2
// expect: /a/g { k: 1 } [ 1970-01-01T00:00:00.000Z { n: 'x', m: [ 1 ] } ]
// expect: /b/ { r: /b/ }
// expect: /c/ {
// expect:   long: 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'
// expect: }
