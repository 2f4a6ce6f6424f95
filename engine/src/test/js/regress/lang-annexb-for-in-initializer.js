// Annex B.3.5: in sloppy mode `for (var x = init in obj)` is allowed and the
// initializer is evaluated (and assigned) before the object expression, even when
// the loop body never runs. Piste accepts the syntax but skips the initializer.
var log = [];
for (var i = (log.push('init'), 5) in (log.push('obj'), {})) {}
console.log(i);
console.log(log.join(','));
// expect: 5
// expect: init,obj
