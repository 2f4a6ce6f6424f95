package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.ops.NumberConversions;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;

import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

import static dev.piste.runtime.builtins.BuiltinHelper.arg;
import static dev.piste.runtime.builtins.BuiltinHelper.method;

/** The Math object. Every function converts all its arguments with ToNumber before computing. */
public final class MathBuiltins {
    private MathBuiltins() {}

    public static void install(Realm realm) {
        JsObject math = new JsObject(realm.objectPrototype);
        realm.globalObject.defineOwn("Math", math, PropertyAttributes.HIDDEN);
        math.defineOwn(JsSymbol.TO_STRING_TAG, "Math", PropertyAttributes.CONFIGURABLE);
        math.defineOwn("E", Math.E, 0);
        math.defineOwn("LN10", Math.log(10), 0);
        math.defineOwn("LN2", Math.log(2), 0);
        math.defineOwn("LOG10E", 0.4342944819032518, 0);
        math.defineOwn("LOG2E", 1.4426950408889634, 0);
        math.defineOwn("PI", Math.PI, 0);
        math.defineOwn("SQRT1_2", Math.sqrt(0.5), 0);
        math.defineOwn("SQRT2", Math.sqrt(2), 0);

        unary(realm, math, "abs", Math::abs, Math.class);
        unary(realm, math, "acos", StrictMath::acos, StrictMath.class);
        unary(realm, math, "acosh", MathBuiltins::acosh);
        unary(realm, math, "asin", StrictMath::asin, StrictMath.class);
        unary(realm, math, "asinh", MathBuiltins::asinh);
        unary(realm, math, "atan", StrictMath::atan, StrictMath.class);
        unary(realm, math, "atanh", MathBuiltins::atanh);
        unary(realm, math, "cbrt", StrictMath::cbrt, StrictMath.class);
        unary(realm, math, "ceil", Math::ceil, Math.class);
        unary(realm, math, "cos", StrictMath::cos, StrictMath.class);
        unary(realm, math, "cosh", MathBuiltins::cosh);
        unary(realm, math, "exp", MathBuiltins::exp);
        unary(realm, math, "expm1", StrictMath::expm1, StrictMath.class);
        unary(realm, math, "floor", Math::floor, Math.class);
        unary(realm, math, "fround", x -> (double) (float) x);
        unary(realm, math, "log", StrictMath::log, StrictMath.class);
        unary(realm, math, "log1p", StrictMath::log1p, StrictMath.class);
        unary(realm, math, "log10", StrictMath::log10, StrictMath.class);
        unary(realm, math, "log2", MathBuiltins::log2);
        unary(realm, math, "round", MathBuiltins::round, MathBuiltins.class);
        unary(realm, math, "sign", x -> Double.isNaN(x) || x == 0 ? x : Math.signum(x));
        unary(realm, math, "sin", StrictMath::sin, StrictMath.class);
        unary(realm, math, "sinh", StrictMath::sinh, StrictMath.class);
        unary(realm, math, "sqrt", Math::sqrt, Math.class);
        unary(realm, math, "tan", StrictMath::tan, StrictMath.class);
        unary(realm, math, "tanh", StrictMath::tanh, StrictMath.class);
        unary(realm, math, "trunc", x -> x < 0 ? Math.ceil(x) : Math.floor(x));
        binary(realm, math, "atan2", Math::atan2, Math.class, "atan2");
        binary(realm, math, "pow", NumberConversions::power, NumberConversions.class, "power");
        method(realm, math, "imul", 2, (self, args, nt) -> JsOps.toInt32(arg(args, 0)) * JsOps.toInt32(arg(args, 1)));
        method(realm, math, "clz32", 1, (self, args, nt) -> Integer.numberOfLeadingZeros((int) JsOps.toUint32(arg(args, 0))));
        method(realm, math, "max", 2, (self, args, nt) -> NumberConversions.box(extremum(args, true))).intrinsic = onDoubles(Math.class, "max", 2);
        method(realm, math, "min", 2, (self, args, nt) -> NumberConversions.box(extremum(args, false))).intrinsic = onDoubles(Math.class, "min", 2);
        method(realm, math, "hypot", 2, (self, args, nt) -> NumberConversions.box(hypot(args)));
        SplittableRandom random = new SplittableRandom();
        method(realm, math, "random", 0, (self, args, nt) -> random.nextDouble());
    }

    private static void unary(Realm realm, JsObject math, String name, DoubleUnaryOperator op) {
        unary(realm, math, name, op, null);
    }

    /** Math[name] applying op; when op is owner::name (a static (D)D method), that method is its intrinsic. */
    private static void unary(Realm realm, JsObject math, String name, DoubleUnaryOperator op, Class<?> owner) {
        var fn = method(realm, math, name, 1, (self, args, nt) -> NumberConversions.box(op.applyAsDouble(JsOps.toNumber(arg(args, 0)))));
        if (owner != null) fn.intrinsic = onDoubles(owner, name, 1);
    }

    /** Math[name] applying op, which is owner.method (a static (DD)D method), its intrinsic. */
    private static void binary(Realm realm, JsObject math, String name, DoubleBinaryOperator op, Class<?> owner, String method) {
        method(realm, math, name, 2, (self, args, nt) -> {
            double a = JsOps.toNumber(arg(args, 0)), b = JsOps.toNumber(arg(args, 1));
            return NumberConversions.box(op.applyAsDouble(a, b));
        }).intrinsic = onDoubles(owner, method, 2);
    }

    private static java.lang.constant.DirectMethodHandleDesc onDoubles(Class<?> owner, String name, int arity) {
        var d = java.lang.constant.ConstantDescs.CD_double;
        return java.lang.constant.MethodHandleDesc.ofMethod(java.lang.constant.DirectMethodHandleDesc.Kind.STATIC, java.lang.constant.ClassDesc.of(owner.getName()), name,
            arity == 1 ? java.lang.constant.MethodTypeDesc.of(d, d) : java.lang.constant.MethodTypeDesc.of(d, d, d));
    }

    /** Math.round: the nearest integer, ties toward +Infinity; keeps -0 for inputs in [-0.5, -0]. */
    public static double round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) return x;
        if (x > 0 && x < 0.5) return 0.0;
        if (x < 0 && x >= -0.5) return -0.0;
        if (Math.abs(x) >= 4503599627370496.0) return x; // 2^52: already an integer
        double floor = Math.floor(x);
        double r = x - floor >= 0.5 ? floor + 1 : floor;
        return r == 0 && x < 0 ? -0.0 : r;
    }

    // Math functions use java.lang.StrictMath, which is fdlibm: the same algorithms V8 ports, so results
    // agree with node to the last bit. The inverse hyperbolics follow fdlibm's formulas on top of it.
    private static final double LN2 = 6.93147180559945286227e-01;
    private static final double TWO_28 = 268435456.0;

    private static double asinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        double a = Math.abs(x), w;
        if (a < 1.0 / TWO_28) return x;
        if (a > TWO_28) w = StrictMath.log(a) + LN2;
        else if (a > 2.0) w = StrictMath.log(2.0 * a + 1.0 / (Math.sqrt(x * x + 1.0) + a));
        else {
            double t = x * x;
            w = StrictMath.log1p(a + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return x < 0 ? -w : w;
    }

    /** fdlibm's exp, except that e^1 is e correctly rounded (as V8 returns it). */
    private static double exp(double x) { return x == 1.0 ? Math.E : StrictMath.exp(x); }

    /** fdlibm's cosh by ranges of |x| (as V8 computes it). */
    private static double cosh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x)) return x;
        if (a < 0.5 * LN2) {
            double t = StrictMath.expm1(a), w = 1.0 + t;
            if (a < 0x1p-55) return w;
            return 1.0 + (t * t) / (w + w);
        }
        if (a < 22) {
            double t = exp(a);
            return 0.5 * t + 0.5 / t;
        }
        if (a < 709.782712893384) return 0.5 * StrictMath.exp(a);
        if (a <= 710.4758600739439) {
            double w = StrictMath.exp(0.5 * a), t = 0.5 * w;
            return t * w;
        }
        return Double.POSITIVE_INFINITY;
    }

    private static double acosh(double x) {
        if (Double.isNaN(x) || x < 1) return Double.NaN;
        if (x >= TWO_28) return Double.isInfinite(x) ? x : StrictMath.log(x) + LN2;
        if (x == 1.0) return 0.0;
        if (x > 2.0) return StrictMath.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
        double t = x - 1.0;
        return StrictMath.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    private static double atanh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || a > 1) return Double.NaN;
        if (a == 1) return x > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        if (a < 1.0 / TWO_28) return x;
        double t;
        if (a < 0.5) {
            t = a + a;
            t = 0.5 * StrictMath.log1p(t + t * a / (1.0 - a));
        } else {
            t = 0.5 * StrictMath.log1p((a + a) / (1.0 - a));
        }
        return x < 0 ? -t : t;
    }

    /** log2, exact for powers of two (where a quotient of logarithms would be off by an ulp). */
    private static double log2(double x) {
        if (x > 0 && Double.isFinite(x)) {
            long bits = Double.doubleToRawLongBits(x);
            if ((bits & 0x000FFFFFFFFFFFFFL) == 0 && Math.getExponent(x) >= Double.MIN_EXPONENT) return Math.getExponent(x);
        }
        return StrictMath.log(x) / LN2;
    }

    /** Math.max / Math.min: NaN wins, and +0 is greater than -0. */
    private static double extremum(Object[] args, boolean max) {
        double result = max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        double[] values = new double[args.length];
        for (int i = 0; i < args.length; i++) values[i] = JsOps.toNumber(args[i]);
        for (double v : values) {
            if (Double.isNaN(v)) result = Double.NaN;
            else if (!Double.isNaN(result)) result = max ? Math.max(result, v) : Math.min(result, v);
        }
        return result;
    }

    /** hypot: the largest magnitude factored out so the squares neither overflow nor underflow. */
    private static double hypot(Object[] args) {
        double[] values = new double[args.length];
        for (int i = 0; i < args.length; i++) values[i] = JsOps.toNumber(args[i]);
        boolean nan = false;
        double largest = 0;
        for (double v : values) {
            if (Double.isInfinite(v)) return Double.POSITIVE_INFINITY;
            if (Double.isNaN(v)) nan = true;
            else largest = Math.max(largest, Math.abs(v));
        }
        if (nan) return Double.NaN;
        if (largest == 0) return 0;
        double sum = 0, compensation = 0;
        for (double v : values) {
            double scaled = v / largest;
            double term = scaled * scaled - compensation;
            double next = sum + term;
            compensation = (next - sum) - term;
            sum = next;
        }
        return Math.sqrt(sum) * largest;
    }
}
