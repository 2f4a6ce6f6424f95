// console.log of an array or a Map whose prototype was set to null (this once
// crashed Piste): node prints "[Array(2): null prototype] [ 1, 2 ]" and
// "[Map(1): null prototype] { 1 => 2 }".
console.log(Object.setPrototypeOf([1, 2], null));
console.log(Object.setPrototypeOf(new Map([[1, 2]]), null));
// expect: [Array(2): null prototype] [ 1, 2 ]
// expect: [Map(1): null prototype] { 1 => 2 }
