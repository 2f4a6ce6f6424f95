const names = ['asyncIterator', 'hasInstance', 'isConcatSpreadable', 'iterator', 'match', 'matchAll', 'replace', 'search', 'species', 'split', 'toPrimitive', 'toStringTag', 'unscopables'];
for (const n of names) {
  const d = Object.getOwnPropertyDescriptor(Symbol, n);
  console.log(n, typeof d.value, d.value.toString(), d.writable, d.enumerable, d.configurable);
}
console.log(Symbol.prototype[Symbol.toStringTag], Object.getOwnPropertyDescriptor(Symbol.prototype, 'description').set);
const tp = Object.getOwnPropertyDescriptor(Symbol.prototype, Symbol.toPrimitive);
console.log(tp.writable, tp.configurable, tp.value.name);
try { Symbol.prototype.toString.call(1); } catch (e) { console.log(e.constructor.name, e.message); }

// expect: asyncIterator symbol Symbol(Symbol.asyncIterator) false false false
// expect: hasInstance symbol Symbol(Symbol.hasInstance) false false false
// expect: isConcatSpreadable symbol Symbol(Symbol.isConcatSpreadable) false false false
// expect: iterator symbol Symbol(Symbol.iterator) false false false
// expect: match symbol Symbol(Symbol.match) false false false
// expect: matchAll symbol Symbol(Symbol.matchAll) false false false
// expect: replace symbol Symbol(Symbol.replace) false false false
// expect: search symbol Symbol(Symbol.search) false false false
// expect: species symbol Symbol(Symbol.species) false false false
// expect: split symbol Symbol(Symbol.split) false false false
// expect: toPrimitive symbol Symbol(Symbol.toPrimitive) false false false
// expect: toStringTag symbol Symbol(Symbol.toStringTag) false false false
// expect: unscopables symbol Symbol(Symbol.unscopables) false false false
// expect: Symbol undefined
// expect: false true [Symbol.toPrimitive]
// expect: TypeError Symbol.prototype.toString requires that 'this' be a Symbol
