// In strict mode, assigning to an index of a primitive string throws
// TypeError "Cannot assign to read only property '0' of string 'abc'" in
// node. Piste says "Cannot create property '0' on string 'abc'".
'use strict';
const s = 'abc';
s[0] = 'x';
// expect runtime error: TypeError: Cannot assign to read only property '0' of string 'abc'
