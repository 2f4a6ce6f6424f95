console.log("a".concat("b", 1, null, [2, 3]), "".concat(), "x".concat(undefined));
console.log("a".localeCompare("b"), "b".localeCompare("a"), "a".localeCompare("a"), "".localeCompare("a"));
// expect: ab1null2,3  xundefined
// expect: -1 1 0 -1
