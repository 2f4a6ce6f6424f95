// Public fields are defined with DefineProperty, so they shadow (not call) inherited setters.
var setterCalls = 0;
class Base { set v(x) { setterCalls++; } get v() { return "getter"; } }
class Derived extends Base { v = "field"; }
var d = new Derived();
console.log(d.v, setterCalls, d.hasOwnProperty("v")); // expect: field 0 true
class Ctor extends Base { constructor() { super(); this.v = "assigned"; } }
var c = new Ctor();
console.log(c.v, setterCalls); // expect: getter 1
