// A lexical declaration cannot be the body of an if without a block.
var c = true;
if (c) let x = 1;
// expect syntax error line 3
