package dev.piste.runtime.ops;

import java.math.BigInteger;

/**
 * String to number: ToNumber on strings (StringToNumber), {@code parseInt} and {@code parseFloat}.
 *
 * <ol>
 *   <li>Every decimal result is produced by {@link Double#parseDouble} on a string this class has
 *       already validated against the ECMAScript grammar, so it is correctly rounded. Java's parser
 *       accepts more ("1d", "0x1p3", "NaN", surrounding blanks); never hand it an unvalidated
 *       string.</li>
 *   <li>Binary, octal and hex digits are rounded exactly (round half to even), as both the spec
 *       (StringToNumber) and V8 (parseInt with radix 2, 4, 8, 16, 32) do.</li>
 *   <li>parseInt with any other radix except 10 may be approximate (ECMA-262 19.2.5 note); we
 *       accumulate exactly like V8 does, in chunks whose multiplier fits 32 bits, so large
 *       results agree with node to the last bit.</li>
 * </ol>
 */
final class NumberParsing {
    /** Largest chunk multiplier: the next multiplication by any radix (up to 36) must fit 32 bits. */
    private static final long MAX_CHUNK_MULTIPLIER = 0xFFFF_FFFFL / 36;

    private NumberParsing() {}

    /** ECMAScript WhiteSpace or LineTerminator (the StrWhiteSpaceChar set). */
    static boolean isWhitespace(char c) {
        if (c <= ' ') return c == ' ' || (c >= '\t' && c <= '\r');
        if (c < '\u00A0') return false;
        return c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028'
                || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
    }

    static double stringToNumber(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isWhitespace(s.charAt(start))) start++;
        while (end > start && isWhitespace(s.charAt(end - 1))) end--;
        if (start == end) return 0;

        char first = s.charAt(start);
        if (first == '0' && end - start > 2) {
            int radix = switch (s.charAt(start + 1)) {
                case 'x', 'X' -> 16;
                case 'o', 'O' -> 8;
                case 'b', 'B' -> 2;
                default -> 0;
            };
            if (radix != 0) {
                int digitsEnd = scanDigits(s, start + 2, end, radix);
                return digitsEnd == end ? powerOfTwoRadixValue(s, start + 2, end, radix) : Double.NaN;
            }
        }
        // Fast path: a short run of decimal digits is exact in a long and in a double.
        if (end - start <= 15 && first >= '0' && first <= '9') {
            long value = 0;
            int i = start;
            while (i < end) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') break;
                value = value * 10 + (c - '0');
                i++;
            }
            if (i == end) return value;
        }
        int literalEnd = scanDecimalLiteral(s, start, end);
        if (literalEnd != end) return Double.NaN;
        return decimalValue(s, start, end);
    }

    static double parseFloat(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isWhitespace(s.charAt(start))) start++;
        int literalEnd = scanDecimalLiteral(s, start, end);
        return literalEnd < 0 ? Double.NaN : decimalValue(s, start, literalEnd);
    }

    /** @param radix the result of ToInt32 on the radix argument */
    static double parseInt(String s, int radix) {
        int i = 0;
        int end = s.length();
        while (i < end && isWhitespace(s.charAt(i))) i++;
        boolean negative = false;
        if (i < end && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        boolean stripPrefix = true;
        if (radix != 0) {
            if (radix < 2 || radix > 36) return Double.NaN;
            stripPrefix = radix == 16;
        } else {
            radix = 10;
        }
        if (stripPrefix && i + 1 < end && s.charAt(i) == '0' && (s.charAt(i + 1) | 0x20) == 'x') {
            i += 2;
            radix = 16;
        }
        int digitsEnd = scanDigits(s, i, end, radix);
        if (digitsEnd == i) return Double.NaN;
        double magnitude;
        if (radix == 10) magnitude = decimalValue(s, i, digitsEnd);
        else if ((radix & (radix - 1)) == 0) magnitude = powerOfTwoRadixValue(s, i, digitsEnd, radix);
        else magnitude = chunkedValue(s, i, digitsEnd, radix);
        return negative ? -magnitude : magnitude;
    }

    /** The end of the run of digits valid in {@code radix} starting at {@code i}. */
    private static int scanDigits(String s, int i, int end, int radix) {
        while (i < end && s.charAt(i) < 128 && Character.digit(s.charAt(i), radix) >= 0) i++;
        return i;
    }

    /**
     * The end of the longest prefix of {@code s[start, end)} that is a StrDecimalLiteral (with sign
     * and {@code Infinity}), or -1 when there is none. An exponent marker without digits is not part
     * of the literal, so "1e" and "1.5e+" end before the 'e'.
     */
    private static int scanDecimalLiteral(String s, int start, int end) {
        int i = start;
        if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
        if (s.startsWith("Infinity", i)) return i + 8;
        int mantissaDigits = 0;
        while (i < end && isDecimalDigit(s.charAt(i))) { i++; mantissaDigits++; }
        if (i < end && s.charAt(i) == '.') {
            i++;
            while (i < end && isDecimalDigit(s.charAt(i))) { i++; mantissaDigits++; }
        }
        if (mantissaDigits == 0) return -1;
        if (i < end && (s.charAt(i) | 0x20) == 'e') {
            int j = i + 1;
            if (j < end && (s.charAt(j) == '+' || s.charAt(j) == '-')) j++;
            int exponentStart = j;
            while (j < end && isDecimalDigit(s.charAt(j))) j++;
            if (j > exponentStart) i = j;
        }
        return i;
    }

    private static boolean isDecimalDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The value of a validated decimal literal (sign and Infinity allowed). */
    private static double decimalValue(String s, int start, int end) {
        char last = s.charAt(end - 1);
        if (last == 'y') return s.charAt(start) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        return Double.parseDouble(s.substring(start, end));
    }

    /** Correctly rounded value of digits in radix 2, 4, 8, 16 or 32. */
    private static double powerOfTwoRadixValue(String s, int start, int end, int radix) {
        int bitsPerDigit = Integer.numberOfTrailingZeros(radix);
        if ((end - start) * bitsPerDigit <= 63) {
            long value = 0;
            for (int i = start; i < end; i++) value = value * radix + Character.digit(s.charAt(i), radix);
            return value; // long to double conversion rounds to nearest even
        }
        return new BigInteger(s.substring(start, end), radix).doubleValue(); // also correctly rounded
    }

    /** V8-compatible approximate accumulation for radixes that are neither 10 nor a power of two. */
    private static double chunkedValue(String s, int start, int end, int radix) {
        double result = 0;
        int i = start;
        // Leading zeros must not take up room in the first chunk: V8 skips them, and the chunk
        // boundaries decide how the double rounds.
        while (i < end && s.charAt(i) == '0') i++;
        while (i < end) {
            long part = 0;
            long multiplier = 1;
            while (i < end) {
                long nextMultiplier = multiplier * radix;
                if (nextMultiplier > MAX_CHUNK_MULTIPLIER) break;
                part = part * radix + Character.digit(s.charAt(i), radix);
                multiplier = nextMultiplier;
                i++;
            }
            result = result * multiplier + part;
        }
        return result;
    }
}
