// super() call in a constructor of a class without extends.
class A {
  constructor() { super(); }
}
// expect syntax error line 3
