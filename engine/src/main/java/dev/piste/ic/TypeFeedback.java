package dev.piste.ic;

import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.values.Null;
import dev.piste.runtime.values.Undefined;

/**
 * Operand kinds seen by arithmetic, comparison and unary operators, as bits accumulated per site.
 * The optimizing tier speculates on them (int32 only and never overflowed → int arithmetic with an
 * overflow guard); a failed speculation sets the bit that made it fail, so it is not retried.
 */
public final class TypeFeedback {
    private TypeFeedback() {}

    public static final int INT32 = 1, DOUBLE = 2, STRING = 4, BOOLEAN = 8, OBJECT = 16, NULLISH = 32, OTHER = 64;
    /** An int32 operation produced a result outside int32 (e.g. 2^31 - 1 + 1). */
    public static final int OVERFLOW = 128;
    /** An operation on numbers produced -0. */
    public static final int MINUS_ZERO = 256;

    public static int kindOf(Object v) {
        if (v instanceof Integer) return INT32;
        if (v instanceof Double) return DOUBLE;
        if (v instanceof CharSequence) return STRING;
        if (v instanceof Boolean) return BOOLEAN;
        if (v instanceof JsObject) return OBJECT;
        if (v == Undefined.INSTANCE || v == Null.INSTANCE) return NULLISH;
        return OTHER;
    }

    /** Bits for a binary operation with operands a, b and its result. */
    public static int binary(Object a, Object b, Object result) {
        int bits = kindOf(a) | kindOf(b);
        if (bits == INT32 && result instanceof Double d) bits |= Double.doubleToRawLongBits(d) == Long.MIN_VALUE ? MINUS_ZERO : OVERFLOW;
        else if (result instanceof Double d && Double.doubleToRawLongBits(d) == Long.MIN_VALUE) bits |= MINUS_ZERO;
        return bits;
    }

    public static int unary(Object a, Object result) {
        int bits = kindOf(a);
        if (bits == INT32 && result instanceof Double d) bits |= Double.doubleToRawLongBits(d) == Long.MIN_VALUE ? MINUS_ZERO : OVERFLOW;
        return bits;
    }

    public static String describe(int bits) {
        StringBuilder sb = new StringBuilder();
        String[] names = {"int32", "double", "string", "boolean", "object", "undefined/null", "other", "overflow", "-0"};
        for (int i = 0; i < names.length; i++) if ((bits & (1 << i)) != 0) sb.append(sb.length() == 0 ? "" : "|").append(names[i]);
        return sb.length() == 0 ? "none" : sb.toString();
    }
}
