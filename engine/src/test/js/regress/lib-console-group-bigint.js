// console.log of an array of more than 6 BigInts groups them in columns
// right-aligned like numbers (node uses padStart when every item is a number
// or bigint). Piste left-aligns them and puts the padding before the comma.
console.log(Array.from({ length: 8 }, (_, i) => BigInt(i) * 100n));
// expect: [
// expect:     0n, 100n, 200n,
// expect:   300n, 400n, 500n,
// expect:   600n, 700n
// expect: ]
