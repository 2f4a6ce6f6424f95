package dev.piste.runtime.ops;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code Number.prototype.toFixed}, {@code toExponential} and {@code toPrecision}.
 *
 * <ol>
 *   <li>The spec picks the integer {@code n} that makes the printed decimal closest to the
 *       <em>exact</em> value of the double, ties to the larger {@code n}. So we round
 *       {@code new BigDecimal(x)} (the exact binary value) with {@link RoundingMode#HALF_UP}; never
 *       round the shortest decimal string, which is what makes {@code (1.005).toFixed(2)} give
 *       {@code "1.00"} (1.005 is really 1.00499999999999989...).</li>
 *   <li>The sign is split off first ({@code x < 0}), so -0 prints without a sign but a negative
 *       value that rounds to zero keeps it: {@code (-1e-7).toFixed(2)} is {@code "-0.00"}.</li>
 *   <li>Range checks on the digit counts (RangeError) are the caller's job; these methods
 *       assume {@code 0 <= digits <= 100} and {@code 1 <= precision <= 100}.</li>
 * </ol>
 */
final class PrecisionFormatting {
    private static final double TEN_POW_21 = 1e21;

    private PrecisionFormatting() {}

    static String toFixed(double x, int fractionDigits) {
        if (!(Math.abs(x) < TEN_POW_21)) return NumberConversions.toString(x); // NaN, ±Infinity, >= 1e21
        String sign = x < 0 ? "-" : "";
        return sign + new BigDecimal(Math.abs(x)).setScale(fractionDigits, RoundingMode.HALF_UP).toPlainString();
    }

    /** @param fractionDigits 0..100, or -1 for "as many digits as necessary" (argument undefined) */
    static String toExponential(double x, int fractionDigits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return NumberConversions.toString(x);
        String sign = x < 0 ? "-" : "";
        x = Math.abs(x);
        String digits;
        int exponent;
        if (x == 0) {
            digits = "0".repeat(Math.max(fractionDigits, 0) + 1);
            exponent = 0;
        } else if (fractionDigits < 0) {
            ShortestDecimal shortest = ShortestDecimal.of(x);
            digits = shortest.digits;
            exponent = shortest.pointPosition - 1;
        } else {
            RoundedDigits rounded = RoundedDigits.of(x, fractionDigits + 1);
            digits = rounded.digits;
            exponent = rounded.exponent;
        }
        return sign + exponential(digits, exponent);
    }

    static String toPrecision(double x, int precision) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return NumberConversions.toString(x);
        String sign = x < 0 ? "-" : "";
        x = Math.abs(x);
        String digits;
        int exponent;
        if (x == 0) {
            digits = "0".repeat(precision);
            exponent = 0;
        } else {
            RoundedDigits rounded = RoundedDigits.of(x, precision);
            digits = rounded.digits;
            exponent = rounded.exponent;
        }
        if (exponent < -6 || exponent >= precision) return sign + exponential(digits, exponent);
        if (exponent == precision - 1) return sign + digits;
        if (exponent >= 0) return sign + digits.substring(0, exponent + 1) + '.' + digits.substring(exponent + 1);
        return sign + "0." + "0".repeat(-(exponent + 1)) + digits;
    }

    /** {@code d[.ddd]e±x}: the layout shared by toExponential and toPrecision. */
    private static String exponential(String digits, int exponent) {
        StringBuilder out = new StringBuilder(digits.length() + 6);
        out.append(digits.charAt(0));
        if (digits.length() > 1) out.append('.').append(digits, 1, digits.length());
        out.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
        return out.toString();
    }

    /**
     * Exactly {@code count} significant digits of a positive double, rounded half up from its
     * exact binary value, with {@code exponent} the power of ten of the first digit.
     */
    private record RoundedDigits(String digits, int exponent) {
        static RoundedDigits of(double x, int count) {
            BigDecimal rounded = new BigDecimal(x).round(new MathContext(count, RoundingMode.HALF_UP));
            String unscaled = rounded.unscaledValue().toString();
            int exponent = unscaled.length() - 1 - rounded.scale();
            // round() never adds digits, so an exact short value ("1.5" for 4 digits) is padded here.
            if (unscaled.length() < count) unscaled = unscaled + "0".repeat(count - unscaled.length());
            else if (unscaled.length() > count) unscaled = unscaled.substring(0, count); // only zeros dropped
            return new RoundedDigits(unscaled, exponent);
        }
    }
}
