// \b and \B next to word characters, word-only classes and groups (translated to one-sided lookarounds
// there) and elsewhere, in every flag combination that keeps JavaScript's ASCII word characters.
const pats = ["\\ba", "a\\b", "\\b\\w+\\b", "\\b[a-z]+\\b", "\\B[a-z]", "[a-z]\\B", "\\ba*", "a*\\b", "a?\\b", "\\ba{0,2}", "\\ba{1,2}", "\\ba{01}", "(a)\\b", "\\b(a)", "x|\\bb", "\\b_", "\\b\\d+", "\\d+\\b", "\\b[^a]", "\\b[a-]", "[a-c]+?\\b", "\\b[_0-9]{2}", "\\b[a\\d]", "\\b.", ".\\b", "\\b", "\\B", "\\b\\b", "a\\b\\Bb", "\\b[a-z]+@", "(?<=a\\b)", "(?<=\\ba)b", "\\ba|b\\b"];
const strs = ["a", "ab", "a b", "_a", "a_", "aa aaa", "a-b", "é a", "aé", "1a2", "a\u0300", "xyz abc", "", " ", "a.b"];
const out = [];
for (const p of pats) for (const f of ["g", "gu", "gi", "gm"]) {
  const re = new RegExp(p, f);
  for (const s of strs) out.push(p + "/" + f + " " + JSON.stringify(s) + " " + JSON.stringify([...s.matchAll(re)].map(m => m.index + ":" + m[0])));
}
console.log(out.join("\n"));
const pats2 = ["\\b([a-z]+\\d*)@", "\\b(?:ab|c)", "\\b(a|-)", "\\b(a)?b", "\\b(?<n>[a-z])+", "\\b((a))", "\\b(?=a)", "\\b(a)*", "\\b([a-]b)", "\\b(\\w)", "\\b(a|b)", "\\b(a(b|-))"];
const out2 = [];
for (const p of pats2) for (const f of ["g", "gu"]) {
  const re = new RegExp(p, f);
  for (const s of strs.concat(["-b", "a-b", "x@", "ab c", "-a", "a b@"])) out2.push(p + "/" + f + " " + JSON.stringify(s) + " " + JSON.stringify([...s.matchAll(re)].map(m => m.index + ":" + m[0])));
}
console.log(out2.join("\n"));
