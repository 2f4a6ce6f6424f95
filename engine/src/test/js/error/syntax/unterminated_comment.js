// An unterminated block comment.
var x = 1;
/* this comment never ends
// expect syntax error line 3
