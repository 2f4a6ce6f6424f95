// Number.prototype.toLocaleString ignores its locale and options arguments in
// Piste: minimumFractionDigits/maximumFractionDigits, style 'percent' and
// 'currency', and non-English locales (de-DE uses '.' grouping and ','
// decimals) all print the plain en-US default. Real programs use these to
// format money and percentages.
console.log((1234.567).toLocaleString('en-US'));
console.log((1234.5).toLocaleString('en-US', { minimumFractionDigits: 2 }));
console.log((1234.5678).toLocaleString('en-US', { maximumFractionDigits: 1 }));
console.log((0.256).toLocaleString('en-US', { style: 'percent' }));
console.log((1234.5).toLocaleString('en-US', { style: 'currency', currency: 'USD' }));
console.log((1234.5).toLocaleString('de-DE'));
// expect: 1,234.567
// expect: 1,234.50
// expect: 1,234.6
// expect: 26%
// expect: $1,234.50
// expect: 1.234,5
