// console.log of an array of more than 6 short non-numeric items groups them
// in columns; node pads each cell AFTER the ", " separator (padEnd of
// "'x', "), so the comma hugs the item. Piste pads the item first and puts the
// comma after the padding ("'x'     , ").
console.log(Array.from({ length: 8 }, (_, i) => 'x'.repeat(i % 4)));
// expect: [
// expect:   '',    'x',   'xx',
// expect:   'xxx', '',    'x',
// expect:   'xx',  'xxx'
// expect: ]
