// Array constructor forms, RangeError for bad lengths, subclassing.
console.log(Array(3).length, String(Array(3)), Array(1, 2).join(), Array("3").length, new Array(0).length);
console.log(Array.of(7).length, Array.of(1, 2, 3).join(), Array.of().length);
try { new Array(-1); } catch (e) { console.log(e.name, e.message); }
try { Array(1.5); } catch (e) { console.log(e.name, e.message); }
try { Array(4294967296); } catch (e) { console.log(e.name, e.message); }
console.log(Array(4294967295).length);
class MyArray extends Array { sum() { return this.reduce((a, b) => a + b, 0); } }
var m = new MyArray(1, 2, 3);
console.log(m.length, m.sum(), m instanceof MyArray, m instanceof Array, Array.isArray(m));
var e = MyArray.of(4, 5);
console.log(e instanceof MyArray, e.length, e.sum());
console.log(Array.length, Array.name, Array.prototype.map.length, Array.prototype.reduce.name);
// expect: 3 ,, 1,2 1 0
// expect: 1 1,2,3 0
// expect: RangeError Invalid array length
// expect: RangeError Invalid array length
// expect: RangeError Invalid array length
// expect: 4294967295
// expect: 3 6 true true true
// expect: true 2 9
// expect: 1 Array 1 reduce
