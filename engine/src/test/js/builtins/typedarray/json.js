console.log(JSON.stringify(new Uint8Array([1, 2])), JSON.stringify({ t: new Float64Array([0.5]) }), JSON.stringify(new Int8Array(0)));
console.log(JSON.stringify(new ArrayBuffer(2)), JSON.stringify(new DataView(new ArrayBuffer(1))));
console.log(Object.entries(new Int8Array([5, 6])).join('|'), Object.values(new Uint8Array([3, 4])).join());
console.log(Object.assign({}, new Uint8Array([9])), { ...new Uint8Array([4, 5]) });
// expect: {"0":1,"1":2} {"t":{"0":0.5}} {}
// expect: {} {}
// expect: 0,5|1,6 3,4
// expect: { '0': 9 } { '0': 4, '1': 5 }
