// ?? cannot be mixed with || without parentheses.
var x = null;
var y = x || 1 ?? 2;
// expect syntax error line 3
