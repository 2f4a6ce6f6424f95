// push onto a frozen array throws TypeError; node's message is
// "Cannot add property 2, object is not extensible". Piste says
// "Cannot assign to read only property '2' of object".
const fr = Object.freeze([1, 2]);
fr.push(3);
// expect runtime error: TypeError: Cannot add property 2, object is not extensible
