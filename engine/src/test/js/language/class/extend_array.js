// class extends Array: length tracking, push, instanceof, species for map.
class Stack extends Array {
  peek() { return this[this.length - 1]; }
}
var s = new Stack();
s.push(1, 2, 3);
console.log(s.length, s.peek(), s instanceof Stack, s instanceof Array, Array.isArray(s)); // expect: 3 3 true true true
s[10] = "x";
console.log(s.length); // expect: 11
s.length = 2;
console.log(s.join(), s.peek()); // expect: 1,2 2
var m = s.map(x => x * 2);
console.log(m instanceof Stack, m.peek()); // expect: true 4
console.log(Stack.from([5, 6]).peek(), Stack.of(7) instanceof Stack); // expect: 6 true
var n = new Stack(3);
console.log(n.length); // expect: 3
