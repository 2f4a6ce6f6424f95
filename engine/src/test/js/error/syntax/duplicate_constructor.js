// A class may only have one constructor.
class A {
  constructor() {}
  constructor(x) {}
}
// expect syntax error line 4
