const t = new Int8Array([3, -1, 4, 1, -5, 9]);
let log = [];
t.forEach((v, i, arr) => log.push(i + ':' + v + ':' + (arr === t)));
console.log(log.join(' '));
console.log(t.every(x => x < 10), t.some(x => x > 8), t.some(x => x > 9));
console.log(t.find(x => x < 0), t.findIndex(x => x < 0), t.findLast(x => x < 0), t.findLastIndex(x => x < 0), t.find(x => x > 100), t.findIndex(x => x > 100));
console.log(t.filter(x => x > 0).join(), t.filter(x => x > 0) instanceof Int8Array);
console.log(t.map(x => x * 100).join());
console.log(t.reduce((a, b) => a + b), t.reduceRight((a, b) => a + ',' + b, 'start'));
try { new Int8Array(0).reduce((a, b) => a); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { t.map(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(t.map(function () { return this.k; }, { k: 7 }).join());
// expect: 0:3:true 1:-1:true 2:4:true 3:1:true 4:-5:true 5:9:true
// expect: true true false
// expect: -1 1 -5 4 undefined -1
// expect: 3,4,1,9 true
// expect: 44,-100,-112,100,12,-124
// expect: 11 start,9,-5,1,4,-1,3
// expect: TypeError: Reduce of empty array with no initial value
// expect: TypeError: undefined is not a function
// expect: 7,7,7,7,7,7
