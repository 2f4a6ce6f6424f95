// A promise that never settles does not keep the program alive: the script ends when no work is left.
var never = new Promise(() => {});
never.then(() => console.log("never printed"));
async function waitsForever() { console.log("waiting"); await never; console.log("never printed either"); }
waitsForever(); // expect: waiting
(async function* () { await never; yield 1; })().next().then(() => console.log("nor this"));
setTimeout(() => console.log("timer still runs"), 5); // expect: done
console.log("done");
// expect: timer still runs
