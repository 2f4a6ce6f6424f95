const frozen = Object.freeze({ k: 1 });
const lying = new Proxy(frozen, { get() { return 2; } });
try { lying.k; } catch (e) { console.log(e.constructor.name, e.message); }
const t = {};
Object.defineProperty(t, 'fixed', { value: 1, configurable: false });
const hider = new Proxy(t, { has() { return false; } });
try { 'fixed' in hider; } catch (e) { console.log(e.constructor.name, e.message); }
const keysLiar = new Proxy(t, { ownKeys() { return []; } });
try { Object.keys(keysLiar); } catch (e) { console.log(e.constructor.name, e.message); }
const dup = new Proxy({}, { ownKeys() { return ['a', 'a']; } });
try { Reflect.ownKeys(dup); } catch (e) { console.log(e.constructor.name, e.message); }
const badKey = new Proxy({}, { ownKeys() { return [1]; } });
try { Reflect.ownKeys(badKey); } catch (e) { console.log(e.constructor.name, e.message); }
const ne = Object.preventExtensions({ a: 1 });
const extLiar = new Proxy(ne, { isExtensible() { return true; } });
try { Object.isExtensible(extLiar); } catch (e) { console.log(e.constructor.name, e.message); }
const protoLiar = new Proxy(ne, { getPrototypeOf() { return {}; } });
try { Object.getPrototypeOf(protoLiar); } catch (e) { console.log(e.constructor.name, e.message); }
const delLiar = new Proxy(t, { deleteProperty() { return true; } });
try { delete delLiar.fixed; } catch (e) { console.log(e.constructor.name, e.message); }
const setLiar = new Proxy(frozen, { set() { return true; } });
try { setLiar.k = 5; } catch (e) { console.log(e.constructor.name, e.message); }
const falseSet = new Proxy({}, { set() { return false; } });
falseSet.x = 1;
console.log('sloppy false set ok');
(function () { 'use strict'; try { falseSet.x = 1; } catch (e) { console.log(e.constructor.name); } })();
const gopdLiar = new Proxy({}, { getOwnPropertyDescriptor() { return { value: 1, configurable: false }; } });
try { Object.getOwnPropertyDescriptor(gopdLiar, 'x'); } catch (e) { console.log(e.constructor.name, e.message); }

// expect: TypeError 'get' on proxy: property 'k' is a read-only and non-configurable data property on the proxy target but the proxy did not return its actual value (expected '1' but got '2')
// expect: TypeError 'has' on proxy: trap returned falsish for property 'fixed' which exists in the proxy target as non-configurable
// expect: TypeError 'ownKeys' on proxy: trap result did not include 'fixed'
// expect: TypeError 'ownKeys' on proxy: trap returned duplicate entries
// expect: TypeError 1 is not a valid property name
// expect: TypeError 'isExtensible' on proxy: trap result does not reflect extensibility of proxy target (which is 'false')
// expect: TypeError 'getPrototypeOf' on proxy: proxy target is non-extensible but the trap did not return its actual prototype
// expect: TypeError 'deleteProperty' on proxy: trap returned truish for property 'fixed' which is non-configurable in the proxy target
// expect: TypeError 'set' on proxy: trap returned truish for property 'k' which exists in the proxy target as a non-configurable and non-writable data property with a different value
// expect: sloppy false set ok
// expect: TypeError
// expect: TypeError 'getOwnPropertyDescriptor' on proxy: trap reported non-configurability for property 'x' which is either non-existent or configurable in the proxy target
