const a = {}, b = {};
console.log(Object.setPrototypeOf(a, b) === a, Object.getPrototypeOf(a) === b);
try { Object.setPrototypeOf(b, a); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.setPrototypeOf(Object.preventExtensions({}), {}); } catch (e) { console.log(e.constructor.name, e.message); }
const ne = Object.preventExtensions({});
console.log(Object.setPrototypeOf(ne, Object.prototype) === ne);
console.log(Object.setPrototypeOf(1, null), Object.getPrototypeOf(1) === Number.prototype);
try { Object.setPrototypeOf(undefined, null); } catch (e) { console.log(e.message); }
try { Object.setPrototypeOf({}, 1); } catch (e) { console.log(e.message); }
try { Object.getPrototypeOf(null); } catch (e) { console.log(e.message); }
console.log(Object.getPrototypeOf(Object.setPrototypeOf({}, null)));

// expect: true true
// expect: TypeError Cyclic __proto__ value
// expect: TypeError #<Object> is not extensible
// expect: true
// expect: 1 true
// expect: Object.setPrototypeOf called on null or undefined
// expect: Object prototype may only be an Object or null: 1
// expect: Cannot convert undefined or null to object
// expect: null
