console.log(String(), String(1.50), String(null), String(undefined), String(true), String([1, 2]), String({}));
console.log(String(Symbol("x")), typeof new String("a"), new String("ab").length, new String("ab")[1], typeof String("a"));
var w = new String("hi");
console.log(w.valueOf(), w.toString(), w + "!", w == "hi", w === "hi");
class Str extends String { shout() { return this.toUpperCase() + "!"; } }
console.log(new Str("hey").shout(), new Str("x") instanceof String);
try { new String(Symbol("y")); } catch (e) { console.log(e.name); }
console.log(String.length, String.name, String.prototype.padStart.length);
// expect:  1.5 null undefined true 1,2 [object Object]
// expect: Symbol(x) object 2 b string
// expect: hi hi hi! true false
// expect: HEY! true
// expect: TypeError
// expect: 1 String 1
