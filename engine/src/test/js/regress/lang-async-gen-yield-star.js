// `yield*` inside an async generator delegates to an async iterable (or a sync
// iterable via CreateAsyncFromSyncIterator, awaiting each value). Piste rejects the
// whole script at compile time: "SyntaxError: yield* in an async generator is not
// supported yet". Composing async generators with yield* is common.
async function* inner() { yield 'a'; await null; yield 'b'; return 'ret'; }
async function* outer() {
  const r = yield* inner();
  yield 'inner returned ' + r;
  yield* [Promise.resolve('p1'), 'v2'];
}
(async () => {
  for await (const x of outer()) console.log(x);
})();
// expect: a
// expect: b
// expect: inner returned ret
// expect: p1
// expect: v2
