// await of non-promise values yields the value itself after one microtask tick.
var order = [];
async function f() {
  order.push("start");
  var a = await 1;
  order.push("a=" + a);
  var b = await "str";
  var c = await undefined;
  var d = await null;
  var o = { then: 5 };
  var e = await o;
  var fn = function () {};
  var g = await fn;
  order.push([b, c, d, e === o, g === fn].join());
  return "done";
}
f().then(v => { order.push(v); console.log(order.join(" | ")); });
order.push("sync after call");
queueMicrotask(() => order.push("microtask"));
// expect: start | sync after call | a=1 | microtask | str,,,true,true | done
