// A Proxy construct trap that returns a primitive throws TypeError; node's
// message is "'construct' on proxy: trap returned non-object ('1')". Piste
// says "proxy [[Construct]] must return an object".
const P = new Proxy(function () {}, { construct() { return 1; } });
new P();
// expect runtime error: TypeError: 'construct' on proxy: trap returned non-object ('1')
