console.log("abcabc".search(/c/), "abc".search(/x/), "a.c".search("."), "abc".search(), "x".search(undefined));
var g = /b/g;
g.lastIndex = 5;
console.log("abc".search(g), g.lastIndex);
// expect: 2 -1 0 0 0
// expect: 1 5
