// Class declarations are in TDZ before their definition; the inner name is const.
try { new Early(); } catch (e) { console.log(e instanceof ReferenceError); } // expect: true
class Early {}
console.log(typeof Early); // expect: function
class Self { static rename() { try { Self = 1; } catch (e) { return e.name; } } }
console.log(Self.rename()); // expect: TypeError
let Outer = class Inner {};
Outer = 5;
console.log(Outer); // expect: 5
