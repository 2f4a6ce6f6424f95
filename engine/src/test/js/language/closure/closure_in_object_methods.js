// Closures used as private state behind object methods (module pattern).
var bank = (function () {
  var balance = 0;
  function log(op) { history.push(op + ":" + balance); }
  var history = [];
  return {
    deposit(n) { balance += n; log("d"); return this; },
    withdraw(n) { if (n > balance) throw new RangeError("insufficient"); balance -= n; log("w"); return this; },
    history: () => history.join(" ")
  };
})();
bank.deposit(100).withdraw(30);
try { bank.withdraw(1000); } catch (e) { console.log(e.message); } // expect: insufficient
console.log(bank.history()); // expect: d:100 w:70
console.log(bank.balance); // expect: undefined
