// flags: --allow-natives-syntax
// skip-variants: no_ic (asserts cache states, which --no-ic never leaves uninitialized)
// A call site animal.makeSound() seen with Dog (monomorphic), then Cat (polymorphic), then eight more classes (megamorphic).
class Dog { makeSound() { return "woof"; } }
class Cat { makeSound() { return "meow"; } }
function speak(animal) { return animal.makeSound(); }
%PrepareFunctionForOptimization(speak);
console.log(%ICState(speak, 0), %ICState(speak, 1)); // expect: uninitialized uninitialized
speak(new Dog());
console.log(speak(new Dog()), %ICState(speak, 0), %ICState(speak, 1)); // expect: woof monomorphic monomorphic
console.log(speak(new Cat()), %ICState(speak, 0), %ICState(speak, 1)); // expect: meow polymorphic polymorphic
function makeClass(i) { return class { makeSound() { return "sound" + i; } }; }
const sounds = [];
for (let i = 0; i < 8; i++) { const C = makeClass(i); sounds.push(speak(new C())); }
console.log(sounds.join(","), %ICState(speak, 0), %ICState(speak, 1)); // expect: sound0,sound1,sound2,sound3,sound4,sound5,sound6,sound7 megamorphic megamorphic
// The megamorphic site still answers correctly for shapes it saw before and new ones.
console.log(speak(new Dog()), speak(new Cat()), speak(new (makeClass(9))())); // expect: woof meow sound9
