console.log("a-b-c".replace(/-/g, "+"), "a-b-c".replace(/-/, "+"), "abc".replace(/(b)/, "[$1$1]"), "abc".replace(/b/, "$0"), "abc".replace(/(b)/, "$01$2"));
console.log("abc".replace(/b/g, "$`$'"), "abc".replace(/(?:)/g, "-"), "x".replace(/x/, "$$1"), "abc".replace(/(a)(b)(c)/, "$3$2$1$4"));
console.log("John Smith".replace(/(\w+)\s(\w+)/, "$2, $1"), "aaa".replace(/a*?/g, "X"), "aaa".replace(/a*/g, "X"));
var r = /(\d)(\d)?/g;
console.log("1 23".replace(r, function (m, p1, p2, off, str) { return "[" + m + "," + p1 + "," + p2 + "," + off + "," + str.length + "]"; }));
console.log("abcabc".replaceAll(/b/g, "_"), "aaa".replace(/a/gy, "b"), "xyz".replace(/Y/i, function () { return "$&"; }));
var twelve = /(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)(l)/;
console.log("abcdefghijkl".replace(twelve, "$12-$11-$10-$1"), "ab".replace(/(a)/, "$10"));
try { "a".replaceAll(/a/, "b"); } catch (e) { console.log(e.name + ": " + e.message); }
// expect: a+b+c a+b-c a[bb]c a$0c ab$2c
// expect: aacc -a-b-c- $1 cba$4
// expect: Smith, John XaXaXaX XX
// expect: [1,1,undefined,0,4] [23,2,3,2,4]
// expect: a_ca_c bbb x$&z
// expect: l-k-j-a a0b
// expect: TypeError: String.prototype.replaceAll called with a non-global RegExp argument
