// Getters and coercions inside arithmetic and templates are evaluated once per use, in order.
var n = 0;
var o = { get x() { return ++n; } };
console.log(o.x + o.x * o.x); // expect: 7
var money = { amount: 5, valueOf() { return this.amount; }, toString() { return "$" + this.amount; } };
console.log(money + 1, `${money}`, money * 2, money + ""); // expect: 6 $5 10 5
console.log(Math.max(money, 3), [money] + "", isNaN(money)); // expect: 5 $5 false
