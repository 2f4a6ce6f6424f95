// Reading an unresolvable name throws ReferenceError mentioning the name.
try { doesNotExist; } catch (e) {
  console.log(e instanceof ReferenceError, e.message.includes("doesNotExist")); // expect: true true
  console.log(e.message); // expect: doesNotExist is not defined
}
try { doesNotExist += 1; } catch (e) { console.log(e.name); } // expect: ReferenceError
try { doesNotExist++; } catch (e) { console.log(e.name); } // expect: ReferenceError
console.log(typeof doesNotExist === "undefined"); // expect: true
console.log(typeof globalThis.doesNotExist); // expect: undefined
