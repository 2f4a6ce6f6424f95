function floatLoop() { let x = 0.5, s = 0; for (let i = 0; i < 1000000; i++) { x = x * 1.0000001 + 0.25; s += x / (i + 1.5); } return Math.round(s); }
run("float_loop", floatLoop, 8);
