console.log(parseInt('42px'), parseInt('  -17'), parseInt('0x1A'), parseInt('1A', 16), parseInt('z', 36), parseInt('101', 2));
console.log(parseInt(''), parseInt('abc'), parseInt('12', 1), parseInt('12', 37), parseInt('08'), parseInt('1e3'), parseInt(0.0000005));
console.log(parseInt('-0'), Object.is(parseInt('-0'), -0), parseInt('9007199254740993'), parseInt(null, 36), parseInt('  +8 '));
console.log(parseFloat('3.14abc'), parseFloat('.5'), parseFloat('-.5e2'), parseFloat('Infinityx'), parseFloat('e5'), parseFloat('  1e-2 '));
console.log(parseFloat('0x10'), parseFloat('1.2.3'), parseFloat(''), parseFloat('-0'), Object.is(parseFloat('-0'), -0));
console.log(parseInt.length, parseFloat.length, parseInt.name);

// expect: 42 -17 26 26 35 5
// expect: NaN NaN NaN NaN 8 1 5
// expect: -0 true 9007199254740992 1112745 8
// expect: 3.14 0.5 -50 Infinity NaN 0.01
// expect: 0 1.2 NaN -0 true
// expect: 2 1 parseInt
