// Well-known symbols customize iteration, instanceof, toPrimitive, concat spreading and string tags.
var it = { *[Symbol.iterator]() { yield "i"; } };
console.log([...it].join()); // expect: i
var spreadable = { length: 2, 0: "x", 1: "y", [Symbol.isConcatSpreadable]: true };
console.log([1].concat(spreadable).join()); // expect: 1,x,y
var arr = [5, 6]; arr[Symbol.isConcatSpreadable] = false;
console.log([1].concat(arr).length); // expect: 2
console.log(typeof Symbol.iterator, Symbol.iterator.toString()); // expect: symbol Symbol(Symbol.iterator)
console.log(Symbol.asyncIterator.description); // expect: Symbol.asyncIterator
