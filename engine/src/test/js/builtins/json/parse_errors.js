const cases = ['{"a":1,}', '', '[1,2', '{a:1}', 'tru', '"abc', '[1,]', '01', '1 2', '{"a" 1}', '"\\x"', '"a\nb"', '-', '1.', '1e',
  '[1}', '{"a":1', '"\\u12g4"', 'undefined', '{', '{"a":1}}', '"abc\\', '{"a":}', '[,1]', '"\u0001"', 'NaN', '-Infinity', '+1',
  '{"aaaaaaaaaaaaaaa":1,"b":x}', '{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa": x, "bbbbbbbbbbbbbbbbbbbbbbbbb": 2}', 'x                                  ',
  '[tru]', '"\\u00"', '\u00a0 1', 'truex', '{"a",}', '[1 2]', '{,}'];
for (const s of cases) {
  try { JSON.parse(s); console.log('parsed', JSON.stringify(s)); } catch (e) { console.log(e.name + ': ' + e.message); }
}
try { JSON.parse(undefined); } catch (e) { console.log(e.message); }
try { JSON.parse({}); } catch (e) { console.log(e.message); }

// expect: SyntaxError: Expected double-quoted property name in JSON at position 7
// expect: SyntaxError: Unexpected end of JSON input
// expect: SyntaxError: Expected ',' or ']' after array element in JSON at position 4
// expect: SyntaxError: Expected property name or '}' in JSON at position 1
// expect: SyntaxError: Unexpected end of JSON input
// expect: SyntaxError: Unterminated string in JSON at position 4
// expect: SyntaxError: Unexpected token ']', "[1,]" is not valid JSON
// expect: SyntaxError: Unexpected number in JSON at position 1
// expect: SyntaxError: Unexpected non-whitespace character after JSON at position 2
// expect: SyntaxError: Expected ':' after property name in JSON at position 5
// expect: SyntaxError: Bad escaped character in JSON at position 2
// expect: SyntaxError: Bad control character in string literal in JSON at position 2
// expect: SyntaxError: No number after minus sign in JSON at position 1
// expect: SyntaxError: Unterminated fractional number in JSON at position 2
// expect: SyntaxError: Exponent part is missing a number in JSON at position 2
// expect: SyntaxError: Expected ',' or ']' after array element in JSON at position 2
// expect: SyntaxError: Expected ',' or '}' after property value in JSON at position 6
// expect: SyntaxError: Bad Unicode escape in JSON at position 5
// expect: SyntaxError: "undefined" is not valid JSON
// expect: SyntaxError: Expected property name or '}' in JSON at position 1
// expect: SyntaxError: Unexpected non-whitespace character after JSON at position 7
// expect: SyntaxError: Unexpected end of JSON input
// expect: SyntaxError: Unexpected token '}', "{"a":}" is not valid JSON
// expect: SyntaxError: Unexpected token ',', "[,1]" is not valid JSON
// expect: SyntaxError: Bad control character in string literal in JSON at position 1
// expect: SyntaxError: "NaN" is not valid JSON
// expect: SyntaxError: No number after minus sign in JSON at position 1
// expect: SyntaxError: Unexpected token '+', "+1" is not valid JSON
// expect: SyntaxError: Unexpected token 'x', ..."aa":1,"b":x}" is not valid JSON
// expect: SyntaxError: Unexpected token 'x', ..."aaaaaaa": x, "bbbbbb"... is not valid JSON
// expect: SyntaxError: Unexpected token 'x', "x         "... is not valid JSON
// expect: SyntaxError: Unexpected token ']', "[tru]" is not valid JSON
// expect: SyntaxError: Bad Unicode escape in JSON at position 5
// expect: SyntaxError: Unexpected token ' ', "  1" is not valid JSON
// expect: SyntaxError: Unexpected non-whitespace character after JSON at position 4
// expect: SyntaxError: Expected ':' after property name in JSON at position 4
// expect: SyntaxError: Expected ',' or ']' after array element in JSON at position 3
// expect: SyntaxError: Expected property name or '}' in JSON at position 1
// expect: "undefined" is not valid JSON
// expect: "[object Object]" is not valid JSON
