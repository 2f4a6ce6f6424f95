// String.prototype.toLocaleLowerCase/UpperCase ignore the locale argument in
// Piste: Turkish lower-casing of 'I' gives dotless 'ı' in node, 'i' in Piste;
// Turkish upper-casing of 'i' gives 'İ'.
console.log('I'.toLocaleLowerCase('tr'), 'i'.toLocaleUpperCase('tr'));
// expect: ı İ
