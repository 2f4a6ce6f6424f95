// String methods with regular expressions and replacement patterns.
console.log("2024-01-15".replace(/(\d+)-(\d+)-(\d+)/, "$3/$2/$1")); // expect: 15/01/2024
console.log("aXbXc".replace(/x/gi, m => m.toLowerCase())); // expect: axbxc
console.log("abc".replace("b", "[$&$`$']")); // expect: a[bac]c
console.log("a1b22c333".match(/\d+/g).join(",")); // expect: 1,22,333
console.log("no".match(/\d/)); // expect: null
var m = "key=value".match(/(?<k>\w+)=(?<v>\w+)/);
console.log(m.groups.k, m.groups.v, m.index); // expect: key value 0
console.log("a, b,c".split(/\s*,\s*/).join("|")); // expect: a|b|c
console.log("Hello".search(/l/)); // expect: 2
var all = [..."a1b2".matchAll(/[a-z](\d)/g)].map(x => x[1]).join("");
console.log(all); // expect: 12
var re = /o/g; re.lastIndex = 0; var hits = 0;
while (re.exec("foo boo")) hits++;
console.log(hits); // expect: 4
console.log(/^[\w.]+@\w+\.\w+$/.test("a.b@c.de")); // expect: true
