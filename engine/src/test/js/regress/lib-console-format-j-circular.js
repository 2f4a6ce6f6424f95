// console.log's %j specifier prints '[Circular]' when JSON.stringify would
// throw on a circular structure. Piste lets the TypeError escape.
const circ = {};
circ.c = circ;
console.log('%j', circ);
// expect: [Circular]
