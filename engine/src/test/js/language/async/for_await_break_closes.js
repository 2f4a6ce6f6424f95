// Leaving for await early (break, return, throw) calls return() on the async iterator and awaits it.
var log = [];
async function* source(tag) {
  try { for (var i = 0; ; i++) yield i; }
  finally { await null; log.push("closed " + tag); }
}
async function useReturn() { for await (const v of source("return")) if (v === 1) return "returned " + v; }
(async () => {
  for await (const v of source("break")) { if (v === 2) break; }
  console.log(log.join()); // expect: closed break
  console.log(await useReturn(), log.join()); // expect: returned 1 closed break,closed return
  try { for await (const v of source("throw")) throw new Error("body threw"); }
  catch (e) { console.log(e.message, log.join()); } // expect: body threw closed break,closed return,closed throw
  var calls = [];
  var custom = {
    [Symbol.asyncIterator]() {
      return {
        next() { calls.push("next"); return Promise.resolve({ value: "v", done: false }); },
        return() { calls.push("return"); return Promise.resolve({ done: true }); }
      };
    }
  };
  for await (const v of custom) break;
  console.log(calls.join()); // expect: next,return
  var noReturn = { [Symbol.asyncIterator]() { return { next: async () => ({ value: 1, done: false }) }; } };
  for await (const v of noReturn) break;
  console.log("no return method is fine"); // expect: no return method is fine
})();
