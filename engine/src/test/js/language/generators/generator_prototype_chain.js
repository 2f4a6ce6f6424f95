// Generator objects inherit from the function's prototype, which inherits from %GeneratorPrototype%.
function* g() { yield 1; }
var it = g();
var GeneratorPrototype = Object.getPrototypeOf(g.prototype);
var IteratorPrototype = Object.getPrototypeOf(GeneratorPrototype);
console.log(Object.getPrototypeOf(it) === g.prototype, typeof GeneratorPrototype.next); // expect: true function
console.log(GeneratorPrototype[Symbol.toStringTag], IteratorPrototype[Symbol.iterator].call(it) === it); // expect: Generator true
console.log(Object.getOwnPropertyNames(GeneratorPrototype).sort().join()); // expect: constructor,next,return,throw
console.log(Object.getOwnPropertyNames(g.prototype).length, g.hasOwnProperty("caller")); // expect: 0 false
var GeneratorFunction = Object.getPrototypeOf(g).constructor;
console.log(GeneratorFunction.name, GeneratorFunction === Function); // expect: GeneratorFunction false
var made = new GeneratorFunction("a", "yield a; yield a * 2;");
console.log([...made(21)].join()); // expect: 21,42
g.prototype = { extra: "from custom prototype" };
console.log(g().extra, typeof g().next); // expect: from custom prototype undefined
g.prototype = null;
console.log(Object.getPrototypeOf(g()) === GeneratorPrototype); // expect: true
