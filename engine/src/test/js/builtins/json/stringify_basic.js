console.log(JSON.stringify(1), JSON.stringify('s'), JSON.stringify(null), JSON.stringify(true), JSON.stringify(undefined), JSON.stringify(() => 1));
console.log(JSON.stringify(NaN), JSON.stringify(-0), JSON.stringify(Infinity), JSON.stringify(1e21), JSON.stringify(Symbol()));
console.log(JSON.stringify({ a: undefined, b: () => 1, c: Symbol(), d: null, e: NaN, [Symbol('k')]: 1 }));
console.log(JSON.stringify([undefined, () => 1, Symbol(), null, NaN]));
console.log(JSON.stringify({ n: new Number(3), b: new Boolean(false) }));
console.log(JSON.stringify('\b\f\n\r\t"\\\u0001\u001f'), JSON.stringify('\ud800'), JSON.stringify('\udc00x'), JSON.stringify('\ud83d\ude00'));
const nested = { arr: [1, [2, [3]]], obj: { deep: { deeper: {} } }, empty: [] };
console.log(JSON.stringify(nested));
const withHidden = Object.defineProperty({ v: 1 }, 'h', { value: 2 });
console.log(JSON.stringify(withHidden), JSON.stringify(Object.create({ inherited: 1 })));
console.log(JSON.stringify({ 2: 'b', 1: 'a', z: 1 }));

// expect: 1 "s" null true undefined undefined
// expect: null 0 null 1e+21 undefined
// expect: {"d":null,"e":null}
// expect: [null,null,null,null,null]
// expect: {"n":3,"b":false}
// expect: "\b\f\n\r\t\"\\\u0001\u001f" "\ud800" "\udc00x" "😀"
// expect: {"arr":[1,[2,[3]]],"obj":{"deep":{"deeper":{}}},"empty":[]}
// expect: {"v":1} {}
// expect: {"1":"a","2":"b","z":1}
