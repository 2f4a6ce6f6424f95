package dev.piste.runtime.ops;

import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.values.JsSymbol;

import java.math.BigInteger;

/**
 * BigInt semantics. A BigInt value is a {@link BigInteger}. Mixing BigInt and Number in arithmetic is
 * a TypeError; comparisons and loose equality between them are mathematical.
 */
public final class BigIntOps {
    private BigIntOps() {}

    /** Applies a binary arithmetic or bitwise operator to two numeric values, at least one a BigInt. */
    static Object binary(String op, Object a, Object b) {
        if (!(a instanceof BigInteger x) || !(b instanceof BigInteger y)) {
            throw JsException.typeError("Cannot mix BigInt and other types, use explicit conversions");
        }
        return switch (op) {
            case "+" -> x.add(y);
            case "-" -> x.subtract(y);
            case "*" -> x.multiply(y);
            case "/" -> {
                if (y.signum() == 0) throw JsException.rangeError("Division by zero");
                yield x.divide(y);
            }
            case "%" -> {
                if (y.signum() == 0) throw JsException.rangeError("Division by zero");
                yield x.remainder(y);
            }
            case "**" -> {
                if (y.signum() < 0) throw JsException.rangeError("Exponent must be non-negative");
                if (y.bitLength() > 31) {
                    if (x.abs().compareTo(BigInteger.ONE) <= 0) yield x.signum() == 0 ? BigInteger.ZERO : x.signum() > 0 || !y.testBit(0) ? BigInteger.ONE : x;
                    throw JsException.rangeError("Maximum BigInt size exceeded");
                }
                yield checkSize(x.pow(y.intValue()));
            }
            case "&" -> x.and(y);
            case "|" -> x.or(y);
            case "^" -> x.xor(y);
            case "<<" -> shiftLeft(x, y);
            case ">>" -> shiftLeft(x, y.negate());
            case ">>>" -> throw JsException.typeError("BigInts have no unsigned right shift, use >> instead");
            default -> throw new IllegalArgumentException(op);
        };
    }

    private static BigInteger shiftLeft(BigInteger x, BigInteger n) {
        if (n.bitLength() > 31) {
            if (n.signum() < 0) return x.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO;
            if (x.signum() == 0) return x;
            throw JsException.rangeError("Maximum BigInt size exceeded");
        }
        int s = n.intValue();
        return s >= 0 ? checkSize(x.shiftLeft(s)) : x.shiftRight(-s);
    }

    private static BigInteger checkSize(BigInteger v) {
        if (v.bitLength() > (1 << 30)) throw JsException.rangeError("Maximum BigInt size exceeded");
        return v;
    }

    /** StringToBigInt, or null when the string is not a valid BigInt literal. */
    public static BigInteger parse(String s) {
        String t = s.strip();
        int i = 0;
        while (i < t.length() && NumberConversions.isWhitespace(t.charAt(i))) i++;
        int j = t.length();
        while (j > i && NumberConversions.isWhitespace(t.charAt(j - 1))) j--;
        t = t.substring(i, j);
        if (t.isEmpty()) return BigInteger.ZERO;
        try {
            if (t.length() > 2 && t.charAt(0) == '0') {
                char p = (char) (t.charAt(1) | 0x20);
                int radix = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
                if (radix != 0) {
                    String digits = t.substring(2);
                    if (digits.isEmpty() || digits.charAt(0) == '+' || digits.charAt(0) == '-') return null;
                    return new BigInteger(digits, radix);
                }
            }
            for (int k = (t.charAt(0) == '+' || t.charAt(0) == '-') ? 1 : 0; k < t.length(); k++) {
                if (t.charAt(k) < '0' || t.charAt(k) > '9') return null;
            }
            if (t.length() == 1 && (t.charAt(0) == '+' || t.charAt(0) == '-')) return null;
            return new BigInteger(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Compares a BigInt with a number mathematically: negative, zero, positive; or 2 for NaN. */
    static int compareWithNumber(BigInteger x, double d) {
        if (Double.isNaN(d)) return 2;
        if (d == Double.POSITIVE_INFINITY) return -1;
        if (d == Double.NEGATIVE_INFINITY) return 1;
        return new java.math.BigDecimal(x).compareTo(new java.math.BigDecimal(d));
    }

    /** NumberToBigInt: RangeError unless the number is an integer. */
    public static BigInteger fromNumber(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d) || d != Math.rint(d)) {
            throw JsException.rangeError("The number " + NumberConversions.toString(d) + " cannot be converted to a BigInt because it is not an integer");
        }
        return new java.math.BigDecimal(d).toBigInteger();
    }

    /** BigInt.asIntN / asUintN */
    public static BigInteger asN(int bits, BigInteger v, boolean signed) {
        if (bits == 0) return BigInteger.ZERO;
        BigInteger mod = BigInteger.ONE.shiftLeft(bits);
        BigInteger r = v.mod(mod);
        if (signed && r.testBit(bits - 1)) r = r.subtract(mod);
        return r;
    }

    /** ToBigInt (numbers allowed only from the BigInt function: NumberToBigInt). */
    public static BigInteger toBigInt(Object v, boolean allowNumber) {
        if (v instanceof JsObject) v = JsOps.toPrimitive(v, "number");
        if (v instanceof BigInteger b) return b;
        if (v instanceof Boolean b) return b ? BigInteger.ONE : BigInteger.ZERO;
        if (v instanceof Integer || v instanceof Double) {
            if (allowNumber) return fromNumber(((Number) v).doubleValue());
            throw JsException.typeError("Cannot convert " + JsOps.toString(v) + " to a BigInt");
        }
        if (v instanceof CharSequence s) {
            BigInteger b = parse(s.toString());
            if (b == null) throw JsException.syntaxError("Cannot convert " + s + " to a BigInt");
            return b;
        }
        if (v instanceof JsSymbol) throw JsException.typeError("Cannot convert a Symbol value to a bigint");
        throw JsException.typeError("Cannot convert " + JsOps.toString(v) + " to a BigInt");
    }
}
