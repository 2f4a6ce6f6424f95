// A class field cannot be named constructor.
class A {
  constructor = 1;
}
// expect syntax error line 3
