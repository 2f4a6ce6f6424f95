// The most common, stable error messages.
try { null.foo; } catch (e) { console.log(e.message); } // expect: Cannot read properties of null (reading 'foo')
try { undefined.bar; } catch (e) { console.log(e.message); } // expect: Cannot read properties of undefined (reading 'bar')
try { missingThing; } catch (e) { console.log(e.message); } // expect: missingThing is not defined
try { var notFn = 1; notFn(); } catch (e) { console.log(e.message); } // expect: notFn is not a function
