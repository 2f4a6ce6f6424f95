function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
run("fib", () => fib(25), 8);
