console.log(new Uint8Array([1, 2]));
console.log(new Float64Array(0));
console.log(new Int16Array(10).map((x, i) => i * 111 - 400));
console.log(new BigInt64Array([1n, -2n]));
console.log(new ArrayBuffer(4));
console.log(new DataView(new ArrayBuffer(2)));
console.log([new Uint8Array(1)], { a: new Int8Array([-1]) });
console.log(new Float32Array([0.5, -0, NaN]));
console.log(new Uint8Array(120));
// expect: Uint8Array(2) [ 1, 2 ]
// expect: Float64Array(0) []
// expect: Int16Array(10) [
// expect:   -400, -289, -178,
// expect:    -67,   44,  155,
// expect:    266,  377,  488,
// expect:    599
// expect: ]
// expect: BigInt64Array(2) [ 1n, -2n ]
// expect: ArrayBuffer { [Uint8Contents]: <00 00 00 00>, byteLength: 4 }
// expect: DataView {
// expect:   byteLength: 2,
// expect:   byteOffset: 0,
// expect:   buffer: ArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2 }
// expect: }
// expect: [ Uint8Array(1) [ 0 ] ] { a: Int8Array(1) [ -1 ] }
// expect: Float32Array(3) [ 0.5, -0, NaN ]
// expect: Uint8Array(120) [
// expect:   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
// expect:   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
// expect:   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
// expect:   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
// expect:   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
// expect:   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
// expect:   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
// expect:   0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
// expect:   0, 0, 0, 0,
// expect:   ... 20 more items
// expect: ]
