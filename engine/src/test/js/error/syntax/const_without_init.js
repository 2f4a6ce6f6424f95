// const declarations require an initializer.
const c;
// expect syntax error line 2
