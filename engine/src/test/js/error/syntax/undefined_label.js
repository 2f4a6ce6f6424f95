// break to a label that does not exist.
for (;;) {
  break nowhere;
}
// expect syntax error line 3
