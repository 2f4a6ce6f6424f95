// RegExp.prototype[Symbol.split]: an unmodified RegExp is split by searching (no splitter object, no
// step per position); what user code can observe (own exec, subclasses, a flags getter, a patched
// exec, the limit, RegExp.$1 afterwards) is the same either way.
const cases = [
  ["a b  c", /\s+/], ["a b  c", / /], ["abc", /(?:)/], ["abc", /b*/], ["abc", /(b)*/], ["a1b22c333", /(\d)(\d)?/],
  ["a,b,,c,", /,/], [",a,", /,/], ["abc", /$/], ["abc", /^/m], ["a\nb\nc", /^/m], ["abcabc", /(?=b)/], ["test", /(?:)/],
  ["ab", /a*?/], ["ab", /a*/], ["A<B>bold</B>and<CODE>coded</CODE>", /<(\/)?([^<>]+)>/], ["xAyaz", /a/i], ["x", /x/],
  ["xx", /x/], ["  lead", /\s*/], ["café au lait", /\b/], ["a-b_c d", /\W/], ["aaa", /a/y], ["aXbXc", /x/gi],
];
for (const [s, re] of cases) console.log(JSON.stringify(s.split(re)), JSON.stringify(s.split(re, 2)), JSON.stringify(s.split(re, 0)), RegExp.$1, RegExp.lastMatch, re.lastIndex);
console.log("abc".split(/b/, -1).length, "abc".split(/b/, 2 ** 32 + 1).length, "a😀b".split(/(?:)/u).length, "a😀b".split(/(?:)/).length);
const re = /,/; re.lastIndex = 5; console.log("a,b".split(re), re.lastIndex);
// observable paths stay observable
const sub = /,/; sub.exec = function (s) { console.log("own exec", this.lastIndex); return RegExp.prototype.exec.call(this, s); };
console.log("a,b".split(sub));
class R extends RegExp { exec(s) { return super.exec(s); } }
console.log("a,b".split(new R(",")));
const lim = { valueOf() { console.log("limit read"); return 1; } };
console.log("a,b".split(/,/, lim));
const saved = Object.getOwnPropertyDescriptor(RegExp.prototype, "flags");
Object.defineProperty(RegExp.prototype, "flags", { get() { console.log("flags read"); return saved.get.call(this); }, configurable: true });
console.log("a,b".split(/,/));
Object.defineProperty(RegExp.prototype, "flags", saved);
console.log("a,b".split(/,/));
const origExec = RegExp.prototype.exec;
RegExp.prototype.exec = function (s) { return origExec.call(this, s); };
let n = 0; const e2 = RegExp.prototype.exec; RegExp.prototype.exec = function (s) { n++; return e2.call(this, s); };
console.log("a,b,c".split(/,/), n > 0);
RegExp.prototype.exec = origExec;
const withProp = /,/; withProp.extra = 1; console.log("a,b".split(withProp));
