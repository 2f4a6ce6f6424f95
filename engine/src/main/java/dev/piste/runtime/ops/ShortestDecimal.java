package dev.piste.runtime.ops;

import java.math.BigDecimal;

/**
 * The shortest decimal that rounds back to a given positive finite double: the digits {@code s} and
 * the point position {@code n} of ECMA-262 Number::toString step 5, so that the value is
 * {@code 0.d1d2...dk × 10^n}.
 *
 * <p>How the digits are found, and why it is correct:
 * <ol>
 *   <li>Since JDK 19, {@link Double#toString(double)} implements Giulietti's Schubfach algorithm:
 *       among all decimals that round to {@code v} it picks one of minimal length {@code m},
 *       closest to {@code v}, ties to an even last digit. That is exactly what ECMA-262 asks for,
 *       so we only parse its text and re-lay it out.</li>
 *   <li>One exception: when {@code m == 1} the JDK deliberately picks the closest <em>two</em>-digit
 *       decimal (so that {@code Double.MIN_VALUE} prints as {@code 4.9E-324}, whereas JavaScript
 *       wants {@code 5e-324}). For a normal double the rounding interval is about 1e-16 wide
 *       relative to {@code v}, so a one-digit decimal inside it is {@code v}'s closest two-digit
 *       decimal with a trailing zero, and stripping zeros already gives the right answer. Only
 *       subnormals are imprecise enough to need the one-digit search in {@link #fixSubnormal}.</li>
 *   <li>Never depend on this class for non-positive or non-finite input; callers handle the
 *       sign, zero, NaN and the infinities.</li>
 * </ol>
 * If a future JDK changed {@code Double.toString}, the node cross-check test would catch it.
 */
final class ShortestDecimal {
    /** The significant digits, no leading or trailing zeros; at least one digit. */
    final String digits;
    /** The point position {@code n}: the value is {@code 0.digits × 10^n}. */
    final int pointPosition;

    private ShortestDecimal(String digits, int pointPosition) {
        this.digits = digits;
        this.pointPosition = pointPosition;
    }

    /** @param v a positive finite double */
    static ShortestDecimal of(double v) {
        String text = Double.toString(v);
        int length = text.length();
        int exponentIndex = text.indexOf('E');
        int mantissaEnd = exponentIndex < 0 ? length : exponentIndex;
        int exponent = exponentIndex < 0 ? 0 : Integer.parseInt(text, exponentIndex + 1, length, 10);
        // The JDK always writes a '.' in the mantissa ("1.0E10", "0.001", "123.45").
        int dot = text.indexOf('.');
        char[] digits = new char[mantissaEnd];
        int count = 0;
        int pointPosition = dot + exponent;
        for (int i = 0; i < mantissaEnd; i++) {
            char c = text.charAt(i);
            if (c == '.') continue;
            if (count == 0 && c == '0') {
                // Dropping a leading zero, before or after the '.', shifts every digit one place.
                pointPosition--;
                continue;
            }
            digits[count++] = c;
        }
        while (digits[count - 1] == '0') count--;
        int end = count;
        String significant = new String(digits, 0, end);
        if (end == 2 && v < Double.MIN_NORMAL) return fixSubnormal(v, significant, pointPosition);
        return new ShortestDecimal(significant, pointPosition);
    }

    /**
     * The JDK's two-digit answer for a subnormal may hide a one-digit decimal that also rounds to
     * {@code v}; the candidates are the first digit and the first digit plus one.
     */
    private static ShortestDecimal fixSubnormal(double v, String twoDigits, int pointPosition) {
        int first = twoDigits.charAt(0) - '0';
        ShortestDecimal down = new ShortestDecimal(Integer.toString(first), pointPosition);
        ShortestDecimal up = first == 9 ? new ShortestDecimal("1", pointPosition + 1)
                : new ShortestDecimal(Integer.toString(first + 1), pointPosition);
        boolean downWorks = down.toDouble() == v;
        boolean upWorks = up.toDouble() == v;
        if (downWorks && upWorks) {
            BigDecimal exact = new BigDecimal(v);
            int cmp = down.toBigDecimal().subtract(exact).abs().compareTo(up.toBigDecimal().subtract(exact).abs());
            if (cmp < 0) return down;
            if (cmp > 0) return up;
            return first % 2 == 0 ? down : up;
        }
        if (downWorks) return down;
        if (upWorks) return up;
        return new ShortestDecimal(twoDigits, pointPosition);
    }

    private double toDouble() {
        return Double.parseDouble(digits + "E" + (pointPosition - digits.length()));
    }

    private BigDecimal toBigDecimal() {
        return new BigDecimal(digits + "E" + (pointPosition - digits.length()));
    }

    @Override public String toString() { return "0." + digits + "e" + pointPosition; }
}
