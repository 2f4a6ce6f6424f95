console.log(JSON.parse('1'), JSON.parse('-0.5e2'), JSON.parse('"a\\u0041\\n"'), JSON.parse('true'), JSON.parse('null'), JSON.parse(' [1, "2", {"a": null}] ')[2].a);
const o = JSON.parse('{"b": 1, "a": 2, "1": 3, "b": 4}');
console.log(JSON.stringify(o), Object.keys(o).length);
const p = JSON.parse('{"__proto__": {"x": 1}}');
console.log(Object.getPrototypeOf(p) === Object.prototype, Object.keys(p)[0], p.x);
console.log(Object.is(JSON.parse('-0'), -0), JSON.parse('1E400'), JSON.parse('123456789012345678901234567890'));
console.log(JSON.parse('"\\ud83d\\ude00"').length, JSON.parse('"\\/"'), JSON.parse(' \t\n\r1'));
console.log(JSON.parse(1), JSON.parse(true), JSON.parse(null), JSON.parse(new Number(5)));

// expect: 1 -50 aA
// expect:  true null null
// expect: {"1":3,"b":4,"a":2} 3
// expect: true __proto__ undefined
// expect: true Infinity 1.2345678901234568e+29
// expect: 2 / 1
// expect: 1 true null 5
