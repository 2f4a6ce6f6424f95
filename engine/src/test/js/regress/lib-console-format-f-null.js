// console.log's %f specifier converts with parseFloat, so null gives NaN (and
// so does an empty array). Piste gives 0 for null (Number(null)).
console.log('%f', null);
console.log('%f %f', [], '');
// expect: NaN
// expect: NaN NaN
