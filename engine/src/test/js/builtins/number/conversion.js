console.log(Number(), Number(undefined), Number(null), Number(true), Number(''), Number('  12  '), Number('0x1F'), Number('0b101'), Number('0o17'));
console.log(Number('1e3'), Number('-Infinity'), Number('12px'), Number({}), Number('-0'));
console.log(Object.is(Number('-0'), -0), Number({ valueOf() { return 42; } }));
const n = new Number(7);
console.log(typeof n, n.valueOf(), n + 1, n == 7, n === 7, Object.prototype.toString.call(n));
class MyNum extends Number { double() { return this * 2; } }
const m = new MyNum(21);
console.log(m.double(), m instanceof Number, m instanceof MyNum);
try { Number(Symbol()); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Number.prototype.valueOf.call(3), Number.prototype.valueOf.call(new Number(4)));
try { Number.prototype.valueOf.call('5'); } catch (e) { console.log(e.constructor.name, e.message); }

// expect: 0 NaN 0 1 0 12 31 5 15
// expect: 1000 -Infinity NaN NaN -0
// expect: true 42
// expect: object 7 8 true false [object Number]
// expect: 42 true true
// expect: TypeError Cannot convert a Symbol value to a number
// expect: 3 4
// expect: TypeError Number.prototype.valueOf requires that 'this' be a Number
