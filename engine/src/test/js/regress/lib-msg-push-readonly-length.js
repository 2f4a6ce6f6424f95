// push onto an array whose length is non-writable throws TypeError; node's
// message is "Cannot assign to read only property 'length' of object
// '[object Array]'". Piste says "Cannot assign to read only property '3' of
// object" (wrong property, and the object description is cut off).
const b = [1, 2, 3];
Object.defineProperty(b, 'length', { writable: false });
b.push(4);
// expect runtime error: TypeError: Cannot assign to read only property 'length' of object '[object Array]'
