// Referencing an undeclared private name.
class A {
  m() { return this.#nope; }
}
// expect syntax error line 3
