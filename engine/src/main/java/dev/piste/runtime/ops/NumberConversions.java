package dev.piste.runtime.ops;

/**
 * The numeric conversions of ECMA-262: Number to String (any radix), String to Number, the integer
 * conversions (ToInt32 and friends), array-index recognition, {@code %}, {@code **}, and the
 * formatting behind {@code toFixed}, {@code toExponential}, {@code toPrecision}, {@code parseInt}
 * and {@code parseFloat}. Every tier calls these; none may reimplement them.
 *
 * <p>Requirements for contributors:
 * <ol>
 *   <li><b>Value model.</b> A JavaScript number is a {@link Integer} when its value is an int32 and
 *       it is not -0, otherwise a {@link Double} (-0, NaN, ±Infinity, fractions, values outside
 *       int32). {@link #box(double)} is the one place that makes that choice; everything that
 *       produces a number from a double goes through it.</li>
 *   <li><b>Exactness.</b> Results must match the spec bit for bit, and where the spec leaves a choice
 *       (radix toString, parseInt with an odd radix) they match V8, because scripts observe it.
 *       {@code NumberNodeCrossCheckTest} compares against node on large random samples; run it
 *       after any change here.</li>
 *   <li><b>No state.</b> Static methods only; no caches that could be observed or raced.</li>
 *   <li><b>Errors are the caller's.</b> Nothing here throws a JavaScript error: range checks on
 *       digit counts and radixes (RangeError) happen in the builtins, and helpers that can fail
 *       return a sentinel (-1 or NaN), documented per method.</li>
 * </ol>
 * The algorithms live in package-private helpers: {@link ShortestDecimal} (shortest round-trip
 * digits), {@link RadixFormatting}, {@link PrecisionFormatting} and {@link NumberParsing}.
 */
public final class NumberConversions {
    /** 2^53 - 1: the largest length ToLength allows (Number.MAX_SAFE_INTEGER). */
    public static final double MAX_SAFE_INTEGER = 9007199254740991.0;
    /** 2^32 - 2: the largest array index (an array length is at most 2^32 - 1). */
    public static final long MAX_ARRAY_INDEX = 4294967294L;

    private static final double TWO_POW_32 = 4294967296.0;
    private static final double TWO_POW_53 = 9007199254740992.0;
    /** Below this magnitude a (long) cast is exact after truncation, which ToInt32 relies on. */
    private static final double TWO_POW_63 = 9.223372036854775807E18;
    private static final long NEGATIVE_ZERO_BITS = Double.doubleToRawLongBits(-0.0);

    private NumberConversions() {}

    // ---- Boxing ----

    /**
     * Canonical boxed form of a number: an {@link Integer} for int32 values other than -0, else a
     * {@link Double}. The cast-and-compare rejects NaN (casts to 0, compares unequal) and fractions;
     * the bit test separates -0 from +0 only when the int is 0.
     */
    public static Object box(double d) {
        int i = (int) d;
        if (i == d && (i != 0 || Double.doubleToRawLongBits(d) != NEGATIVE_ZERO_BITS)) return Integer.valueOf(i);
        return Double.valueOf(d);
    }

    // ---- Number to String ----

    public static String toString(int i) {
        return Integer.toString(i);
    }

    /** Number::toString(x) with radix 10 (ECMA-262 6.1.6.1.20). */
    public static String toString(double d) {
        // Integers below 2^53 print as themselves; this also turns -0 into "0".
        if (d == (long) d && Math.abs(d) < TWO_POW_53) return Long.toString((long) d);
        double magnitude = Math.abs(d);
        // For 1e-3 <= |d| < 1e7 the JDK prints plain decimal notation ("0.001", "-1234567.5") with
        // the same shortest digits (see ShortestDecimal); for non-integers that is exactly the
        // JavaScript layout, so the text can be returned as is. This is most fractions in practice.
        if (magnitude >= 1e-3 && magnitude < 1e7) return Double.toString(d);
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "Infinity" : "-Infinity";
        boolean negative = d < 0;
        ShortestDecimal decimal = ShortestDecimal.of(magnitude);
        String digits = decimal.digits;
        int k = digits.length();
        int n = decimal.pointPosition;
        StringBuilder out = new StringBuilder(k + 8);
        if (negative) out.append('-');
        if (k <= n && n <= 21) {
            out.append(digits);
            for (int i = k; i < n; i++) out.append('0');
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.");
            for (int i = n; i < 0; i++) out.append('0');
            out.append(digits);
        } else {
            out.append(digits.charAt(0));
            if (k > 1) out.append('.').append(digits, 1, k);
            int exponent = n - 1;
            out.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
        }
        return out.toString();
    }

    /** Number.prototype.toString(radix) for radix 2..36; the caller checks the range. */
    public static String toString(double d, int radix) {
        if (radix == 10) return toString(d);
        return RadixFormatting.toString(d, radix);
    }

    /** Number.prototype.toFixed; {@code fractionDigits} in 0..100 (checked by the caller). */
    public static String toFixed(double x, int fractionDigits) {
        return PrecisionFormatting.toFixed(x, fractionDigits);
    }

    /**
     * Number.prototype.toExponential; {@code fractionDigits} in 0..100, or -1 when the argument was
     * undefined (then as many digits as needed to identify the value).
     */
    public static String toExponential(double x, int fractionDigits) {
        return PrecisionFormatting.toExponential(x, fractionDigits);
    }

    /** Number.prototype.toPrecision with a defined precision in 1..100 (checked by the caller). */
    public static String toPrecision(double x, int precision) {
        return PrecisionFormatting.toPrecision(x, precision);
    }

    // ---- String to Number ----

    /** ToNumber applied to a String (StringToNumber): NaN when the string is not a numeric literal. */
    public static double stringToNumber(String s) {
        return NumberParsing.stringToNumber(s);
    }

    /** The global parseInt, with {@code radix} already converted by ToInt32. */
    public static double parseInt(String s, int radix) {
        return NumberParsing.parseInt(s, radix);
    }

    /** The global parseFloat on an already converted string. */
    public static double parseFloat(String s) {
        return NumberParsing.parseFloat(s);
    }

    /** WhiteSpace or LineTerminator, as trimmed by StringToNumber, parseInt and String.prototype.trim. */
    public static boolean isWhitespace(char c) {
        return NumberParsing.isWhitespace(c);
    }

    // ---- Integer conversions ----

    /** ToInt32: truncate, then wrap modulo 2^32 into [-2^31, 2^31); NaN and ±Infinity give 0. */
    public static int toInt32(double d) {
        int i = (int) d;
        if (i == d) return i; // the common case: already an int32 (also maps -0 to 0)
        if (Math.abs(d) < TWO_POW_63) return (int) (long) d; // (long) truncates; (int) keeps the low 32 bits
        if (Double.isNaN(d) || Double.isInfinite(d)) return 0;
        // Here |d| >= 2^63 is an integer and fmod is exact, so the remainder is d modulo 2^32.
        return (int) (long) (d % TWO_POW_32);
    }

    /** ToUint32, as a long in [0, 2^32). */
    public static long toUint32(double d) {
        return toInt32(d) & 0xFFFF_FFFFL;
    }

    /** ToUint16, in [0, 2^16); 2^16 divides 2^32, so it is the low half of ToInt32. */
    public static int toUint16(double d) {
        return toInt32(d) & 0xFFFF;
    }

    /** ToIntegerOrInfinity: NaN and -0 give +0, infinities stay, everything else truncates. */
    public static double toIntegerOrInfinity(double d) {
        if (Double.isNaN(d) || d == 0) return 0;
        if (Double.isInfinite(d)) return d;
        double truncated = d < 0 ? Math.ceil(d) : Math.floor(d);
        return truncated == 0 ? 0 : truncated; // Math.ceil(-0.5) is -0
    }

    /** ToLength: ToIntegerOrInfinity clamped to [0, 2^53 - 1]. */
    public static long toLength(double d) {
        double length = toIntegerOrInfinity(d);
        if (length <= 0) return 0;
        return (long) Math.min(length, MAX_SAFE_INTEGER);
    }

    /**
     * The numeric part of ToIndex: ToIntegerOrInfinity when it lies in [0, 2^53 - 1], else -1; the
     * caller throws the RangeError on -1.
     */
    public static double toIndex(double d) {
        double integer = toIntegerOrInfinity(d);
        if (integer < 0 || integer > MAX_SAFE_INTEGER) return -1;
        return integer;
    }

    // ---- Array indices and canonical numeric strings ----

    /**
     * The array index denoted by {@code s}, or -1. An array index is a canonical numeric string
     * (no sign, no leading zeros except "0" itself) whose value is at most 2^32 - 2.
     */
    public static long parseArrayIndex(String s) {
        int length = s.length();
        // "4294967294" has 10 digits: anything longer cannot be an index.
        if (length == 0 || length > 10) return -1;
        char first = s.charAt(0);
        if (first < '0' || first > '9' || (first == '0' && length > 1)) return -1;
        long value = first - '0';
        for (int i = 1; i < length; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            value = value * 10 + (c - '0');
        }
        return value <= MAX_ARRAY_INDEX ? value : -1;
    }

    public static boolean isArrayIndex(String s) {
        return parseArrayIndex(s) >= 0;
    }

    /**
     * Whether CanonicalNumericIndexString(s) is a number: {@code s} is "-0" or the exact output of
     * ToString(ToNumber(s)) (so "1", "1.5", "-1", "NaN", "Infinity", "1e+21" but not "01", "1.0").
     */
    public static boolean isCanonicalNumericString(String s) {
        if (s.equals("-0")) return true;
        if (s.isEmpty()) return false;
        char first = s.charAt(0);
        // Cheap rejection: every canonical string starts with a digit, '-', 'N' or 'I'.
        if (!((first >= '0' && first <= '9') || first == '-' || first == 'N' || first == 'I')) return false;
        if (s.equals("NaN")) return true;
        return toString(stringToNumber(s)).equals(s);
    }

    // ---- Arithmetic ----

    /**
     * The {@code %} operator. Java's double {@code %} is IEEE fmod-style truncating remainder, which
     * is exactly ECMA-262 Number::remainder: the result has the dividend's sign (so -1 % 1 is -0),
     * NaN for a NaN operand, an infinite dividend or a zero divisor, and the dividend itself for an
     * infinite divisor.
     */
    public static double remainder(double dividend, double divisor) {
        return dividend % divisor;
    }

    /**
     * The {@code **} operator (Number::exponentiate). It differs from C's pow in two places:
     * {@code (±1) ** ±Infinity} is NaN and {@code 1 ** NaN} is NaN. Those are checked explicitly;
     * the rest is {@link StrictMath#pow} (fdlibm), chosen over {@link Math#pow} because its result is
     * fixed by specification, so the interpreter, compiled code and constant folding can never
     * disagree, and because V8 also uses an fdlibm-derived pow: the two agree on all special values
     * and differ by one ulp on about 0.5% of random inputs (ECMA-262 calls the result
     * implementation-approximated), against about 2% for Math.pow.
     */
    public static double power(double base, double exponent) {
        if (Double.isNaN(exponent)) return Double.NaN;
        if (exponent == 0) return 1;
        if (Double.isInfinite(exponent) && Math.abs(base) == 1) return Double.NaN;
        return StrictMath.pow(base, exponent);
    }
}
