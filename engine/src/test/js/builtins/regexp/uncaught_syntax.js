new RegExp("a(");
// expect runtime error: SyntaxError: Invalid regular expression: /a(/: Unterminated group
