package dev.piste.runtime.objects;

/** SameValue, SameValueZero and IsStrictlyEqual on JS values (Integer and Double both are numbers). */
public final class SameValue {
    private SameValue() {}

    public static boolean same(Object a, Object b) {
        if (a == b) return true;
        if (a instanceof Number x && !(a instanceof java.math.BigInteger) && b instanceof Number y && !(b instanceof java.math.BigInteger)) {
            double dx = x.doubleValue(), dy = y.doubleValue();
            return Double.doubleToLongBits(dx) == Double.doubleToLongBits(dy) && (dx != 0 || (1 / dx) == (1 / dy));
        }
        return sameNonNumber(a, b);
    }

    public static boolean sameZero(Object a, Object b) {
        if (a == b) return true;
        if (a instanceof Number x && !(a instanceof java.math.BigInteger) && b instanceof Number y && !(b instanceof java.math.BigInteger)) {
            double dx = x.doubleValue(), dy = y.doubleValue();
            return dx == dy || (Double.isNaN(dx) && Double.isNaN(dy));
        }
        return sameNonNumber(a, b);
    }

    public static boolean strictEquals(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) return x.intValue() == y.intValue();
        if (a instanceof Number x && !(a instanceof java.math.BigInteger) && b instanceof Number y && !(b instanceof java.math.BigInteger)) return x.doubleValue() == y.doubleValue();
        if (a == b) return true;
        return sameNonNumber(a, b);
    }

    private static boolean sameNonNumber(Object a, Object b) {
        if (a instanceof java.math.BigInteger x && b instanceof java.math.BigInteger y) return x.equals(y);
        if (a instanceof CharSequence x && b instanceof CharSequence y) {
            return x.length() == y.length() && x.toString().equals(y.toString());
        }
        return false;
    }
}
