// console.log honours the Symbol.for('nodejs.util.inspect.custom') method
// (node's customization hook, widely used by libraries such as Decimal/Money
// types without requiring 'util'): its return value replaces the default
// formatting (a returned string is printed as-is).
class Money {
  constructor(v) { this.v = v; }
  [Symbol.for('nodejs.util.inspect.custom')]() { return `Money(${this.v})`; }
}
console.log(new Money(5), [new Money(1)], { m: new Money(2) });
// expect: Money(5) [ Money(1) ] { m: Money(2) }
