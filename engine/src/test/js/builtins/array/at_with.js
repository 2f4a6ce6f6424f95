var a = [10, 20, 30];
console.log(a.at(0), a.at(-1), a.at(3), a.at(-4), a.at(1.9), a.at("1"), a.at());
console.log(a.with(1, 99).join(), a.join(), a.with(-1, 0).join());
try { a.with(3, 1); } catch (e) { console.log(e.name); }
try { a.with(-4, 1); } catch (e) { console.log(e.name); }
var h = [1, , 3].with(0, 0);
console.log(h.length, 1 in h, h[1]);
// expect: 10 30 undefined undefined 20 20 10
// expect: 10,99,30 10,20,30 10,20,0
// expect: RangeError
// expect: RangeError
// expect: 3 true undefined
