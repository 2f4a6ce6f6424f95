// break outside of a loop or switch.
if (true) {
  break;
}
// expect syntax error line 3
