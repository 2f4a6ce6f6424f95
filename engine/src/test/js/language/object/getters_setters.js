// Accessor properties in literals and via defineProperty.
var o = {
  _v: 1,
  get v() { return this._v * 10; },
  set v(x) { this._v = x; }
};
console.log(o.v); // expect: 10
o.v = 5;
console.log(o.v, o._v); // expect: 50 5
var ro = { get only() { return "r"; } };
ro.only = "w";
console.log(ro.only); // expect: r
(function () { "use strict"; try { ro.only = "w"; } catch (e) { console.log(e instanceof TypeError); } })(); // expect: true
var wo = { set only(v) { this.saw = v; } };
wo.only = 3;
console.log(wo.only, wo.saw); // expect: undefined 3
var d = Object.getOwnPropertyDescriptor(o, "v");
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable, "value" in d); // expect: function function true true false
var counter = 0;
var c = {};
Object.defineProperty(c, "next", { get() { return ++counter; } });
console.log(c.next, c.next, Object.keys(c).length); // expect: 1 2 0
