// V8 computes Math.sin/cos/tan/exp/log/log2/log10/cosh/acosh/cbrt with fdlibm
// ports (ieee754::*), so results are reproducible bit-for-bit. Piste's results
// differ in the last bit for many ordinary inputs (it appears to use
// java.lang.Math intrinsics rather than StrictMath/fdlibm; log2 looks like
// log(x)/LN2), so printed numbers differ from node in the last digit.
console.log(Math.cos(0.1));
console.log(Math.sin(0.690792));
console.log(Math.tan(7));
console.log(Math.exp(2.620616));
console.log(Math.log(3));
console.log(Math.log10(0.75));
console.log(Math.log2(3), Math.log2(10));
console.log(Math.cosh(1));
console.log(Math.acosh(3));
console.log(Math.cbrt(2.692493));
// expect: 0.9950041652780257
// expect: 0.6371478093635683
// expect: 0.8714479827243187
// expect: 13.744187397392889
// expect: 1.0986122886681096
// expect: -0.12493873660829993
// expect: 1.584962500721156 3.321928094887362
// expect: 1.5430806348152437
// expect: 1.7627471740390859
// expect: 1.3911849185726752
