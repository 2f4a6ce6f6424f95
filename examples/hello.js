// A small tour: classes, closures, generators, destructuring and promises.
class Greeter {
  #greeting;
  constructor(greeting) { this.#greeting = greeting; }
  greet(name) { return `${this.#greeting}, ${name}!`; }
}

function* fibonacci() {
  let [a, b] = [0, 1];
  while (true) { yield a; [a, b] = [b, a + b]; }
}

const greeter = new Greeter("Hello");
console.log(greeter.greet("Piste"));

const first = [];
for (const n of fibonacci()) {
  if (n > 100) break;
  first.push(n);
}
console.log("Fibonacci:", first.join(" "));

async function later(value, ms) {
  await new Promise((resolve) => setTimeout(resolve, ms));
  return value;
}
later("done", 10).then((v) => console.log("async", v));
