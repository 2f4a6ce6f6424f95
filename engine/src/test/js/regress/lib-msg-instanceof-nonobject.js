// `x instanceof 5` throws TypeError "Right-hand side of 'instanceof' is not an
// object" in node (the right side is checked for being an object first).
// Piste says "Right-hand side of 'instanceof' is not callable".
({}) instanceof 5;
// expect runtime error: TypeError: Right-hand side of 'instanceof' is not an object
