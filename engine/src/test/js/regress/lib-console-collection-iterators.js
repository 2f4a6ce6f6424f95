// console.log of Map and Set iterators shows the entries still to come, as node does.
const m = new Map([[1, 'a'], [2, 'b']]); const s = new Set(['x', 'y']);
console.log(m.entries(), m.keys(), m.values(), s.values(), s.entries());
const it = m.keys(); it.next(); console.log(it);
it.next(); it.next(); console.log(it);
console.log({ k: m.keys() }, new Map().keys());
console.log(new Map([[{a:1}, [1,2]]]).entries());
// expect: [Map Entries] { [ 1, 'a' ], [ 2, 'b' ] } [Map Iterator] { 1, 2 } [Map Iterator] { 'a', 'b' } [Set Iterator] { 'x', 'y' } [Set Entries] { [ 'x', 'x' ], [ 'y', 'y' ] }
// expect: [Map Iterator] { 2 }
// expect: [Map Iterator] {  }
// expect: { k: [Map Iterator] { 1, 2 } } [Map Iterator] {  }
// expect: [Map Entries] { [ { a: 1 }, [ 1, 2 ] ] }
