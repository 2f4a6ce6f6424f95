// BigInt arithmetic, comparison and conversion (printed via String).
var big = 2n ** 64n;
console.log(String(big), String(big - 1n), typeof big); // expect: 18446744073709551616 18446744073709551615 bigint
console.log(String(-7n / 2n), String(7n % -2n), String(BigInt("0xff")), String(BigInt(Number.MAX_SAFE_INTEGER) + 2n)); // expect: -3 1 255 9007199254740993
console.log(1n < 2, 2n == 2, 2n === 2, 0n ? "t" : "f", String(BigInt.asIntN(8, 255n))); // expect: true true false f -1
try { 1n / 0n; } catch (e) { console.log(e instanceof RangeError); } // expect: true
console.log(`${10n}`, 10n.toString(16), JSON.stringify(String(1n << 100n).length)); // expect: 10 a 31
