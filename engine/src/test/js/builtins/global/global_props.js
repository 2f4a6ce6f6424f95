const names = ['parseInt', 'parseFloat', 'isNaN', 'isFinite', 'encodeURI', 'encodeURIComponent', 'decodeURI', 'decodeURIComponent', 'eval', 'Object', 'Function', 'Symbol', 'Boolean', 'Number', 'Math', 'JSON', 'Reflect', 'Proxy', 'Map', 'Set', 'WeakMap', 'WeakSet'];
for (const n of names) {
  const d = Object.getOwnPropertyDescriptor(globalThis, n);
  console.log(n, typeof d.value, d.writable, d.enumerable, d.configurable);
}
console.log(isNaN('abc'), isFinite('12'), isFinite(Infinity), isNaN.length);

// expect: parseInt function true false true
// expect: parseFloat function true false true
// expect: isNaN function true false true
// expect: isFinite function true false true
// expect: encodeURI function true false true
// expect: encodeURIComponent function true false true
// expect: decodeURI function true false true
// expect: decodeURIComponent function true false true
// expect: eval function true false true
// expect: Object function true false true
// expect: Function function true false true
// expect: Symbol function true false true
// expect: Boolean function true false true
// expect: Number function true false true
// expect: Math object true false true
// expect: JSON object true false true
// expect: Reflect object true false true
// expect: Proxy function true false true
// expect: Map function true false true
// expect: Set function true false true
// expect: WeakMap function true false true
// expect: WeakSet function true false true
// expect: true true false 1
