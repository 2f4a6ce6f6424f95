var s = "abcdef";
console.log(s.slice(1, 3), s.slice(-2), s.slice(2, -1), s.slice(4, 1) === "", s.slice(), s.slice(-100, 2));
console.log(s.substring(1, 3), s.substring(3, 1), s.substring(-2, 2), s.substring(4), s.substring(NaN, 2), s.substring(2, 100));
console.log(s.substr(1, 3), s.substr(-3, 2), s.substr(2), s.substr(1, -1) === "", s.substr(100) === "", s.substr(-100, 2));
// expect: bc ef cde true abcdef ab
// expect: bc bc ab ef ab cdef
// expect: bcd de cdef true true ab
