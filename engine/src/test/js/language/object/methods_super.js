// super.prop in object literal methods uses the [[HomeObject]]'s prototype.
var base = { hello() { return "base hello from " + this.name; } };
var derived = {
  __proto__: base,
  name: "derived",
  hello() { return "derived+" + super.hello(); }
};
console.log(derived.hello()); // expect: derived+base hello from derived
var borrowed = derived.hello;
console.log(borrowed.call({ name: "other" })); // expect: derived+base hello from other
var o2 = { __proto__: { x: "px" }, get x() { return "own+" + super.x; } };
console.log(o2.x); // expect: own+px
