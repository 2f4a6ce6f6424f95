// RegExp.prototype[Symbol.replace]: an unmodified RegExp finds its matches directly, then replaces;
// lastIndex, RegExp.$1 and what a replacement function sees are as the step-by-step protocol leaves them.
const cases = [
  ["aaa", /a/, "b"], ["aaa", /a/g, "b"], ["abc", /(?:)/g, "-"], ["abc", /x*/g, "-"], ["a1b22", /(\d)(\d)?/g, "[$1|$2]"],
  ["john smith", /(?<first>\w+)\s(?<last>\w+)/, "$<last>, $<first>"], ["abc", /b/, "$`$&$'"], ["abc", /b/, "$$"], ["abc", /b/g, "$0$1$10"],
  ["a😀b😀", /(?:)/gu, "."], ["a😀b", /(?:)/g, "."], ["xAx", /a/gi, "_"], ["line1\nline2", /^l/gm, "L"], ["aaaa", /aa/g, "b"],
];
for (const [s, re, t] of cases) console.log(JSON.stringify(s.replace(re, t)), re.lastIndex, RegExp.$1, RegExp.lastMatch);
console.log("a-b-c".replace(/(\w)-?/g, (m, c, pos, str) => `${c.toUpperCase()}@${pos}/${str.length}`));
console.log("k=v x=y".replace(/(?<key>\w)=(?<val>\w)/g, (...args) => JSON.stringify(args[args.length - 1])));
// The function runs after all matches are found: changing lastIndex or exec there changes nothing.
const originalExec = RegExp.prototype.exec;
const g = /o/g;
console.log("foo boo".replace(g, (m, pos) => { g.lastIndex = 5; RegExp.prototype.exec = null; return pos; }), g.lastIndex);
RegExp.prototype.exec = originalExec;
// What user code can observe goes the step-by-step way: a lastIndex with valueOf, a read-only lastIndex,
// sticky matching, an own exec, a patched exec on the prototype.
const withValueOf = /b/;
withValueOf.lastIndex = { valueOf() { console.log("lastIndex read"); return 0; } };
console.log("abc".replace(withValueOf, "B"));
const readOnly = /b/g;
Object.defineProperty(readOnly, "lastIndex", { writable: false, value: 0 });
try { "abc".replace(readOnly, "B"); } catch (e) { console.log(e.constructor.name); }
const sticky = /a/y;
console.log("aab".replace(sticky, "X"), sticky.lastIndex, "baa".replace(sticky, "X"), sticky.lastIndex);
const own = /b/g;
own.exec = function (str) { console.log("own exec at", this.lastIndex); return originalExec.call(this, str); };
console.log("abcb".replace(own, "B"));
let calls = 0;
RegExp.prototype.exec = function (str) { calls++; return originalExec.call(this, str); };
console.log("abcb".replace(/b/g, "B"), calls);
RegExp.prototype.exec = originalExec;
console.log("abcb".replace(/b/g, "B"), calls);
