// console.log of a plain object with an OWN enumerable Symbol.toStringTag
// property: node ignores such a tag for the prefix (it is shown as a key
// anyway) and prints "{ [Symbol(Symbol.toStringTag)]: 'Tagged' }". Piste adds
// an "Object [Tagged]" prefix. (An inherited tag, e.g. a class getter, does
// give "Object [TT]" in both.)
console.log({ [Symbol.toStringTag]: 'Tagged' });
// expect: { [Symbol(Symbol.toStringTag)]: 'Tagged' }
