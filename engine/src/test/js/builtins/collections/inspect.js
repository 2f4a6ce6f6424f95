console.log(new Map([['a', 1], ['b', { c: { d: 2 } }]]));
console.log(new Set([1, 'two', { three: 3 }]), new Set(), new Map());
console.log(new WeakMap(), new WeakSet());
console.log({ m: new Map([[1, new Set([2])]]) });
console.log({ inner: { deeper: { deepest: new Map([['k', 'v']]) } } });
console.log(new Map([['a long key number one', 'a long value number one'], ['a long key number two', 'a long value number two']]));

// expect: Map(2) { 'a' => 1, 'b' => { c: { d: 2 } } }
// expect: Set(3) { 1, 'two', { three: 3 } } Set(0) {} Map(0) {}
// expect: WeakMap { <items unknown> } WeakSet { <items unknown> }
// expect: { m: Map(1) { 1 => Set(1) { 2 } } }
// expect: { inner: { deeper: { deepest: [Map] } } }
// expect: Map(2) {
// expect:   'a long key number one' => 'a long value number one',
// expect:   'a long key number two' => 'a long value number two'
// expect: }
