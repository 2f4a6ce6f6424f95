try { [].map(1); } catch (e) { console.log(e.name + ": " + e.message); }
try { [1].forEach(); } catch (e) { console.log(e.name + ": " + e.message); }
try { Array.prototype.push.call(null, 1); } catch (e) { console.log(e.name); }
try { [].sort(1); } catch (e) { console.log(e.name + ": " + e.message); }
try { new Array(-5); } catch (e) { console.log(e.name + ": " + e.message); }
// expect: TypeError: 1 is not a function
// expect: TypeError: undefined is not a function
// expect: TypeError
// expect: TypeError: The comparison function must be either a function or undefined
// expect: RangeError: Invalid array length
