const wm = new WeakMap();
console.log('before');
wm.set('not an object', 1);
console.log('not reached');
// expect runtime error: TypeError: Invalid value used as weak map key

// expect: before
