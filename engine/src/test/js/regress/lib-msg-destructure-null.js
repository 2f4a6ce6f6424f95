// Object-destructuring null/undefined: node's message names the property and
// the source expression: "Cannot destructure property 'a' of 'u' as it is
// undefined.". Piste says "Cannot destructure 'undefined' as it is
// undefined.".
let u;
const { a } = u;
// expect runtime error: TypeError: Cannot destructure property 'a' of 'u' as it is undefined.
