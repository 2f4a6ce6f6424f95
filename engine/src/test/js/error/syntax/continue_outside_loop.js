// continue outside of a loop.
switch (1) { case 1: continue; }
// expect syntax error line 2
