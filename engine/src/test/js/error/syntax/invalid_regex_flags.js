// Regular expression literal with an invalid flag.
var r = /abc/gq;
// expect syntax error line 2
