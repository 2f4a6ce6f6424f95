// Number.prototype.toLocaleString with the en-US locale groups thousands and
// rounds to 3 fraction digits. Real programs use it to format counts.
console.log((1234567.891).toLocaleString('en-US'));
console.log((1234.5).toLocaleString('en-US', { minimumFractionDigits: 2 }));
// expect: 1,234,567.891
// expect: 1,234.50
