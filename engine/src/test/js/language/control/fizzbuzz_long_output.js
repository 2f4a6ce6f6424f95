// Long output (100 lines) checked via a sidecar .expected file.
for (var i = 1; i <= 100; i++) {
  console.log(i % 15 === 0 ? "FizzBuzz" : i % 3 === 0 ? "Fizz" : i % 5 === 0 ? "Buzz" : String(i));
}
