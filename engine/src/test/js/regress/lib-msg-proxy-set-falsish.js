// In strict code, a Proxy set trap returning false throws TypeError; node's
// message is "'set' on proxy: trap returned falsish for property 'x'". Piste
// reports "Cannot assign to read only property 'x' of object '#<Object>'",
// which misleadingly blames the target.
'use strict';
const p = new Proxy({}, { set() { return false; } });
p.x = 1;
// expect runtime error: TypeError: 'set' on proxy: trap returned falsish for property 'x'
