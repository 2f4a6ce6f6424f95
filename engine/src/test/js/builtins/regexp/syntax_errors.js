["(", ")", "a**", "[b-a]", "a{2,1}", "*", "+a", "(?<a>x)(?<a>y)", "[", "\\", "(?<1a>x)", "x(?", "(?<=a)*"].forEach(function (p) {
  try { new RegExp(p); console.log("ok " + p); } catch (e) { console.log(e.name + ": " + e.message); }
});
["\\k<x>(?<y>a)", "\\p{Foo}", "\\c", "\\a", "\\1(a)", "{", "\\u{110000}"].forEach(function (p) {
  try { new RegExp(p, "u"); console.log("ok " + p); } catch (e) { console.log(e.name + ": " + e.message); }
});
// expect: SyntaxError: Invalid regular expression: /(/: Unterminated group
// expect: SyntaxError: Invalid regular expression: /)/: Unmatched ')'
// expect: SyntaxError: Invalid regular expression: /a**/: Nothing to repeat
// expect: SyntaxError: Invalid regular expression: /[b-a]/: Range out of order in character class
// expect: SyntaxError: Invalid regular expression: /a{2,1}/: numbers out of order in {} quantifier
// expect: SyntaxError: Invalid regular expression: /*/: Nothing to repeat
// expect: SyntaxError: Invalid regular expression: /+a/: Nothing to repeat
// expect: SyntaxError: Invalid regular expression: /(?<a>x)(?<a>y)/: Duplicate capture group name
// expect: SyntaxError: Invalid regular expression: /[/: Unterminated character class
// expect: SyntaxError: Invalid regular expression: /\/: \ at end of pattern
// expect: SyntaxError: Invalid regular expression: /(?<1a>x)/: Invalid capture group name
// expect: SyntaxError: Invalid regular expression: /x(?/: Invalid group
// expect: SyntaxError: Invalid regular expression: /(?<=a)*/: Invalid quantifier
// expect: SyntaxError: Invalid regular expression: /\k<x>(?<y>a)/u: Invalid named capture referenced
// expect: SyntaxError: Invalid regular expression: /\p{Foo}/u: Invalid property name
// expect: SyntaxError: Invalid regular expression: /\c/u: Invalid Unicode escape
// expect: SyntaxError: Invalid regular expression: /\a/u: Invalid escape
// expect: ok \1(a)
// expect: SyntaxError: Invalid regular expression: /{/u: Lone quantifier brackets
// expect: SyntaxError: Invalid regular expression: /\u{110000}/u: Invalid Unicode escape
