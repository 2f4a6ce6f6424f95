package dev.piste.runtime.ops;

import dev.piste.runtime.objects.JsArray;
import dev.piste.runtime.objects.JsFunction;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.PrimitiveWrapper;
import dev.piste.runtime.objects.PropertyKey;
import dev.piste.runtime.objects.SameValue;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;
import dev.piste.runtime.values.Null;
import dev.piste.runtime.values.Rope;
import dev.piste.runtime.values.Undefined;

import java.math.BigInteger;

/**
 * The one place that defines the language's operations: type conversions, operators, property
 * access on any value, calls. Every tier calls these for whatever it does not specialize, so tiers
 * cannot disagree on semantics.
 *
 * <p>Numbers: an int32-valued result is returned as Integer (never -0), anything else as Double
 * ({@link NumberConversions#box}). Int fast paths below are exact: they fall back to double arithmetic
 * whenever the int result would differ from the double one (overflow, -0, fractions).
 */
public final class JsOps {
    private JsOps() {}

    public static final Object UNDEFINED = Undefined.INSTANCE;
    public static final Object NULL = Null.INSTANCE;

    // ---- Type tests ----

    public static boolean isNullish(Object v) { return v == Undefined.INSTANCE || v == Null.INSTANCE; }
    public static boolean isString(Object v) { return v instanceof CharSequence; }
    public static boolean isNumber(Object v) { return v instanceof Integer || v instanceof Double; }
    public static boolean isCallable(Object v) { return v instanceof JsFunction; }

    public static String typeof(Object v) {
        if (v == Undefined.INSTANCE) return "undefined";
        if (v == Null.INSTANCE) return "object";
        if (v instanceof Boolean) return "boolean";
        if (v instanceof Integer || v instanceof Double) return "number";
        if (v instanceof CharSequence) return "string";
        if (v instanceof JsSymbol) return "symbol";
        if (v instanceof BigInteger) return "bigint";
        if (v instanceof JsObject o && o.isCallable()) return "function";
        return "object";
    }

    // ---- Conversions ----

    /** !v: whether ToBoolean(v) is false. */
    public static boolean isFalsy(Object v) { return !toBoolean(v); }

    public static boolean toBoolean(Object v) {
        if (v instanceof Boolean b) return b;
        if (v instanceof Integer i) return i != 0;
        if (v instanceof Double d) return d != 0 && !Double.isNaN(d);
        if (v instanceof CharSequence s) return s.length() > 0;
        if (v instanceof BigInteger b) return b.signum() != 0;
        return v != Undefined.INSTANCE && v != Null.INSTANCE;
    }

    public static double toNumber(Object v) {
        if (v instanceof Integer i) return i;
        if (v instanceof Double d) return d;
        return toNumberSlow(v);
    }

    private static double toNumberSlow(Object v) {
        if (v == Undefined.INSTANCE) return Double.NaN;
        if (v == Null.INSTANCE) return 0;
        if (v instanceof Boolean b) return b ? 1 : 0;
        if (v instanceof CharSequence s) return NumberConversions.stringToNumber(s.toString());
        if (v instanceof JsSymbol) throw JsException.typeError("Cannot convert a Symbol value to a number");
        if (v instanceof BigInteger) throw JsException.typeError("Cannot convert a BigInt value to a number");
        return toNumber(toPrimitive(v, "number"));
    }

    /** ToNumeric: a canonically boxed Number, or a BigInt. */
    public static Object toNumeric(Object v) {
        if (v instanceof Integer || v instanceof Double || v instanceof BigInteger) return v;
        Object p = toPrimitive(v, "number");
        if (p instanceof BigInteger) return p;
        return NumberConversions.box(toNumber(p));
    }

    /**
     * The slow path of a binary numeric operator: ToNumeric on each operand exactly once, then the
     * BigInt operator when either is a BigInt, else the Number operator.
     */
    private static Object numeric(String op, Object a, Object b, java.util.function.DoubleBinaryOperator number) {
        Object x = toNumeric(a), y = toNumeric(b);
        if (x instanceof BigInteger || y instanceof BigInteger) return BigIntOps.binary(op, x, y);
        return NumberConversions.box(number.applyAsDouble(((Number) x).doubleValue(), ((Number) y).doubleValue()));
    }

    private static Object numericInt(String op, Object a, Object b, java.util.function.IntBinaryOperator int32) {
        Object x = toNumeric(a), y = toNumeric(b);
        if (x instanceof BigInteger || y instanceof BigInteger) return BigIntOps.binary(op, x, y);
        return int32.applyAsInt(NumberConversions.toInt32(((Number) x).doubleValue()), NumberConversions.toInt32(((Number) y).doubleValue()));
    }

    public static int toInt32(Object v) {
        if (v instanceof Integer i) return i;
        return NumberConversions.toInt32(toNumber(v));
    }

    public static long toUint32(Object v) {
        if (v instanceof Integer i) return i & 0xFFFFFFFFL;
        return NumberConversions.toUint32(toNumber(v));
    }

    public static double toIntegerOrInfinity(Object v) {
        if (v instanceof Integer i) return i;
        return NumberConversions.toIntegerOrInfinity(toNumber(v));
    }

    public static long toLength(Object v) {
        if (v instanceof Integer i) return Math.max(0, i);
        return NumberConversions.toLength(toNumber(v));
    }

    /** ToString, flattening ropes. */
    public static String toString(Object v) {
        if (v instanceof String s) return s;
        if (v instanceof CharSequence cs) return cs.toString();
        if (v instanceof Integer i) return NumberConversions.toString(i);
        if (v instanceof Double d) return NumberConversions.toString(d);
        if (v instanceof Boolean b) return b ? "true" : "false";
        if (v == Undefined.INSTANCE) return "undefined";
        if (v == Null.INSTANCE) return "null";
        if (v instanceof JsSymbol) throw JsException.typeError("Cannot convert a Symbol value to a string");
        if (v instanceof BigInteger b) return b.toString();
        return toString(toPrimitive(v, "string"));
    }

    /** ToString that keeps ropes as they are (for concatenation). */
    public static CharSequence toCharSequence(Object v) {
        if (v instanceof CharSequence cs) return cs;
        return toString(v);
    }

    public static Object toPropertyKey(Object v) {
        if (v instanceof String s) return s;
        if (v instanceof JsSymbol s) return s;
        if (v instanceof Integer i && i >= 0) return NumberConversions.toString(i);
        if (v instanceof JsObject) {
            Object p = toPrimitive(v, "string");
            return p instanceof JsSymbol ? p : toString(p);
        }
        return toString(v);
    }

    /** ToPrimitive with hint "default", "number" or "string". */
    public static Object toPrimitive(Object v, String hint) {
        if (!(v instanceof JsObject o)) return v;
        Object exotic = o.get(JsSymbol.TO_PRIMITIVE, o);
        if (!isNullish(exotic)) {
            if (!isCallable(exotic)) throw JsException.typeError("Symbol.toPrimitive is not a function");
            Object r = ((JsFunction) exotic).call(o, new Object[] {hint});
            if (r instanceof JsObject) throw JsException.typeError("Cannot convert object to primitive value");
            return r;
        }
        String first = "string".equals(hint) ? "toString" : "valueOf";
        String second = "string".equals(hint) ? "valueOf" : "toString";
        Object r = tryConvert(o, first);
        if (r != null) return r;
        r = tryConvert(o, second);
        if (r != null) return r;
        throw JsException.typeError("Cannot convert object to primitive value");
    }

    private static Object tryConvert(JsObject o, String method) {
        Object f = o.get(method, o);
        if (f instanceof JsFunction fn) {
            Object r = fn.call(o, new Object[0]);
            if (!(r instanceof JsObject)) return r;
        }
        return null;
    }

    public static JsObject toObject(Realm realm, Object v) {
        if (v instanceof JsObject o) return o;
        if (isNullish(v)) throw JsException.typeError("Cannot convert undefined or null to object");
        return new PrimitiveWrapper(realm.prototypeForPrimitive(v), v instanceof CharSequence cs ? cs.toString() : v);
    }

    // ---- Arithmetic ----

    public static Object add(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            int r = x + y;
            if (((x ^ r) & (y ^ r)) < 0) return (double) x + (double) y;
            return r;
        }
        if (a instanceof Number x && !(a instanceof java.math.BigInteger) && b instanceof Number y && !(b instanceof java.math.BigInteger)) return NumberConversions.box(x.doubleValue() + y.doubleValue());
        // A string and a primitive: ToPrimitive leaves both as they are.
        if (a instanceof CharSequence s && !(b instanceof JsObject)) return Rope.concat(s, toCharSequence(b));
        if (b instanceof CharSequence s && !(a instanceof JsObject)) return Rope.concat(toCharSequence(a), s);
        return addSlow(a, b);
    }

    private static Object addSlow(Object a, Object b) {
        Object pa = toPrimitive(a, "default"), pb = toPrimitive(b, "default");
        if (pa instanceof CharSequence || pb instanceof CharSequence) {
            return Rope.concat(toCharSequence(pa), toCharSequence(pb));
        }
        return numeric("+", pa, pb, Double::sum);
    }

    public static Object sub(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            int r = x - y;
            if (((x ^ y) & (x ^ r)) < 0) return (double) x - (double) y;
            return r;
        }
        if (isNumber(a) && isNumber(b)) return NumberConversions.box(((Number) a).doubleValue() - ((Number) b).doubleValue());
        return numeric("-", a, b, (x, y) -> x - y);
    }

    public static Object mul(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            long r = (long) x * (long) y;
            if ((int) r == r && (r != 0 || (x >= 0 && y >= 0))) return (int) r;
            return NumberConversions.box((double) x * (double) y);
        }
        if (isNumber(a) && isNumber(b)) return NumberConversions.box(((Number) a).doubleValue() * ((Number) b).doubleValue());
        return numeric("*", a, b, (x, y) -> x * y);
    }

    public static Object div(Object a, Object b) {
        if (a instanceof Number x && !(a instanceof BigInteger) && b instanceof Number y && !(b instanceof BigInteger)) {
            return NumberConversions.box(x.doubleValue() / y.doubleValue());
        }
        return numeric("/", a, b, (x, y) -> x / y);
    }

    public static Object mod(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y && x >= 0 && y > 0) return x % y;
        return numeric("%", a, b, NumberConversions::remainder);
    }

    public static Object exp(Object a, Object b) {
        return numeric("**", a, b, NumberConversions::power);
    }

    /** Unary plus: ToNumber (a BigInt operand is a TypeError). */
    public static Object toNumberValue(Object a) {
        if (a instanceof Integer || a instanceof Double) return a;
        return NumberConversions.box(toNumber(a));
    }

    public static Object negate(Object a) {
        if (a instanceof Integer x && x != 0 && x != Integer.MIN_VALUE) return -x;
        Object n = toNumeric(a);
        if (n instanceof BigInteger b) return b.negate();
        return NumberConversions.box(-toNumber(n));
    }

    public static Object inc(Object a) {
        if (a instanceof Integer x && x != Integer.MAX_VALUE) return x + 1;
        Object n = toNumeric(a);
        if (n instanceof BigInteger b) return b.add(BigInteger.ONE);
        return NumberConversions.box(toNumber(n) + 1);
    }

    public static Object dec(Object a) {
        if (a instanceof Integer x && x != Integer.MIN_VALUE) return x - 1;
        Object n = toNumeric(a);
        if (n instanceof BigInteger b) return b.subtract(BigInteger.ONE);
        return NumberConversions.box(toNumber(n) - 1);
    }

    public static Object bitAnd(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) return x & y;
        return numericInt("&", a, b, (x, y) -> x & y);
    }
    public static Object bitOr(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) return x | y;
        return numericInt("|", a, b, (x, y) -> x | y);
    }
    public static Object bitXor(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) return x ^ y;
        return numericInt("^", a, b, (x, y) -> x ^ y);
    }
    public static Object bitNot(Object a) {
        if (a instanceof Integer x) return ~x;
        Object n = toNumeric(a);
        if (n instanceof BigInteger b) return b.not();
        return ~toInt32(n);
    }
    public static Object shl(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) return x << (y & 31);
        return numericInt("<<", a, b, (x, y) -> x << (y & 31));
    }
    public static Object sar(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) return x >> (y & 31);
        return numericInt(">>", a, b, (x, y) -> x >> (y & 31));
    }
    public static Object shr(Object a, Object b) {
        if (!(a instanceof Integer) || !(b instanceof Integer)) {
            Object x = toNumeric(a), y = toNumeric(b);
            if (x instanceof BigInteger || y instanceof BigInteger) return BigIntOps.binary(">>>", x, y);
            a = x;
            b = y;
        }
        long x = toUint32(a);
        long r = x >>> (toUint32(b) & 31);
        return r <= Integer.MAX_VALUE ? (Object) (int) r : (Object) (double) r;
    }

    // ---- Comparison ----

    public static boolean strictEquals(Object a, Object b) { return SameValue.strictEquals(a, b); }

    public static boolean looseEquals(Object a, Object b) {
        while (true) {
            if (a instanceof Integer x && b instanceof Integer y) return x.intValue() == y.intValue();
            if (a instanceof Number x && !(a instanceof java.math.BigInteger) && b instanceof Number y && !(b instanceof java.math.BigInteger)) return x.doubleValue() == y.doubleValue();
            if (a instanceof CharSequence x && b instanceof CharSequence y) return x.toString().equals(y.toString());
            if (a == b) return true;
            boolean an = isNullish(a), bn = isNullish(b);
            if (an || bn) return an && bn;
            if (a instanceof BigInteger x && b instanceof BigInteger y) return x.equals(y);
            if (a instanceof BigInteger x && b instanceof Number y && !(b instanceof java.math.BigInteger)) return BigIntOps.compareWithNumber(x, y.doubleValue()) == 0;
            if (b instanceof BigInteger y && a instanceof Number x && !(a instanceof java.math.BigInteger)) return BigIntOps.compareWithNumber(y, x.doubleValue()) == 0;
            if (a instanceof BigInteger x && b instanceof CharSequence y) { BigInteger p = BigIntOps.parse(y.toString()); return p != null && p.equals(x); }
            if (b instanceof BigInteger y && a instanceof CharSequence x) { BigInteger p = BigIntOps.parse(x.toString()); return p != null && p.equals(y); }
            if (a instanceof Boolean x) { a = x ? 1 : 0; continue; }
            if (b instanceof Boolean y) { b = y ? 1 : 0; continue; }
            if ((a instanceof Number && !(a instanceof java.math.BigInteger)) && b instanceof CharSequence) { b = NumberConversions.box(toNumber(b)); continue; }
            if (a instanceof CharSequence && b instanceof Number && !(b instanceof java.math.BigInteger)) { a = NumberConversions.box(toNumber(a)); continue; }
            if (a instanceof JsObject && b instanceof JsObject) return false;
            if (a instanceof JsObject && !(b instanceof JsObject)) { a = toPrimitive(a, "default"); continue; }
            if (b instanceof JsObject && !(a instanceof JsObject)) { b = toPrimitive(b, "default"); continue; }
            return false;
        }
    }

    /**
     * IsLessThan(x, y) on primitives: -1 (less), 0 (equal), 1 (greater) or 2 (undefined: NaN involved).
     * Strings compare by code units; a BigInt compares mathematically with a number or a numeric string.
     */
    private static int compare(Object pa, Object pb) {
        if (pa instanceof CharSequence x && pb instanceof CharSequence y) return Integer.signum(x.toString().compareTo(y.toString()));
        if (pa instanceof BigInteger || pb instanceof BigInteger) {
            if (pa instanceof CharSequence s) { pa = BigIntOps.parse(s.toString()); if (pa == null) return 2; }
            if (pb instanceof CharSequence s) { pb = BigIntOps.parse(s.toString()); if (pb == null) return 2; }
            Object x = pa instanceof BigInteger ? pa : toNumeric(pa), y = pb instanceof BigInteger ? pb : toNumeric(pb);
            if (x instanceof BigInteger bx && y instanceof BigInteger by) return bx.compareTo(by);
            if (x instanceof BigInteger bx) return BigIntOps.compareWithNumber(bx, toNumber(y));
            int c = BigIntOps.compareWithNumber((BigInteger) y, toNumber(x));
            return c == 2 ? 2 : -c;
        }
        double na = toNumber(pa), nb = toNumber(pb);
        if (Double.isNaN(na) || Double.isNaN(nb)) return 2;
        return na < nb ? -1 : na > nb ? 1 : 0;
    }

    /** a &lt; b (IsLessThan with LeftFirst); false for undefined results. */
    public static boolean lessThan(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) return x < y;
        if (isNumber(a) && isNumber(b)) return ((Number) a).doubleValue() < ((Number) b).doubleValue();
        Object pa = toPrimitive(a, "number"), pb = toPrimitive(b, "number");
        return compare(pa, pb) == -1;
    }

    public static boolean greaterThan(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) return x > y;
        if (isNumber(a) && isNumber(b)) return ((Number) a).doubleValue() > ((Number) b).doubleValue();
        Object pa = toPrimitive(a, "number"), pb = toPrimitive(b, "number");
        return compare(pa, pb) == 1;
    }

    public static boolean lessOrEqual(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) return x <= y;
        if (isNumber(a) && isNumber(b)) return ((Number) a).doubleValue() <= ((Number) b).doubleValue();
        Object pa = toPrimitive(a, "number"), pb = toPrimitive(b, "number");
        int c = compare(pa, pb);
        return c == -1 || c == 0;
    }

    public static boolean greaterOrEqual(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) return x >= y;
        if (isNumber(a) && isNumber(b)) return ((Number) a).doubleValue() >= ((Number) b).doubleValue();
        Object pa = toPrimitive(a, "number"), pb = toPrimitive(b, "number");
        int c = compare(pa, pb);
        return c == 1 || c == 0;
    }

    // ---- Properties on any value ----

    /** GetV: property access on any value (primitives use their prototype, with receiver = the primitive). */
    public static Object getProperty(Realm realm, Object base, Object key) {
        if (base instanceof JsObject o) return o.get(key, o);
        return getPropertyOfPrimitive(realm, base, key);
    }

    public static Object getPropertyOfPrimitive(Realm realm, Object base, Object key) {
        if (base instanceof CharSequence cs) {
            if ("length".equals(key)) return cs.length();
            long index = PropertyKey.arrayIndex(key);
            if (index >= 0) return index < cs.length() ? String.valueOf(cs.charAt((int) index)) : UNDEFINED;
        }
        if (isNullish(base)) {
            throw JsException.typeError("Cannot read properties of " + toString(base) + " (reading '" + keyToDisplay(key) + "')");
        }
        return realm.prototypeForPrimitive(base).get(key, base);
    }

    /** base[key] for an arbitrary key value (ToPropertyKey applied here). */
    public static Object getKeyed(Realm realm, Object base, Object key) {
        if (base instanceof JsObject o) {
            if (key instanceof Integer i && i >= 0) return o.getElement(i, o);
            return o.get(toPropertyKey(key), o);
        }
        if (base instanceof CharSequence cs && key instanceof Integer i) {
            if (i >= 0 && i < cs.length()) return String.valueOf(cs.charAt(i));
        }
        if (isNullish(base)) {
            throw JsException.typeError("Cannot read properties of " + toString(base) + " (reading '" + keyToDisplay(toPropertyKey(key)) + "')");
        }
        return getPropertyOfPrimitive(realm, base, toPropertyKey(key));
    }

    public static void setProperty(Realm realm, Object base, Object key, Object value, boolean strict) {
        if (base instanceof JsObject o) {
            if (!o.set(key, value, o) && strict) throw failedAssignment(o, key);
            return;
        }
        if (isNullish(base)) {
            throw JsException.typeError("Cannot set properties of " + toString(base) + " (setting '" + keyToDisplay(key) + "')");
        }
        if (base instanceof CharSequence str && ("length".equals(key) || PropertyKey.arrayIndex(key) >= 0 && PropertyKey.arrayIndex(key) < str.length())) {
            if (strict) throw JsException.typeError("Cannot assign to read only property '" + keyToDisplay(key) + "' of string '" + str + "'");
            return;
        }
        JsObject proto = realm.prototypeForPrimitive(base);
        boolean ok = proto.set(key, value, base);
        if (!ok && strict) throw JsException.typeError("Cannot create property '" + keyToDisplay(key) + "' on " + typeof(base) + " '" + (base instanceof JsSymbol sym ? sym.toString() : toString(base)) + "'");
    }

    public static void setKeyed(Realm realm, Object base, Object key, Object value, boolean strict) {
        if (base instanceof JsObject o && key instanceof Integer i && i >= 0) {
            if (!o.setElement(i, value, o) && strict) throw failedAssignment(o, toPropertyKey(key));
            return;
        }
        if (isNullish(base)) {
            // An object key is not converted (no user code runs before the TypeError), as in V8.
            String shown = key instanceof JsObject ? describe(key) : keyToDisplay(toPropertyKey(key));
            throw JsException.typeError("Cannot set properties of " + toString(base) + " (setting '" + shown + "')");
        }
        setProperty(realm, base, toPropertyKey(key), value, strict);
    }

    /** The TypeError of a failed strict-mode assignment, worded as V8 words it. */
    public static JsException failedAssignment(JsObject o, Object key) {
        if (o instanceof JsArray a && a.isExtensible() && !a.isLengthWritable() && PropertyKey.arrayIndex(key) >= a.length()) {
            return JsException.typeError("Cannot assign to read only property 'length' of object '[object Array]'");
        }
        if (o instanceof JsObject.ProxyLike) return JsException.typeError("'set' on proxy: trap returned falsish for property '" + keyToDisplay(key) + "'");
        if (!o.isExtensible() && o.getOwnProperty(key) == null) {
            return JsException.typeError("Cannot add property " + keyToDisplay(key) + ", object is not extensible");
        }
        var d = o.getOwnProperty(key);
        if (d != null && d.isAccessor()) return JsException.typeError("Cannot set property " + keyToDisplay(key) + " of " + describe(o) + " which has only a getter");
        return JsException.typeError("Cannot assign to read only property '" + keyToDisplay(key) + "' of " + typeof(o) + " '" + describe(o) + "'");
    }

    public static String keyToDisplay(Object key) {
        return key instanceof JsSymbol s ? s.toString() : String.valueOf(key);
    }

    /** A short description of a value for error messages, in the manner of V8. */
    public static String describe(Object v) {
        if (v instanceof CharSequence s) return "\"" + s + "\"";
        if (v instanceof JsFunction f) return "function " + f.debugName();
        if (v instanceof JsArray) return "[object Array]";
        if (v instanceof JsObject) return "#<" + constructorNameOf((JsObject) v) + ">";
        if (v instanceof JsSymbol s) return s.toString();
        return toString(v);
    }

    private static String constructorNameOf(JsObject o) {
        try {
            Object c = o.get("constructor", o);
            if (c instanceof JsFunction f && !f.debugName().isEmpty()) return f.debugName();
        } catch (JsException e) {
            // a throwing getter must not replace the error being reported
        }
        return o.className();
    }

    public static boolean deleteProperty(Realm realm, Object base, Object key, boolean strict) {
        if (isNullish(base)) throw JsException.typeError("Cannot convert undefined or null to object");
        JsObject o = toObject(realm, base);
        Object k = toPropertyKey(key);
        boolean ok = o.delete(k);
        if (!ok && strict) throw JsException.typeError("Cannot delete property '" + keyToDisplay(k) + "' of " + describe(o));
        return ok;
    }

    /** The {@code in} operator. */
    public static boolean hasProperty(Object key, Object target) {
        if (!(target instanceof JsObject o)) {
            throw JsException.typeError("Cannot use 'in' operator to search for '" + (key instanceof JsSymbol ? key.toString() : toString(key)) + "' in " + (target instanceof CharSequence ? target : toString(target)));
        }
        return o.hasProperty(toPropertyKey(key));
    }

    /** The {@code instanceof} operator. */
    public static boolean instanceOf(Object value, Object target) {
        if (!(target instanceof JsObject t)) throw JsException.typeError("Right-hand side of 'instanceof' is not an object");
        Object handler = t.get(JsSymbol.HAS_INSTANCE, t);
        if (!isNullish(handler)) {
            return toBoolean(call(handler, t, value));
        }
        if (!t.isCallable()) throw JsException.typeError("Right-hand side of 'instanceof' is not callable");
        return ordinaryHasInstance(t, value);
    }

    public static boolean ordinaryHasInstance(Object constructor, Object value) {
        if (!(constructor instanceof JsFunction c)) return false;
        if (c instanceof BoundFunctionTarget b) return instanceOf(value, b.boundTargetFunction());
        if (!(value instanceof JsObject o)) return false;
        Object proto = c.get("prototype", c);
        if (!(proto instanceof JsObject p)) throw JsException.typeError("Function has non-object prototype '" + toString(proto) + "' in instanceof check");
        for (JsObject x = o.getPrototypeOf(); x != null; x = x.getPrototypeOf()) if (x == p) return true;
        return false;
    }

    /** Implemented by bound functions so instanceof can see through them. */
    public interface BoundFunctionTarget { JsObject boundTargetFunction(); }

    // ---- Calls ----

    public static Object call(Object f, Object thisArg, Object... args) {
        if (f instanceof JsFunction fn) return fn.call(thisArg, args);
        throw JsException.typeError(describeForCall(f) + " is not a function");
    }

    public static Object construct(Object f, Object[] args, Object newTarget) {
        if (f instanceof JsFunction fn && fn.isConstructor()) return fn.construct(args, (JsObject) newTarget);
        throw JsException.typeError(describeForCall(f) + " is not a constructor");
    }

    private static String describeForCall(Object f) {
        if (f instanceof CharSequence s) return "\"" + s + "\"";
        if (f instanceof JsObject o) return o instanceof JsArray ? "object is not iterable" : describe(o);
        return toString(f);
    }

    public static boolean sameValue(Object a, Object b) { return SameValue.same(a, b); }
}
