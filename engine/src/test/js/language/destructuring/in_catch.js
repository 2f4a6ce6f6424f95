// Destructuring in catch parameters.
try { throw { code: 42, detail: { msg: "boom" } }; } catch ({ code, detail: { msg } }) { console.log(code, msg); } // expect: 42 boom
try { throw [1, 2]; } catch ([a, b]) { console.log(a + b); } // expect: 3
try { throw new Error("err msg"); } catch ({ message, name }) { console.log(name, message); } // expect: Error err msg
try { try { throw null; } catch ({ x }) { console.log("unreached"); } } catch (e) { console.log(e instanceof TypeError); } // expect: true
