// Object.defineProperty adding a new property to a non-extensible object
// throws TypeError; node's message is "Cannot define property z, object is
// not extensible". Piste says "Cannot redefine property: z" (the message for
// a non-configurable existing property).
Object.defineProperty(Object.preventExtensions({}), 'z', { value: 2 });
// expect runtime error: TypeError: Cannot define property z, object is not extensible
