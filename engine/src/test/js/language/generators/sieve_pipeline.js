// A prime sieve built from chained generators, output via a sidecar .expected file.
function* ints(n) { for (;;) yield n++; }
function* sieve(it) { var p = it.next().value; yield p; yield* sieve((function* () { for (var x of it) if (x % p) yield x; })()); }
var primes = sieve(ints(2));
for (var i = 0; i < 50; i++) console.log(i + 1, primes.next().value);
