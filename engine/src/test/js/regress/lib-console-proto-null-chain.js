// console.log of an object whose prototype is a null-prototype object (no
// constructor anywhere on the chain): node prints
// "Object <[Object: null prototype] {}> {}".
console.log(Object.create(Object.create(null)));
// expect: Object <[Object: null prototype] {}> {}
