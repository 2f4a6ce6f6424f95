// console.log of an array whose prototype was set to null crashes Piste with
// an internal error (java.lang.NullPointerException: ... "constructorName" is
// null). Node prints "[Array(2): null prototype] [ 1, 2 ]". A Map with a null
// prototype prints "[Map(1): null prototype] { 1 => 2 }" (Piste: "Map(1) ...").
console.log(Object.setPrototypeOf([1, 2], null));
console.log(Object.setPrototypeOf(new Map([[1, 2]]), null));
// expect: [Array(2): null prototype] [ 1, 2 ]
// expect: [Map(1): null prototype] { 1 => 2 }
