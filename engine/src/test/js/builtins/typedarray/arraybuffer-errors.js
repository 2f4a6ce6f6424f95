try { new ArrayBuffer(-1); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { ArrayBuffer(1); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { ArrayBuffer.prototype.slice.call({}); } catch (e) { console.log(e.constructor.name); }
new ArrayBuffer(Infinity);
// expect runtime error: RangeError: Invalid array buffer length
// expect: RangeError: Invalid array buffer length
// expect: TypeError: Constructor ArrayBuffer requires 'new'
// expect: TypeError
