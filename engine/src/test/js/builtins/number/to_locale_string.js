console.log((1234567.891).toLocaleString(), (1000).toLocaleString(), (999).toLocaleString(), (-1234.5).toLocaleString());
console.log((0.1234).toLocaleString(), (1.0005).toLocaleString(), (NaN).toLocaleString(), (0).toLocaleString(), (-0).toLocaleString());
console.log((123456789012).toLocaleString(), (2.5).toLocaleString(), (1e21).toLocaleString(), (Infinity).toLocaleString());

// expect: 1,234,567.891 1,000 999 -1,234.5
// expect: 0.123 1.001 NaN 0 -0
// expect: 123,456,789,012 2.5 1,000,000,000,000,000,000,000 ∞
