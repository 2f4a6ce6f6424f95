// A label cannot be nested inside a label with the same name.
outer: for (;;) {
  outer: for (;;) { break outer; }
}
// expect syntax error line 3
