// console.log quotes object keys that are not plain identifiers of the form
// /^[a-zA-Z_][a-zA-Z_0-9]*$/ -- in particular keys starting with '$' (e.g.
// MongoDB-style { $set: ... }) and non-ASCII keys are printed quoted. Piste
// prints $set unquoted.
console.log({ $set: { a: 1 }, _ok: 2, é: 3 });
// expect: { '$set': { a: 1 }, _ok: 2, 'é': 3 }
