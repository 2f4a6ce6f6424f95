// A closure that references itself through an outer binding.
let fact = n => (n <= 1 ? 1 : n * fact(n - 1));
const saved = fact;
console.log(saved(10)); // expect: 3628800
fact = () => 0;
console.log(saved(5)); // expect: 0
const once = f => { let done = false, r; return (...a) => done ? r : (done = true, r = f(...a)); };
let n = 0;
const init = once(() => ++n);
init(); init();
console.log(n, init()); // expect: 1 1
