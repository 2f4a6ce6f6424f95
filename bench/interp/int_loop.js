function intLoop() { let s = 0; for (let i = 0; i < 3000000; i++) { s = (s + i * 7) | 0; s ^= i >> 3; } return s; }
run("int_loop", intLoop, 8);
