// clearTimeout cancels pending timers (even from another timer); clearing unknown or fired ids is harmless.
var out = [];
var a = setTimeout(() => out.push("a"), 5);
var b = setTimeout(() => out.push("b"), 30);
var c = setTimeout(() => out.push("c"), 50);
clearTimeout(a);
setTimeout(() => { out.push("canceller"); clearTimeout(c); }, 40);
clearTimeout(undefined);
clearTimeout(null);
clearTimeout(123456);
var fired = setTimeout(() => out.push("fired"), 5);
setTimeout(() => { clearTimeout(fired); out.push("cleared fired timer"); }, 15);
var self = setTimeout(() => { out.push("self"); clearTimeout(self); }, 10);
setTimeout(() => console.log(out.join(" ")), 80); // expect: fired self cleared fired timer b canceller
var zero = setTimeout(() => console.log("zero delay cancelled"), 0);
Promise.resolve().then(() => clearTimeout(zero));
