// yield expressions are not allowed in generator parameters.
function* g(x = yield) {}
// expect syntax error line 2
