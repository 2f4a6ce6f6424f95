// The Intl global is missing in Piste (ReferenceError: Intl is not defined).
// Programs commonly use Intl.Collator / Intl.NumberFormat with an explicit
// 'en-US' locale for sorting and formatting.
console.log(typeof Intl);
console.log(['b', 'a', 'C', 'A'].sort(new Intl.Collator('en').compare));
console.log(new Intl.NumberFormat('en-US').format(1234567.891));
// expect: object
// expect: [ 'a', 'A', 'b', 'C' ]
// expect: 1,234,567.891
