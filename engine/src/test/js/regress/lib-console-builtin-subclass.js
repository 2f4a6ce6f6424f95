// console.log of instances of user subclasses of Map/Set/Promise/RegExp/Date/
// String: node shows the subclass name, e.g. "MyMap(1) [Map] { 1 => 2 }",
// "MyPromise [Promise] { 1 }", "MyRe /a/g", "MyDate 1970-...",
// "[String (MyStr): 'hi']".
class MyMap extends Map {}
class MySet extends Set {}
class MyPromise extends Promise {}
class MyRe extends RegExp {}
class MyDate extends Date {}
class MyStr extends String {}
console.log(new MyMap([[1, 2]]));
console.log(new MySet([1]));
console.log(MyPromise.resolve(1));
console.log(new MyRe('a', 'g'));
console.log(new MyDate(0));
console.log(new MyStr('hi'));
// expect: MyMap(1) [Map] { 1 => 2 }
// expect: MySet(1) [Set] { 1 }
// expect: MyPromise [Promise] { 1 }
// expect: MyRe /a/g
// expect: MyDate 1970-01-01T00:00:00.000Z
// expect: [String (MyStr): 'hi']
