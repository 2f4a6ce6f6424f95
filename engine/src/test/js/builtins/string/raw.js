console.log(String.raw`a\nb${1 + 1}c\t`, String.raw({ raw: ["x", "y", "z"] }, 1, 2, 3), String.raw({ raw: "abc" }, "-", "+"));
console.log(String.raw({ raw: [] }, 1) === "", String.raw`\u{41}`);
// expect: a\nb2c\t x1y2z a-b+c
// expect: true \u{41}
