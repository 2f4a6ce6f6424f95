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

        unary(realm, math, "abs", Math::abs);
        unary(realm, math, "acos", Math::acos);
        unary(realm, math, "acosh", x -> x < 1 ? Double.NaN : Math.log(x + Math.sqrt(x * x - 1)));
        unary(realm, math, "asin", Math::asin);
        unary(realm, math, "asinh", MathBuiltins::asinh);
        unary(realm, math, "atan", Math::atan);
        unary(realm, math, "atanh", x -> x == 0 ? x : 0.5 * Math.log1p(2 * x / (1 - x)));
        unary(realm, math, "cbrt", Math::cbrt);
        unary(realm, math, "ceil", Math::ceil);
        unary(realm, math, "cos", Math::cos);
        unary(realm, math, "cosh", Math::cosh);
        unary(realm, math, "exp", Math::exp);
        unary(realm, math, "expm1", Math::expm1);
        unary(realm, math, "floor", Math::floor);
        unary(realm, math, "fround", x -> (double) (float) x);
        unary(realm, math, "log", Math::log);
        unary(realm, math, "log1p", Math::log1p);
        unary(realm, math, "log10", Math::log10);
        unary(realm, math, "log2", MathBuiltins::log2);
        unary(realm, math, "round", MathBuiltins::round);
        unary(realm, math, "sign", x -> Double.isNaN(x) || x == 0 ? x : Math.signum(x));
        unary(realm, math, "sin", Math::sin);
        unary(realm, math, "sinh", Math::sinh);
        unary(realm, math, "sqrt", Math::sqrt);
        unary(realm, math, "tan", Math::tan);
        unary(realm, math, "tanh", Math::tanh);
        unary(realm, math, "trunc", x -> x < 0 ? Math.ceil(x) : Math.floor(x));
        binary(realm, math, "atan2", Math::atan2);
        binary(realm, math, "pow", NumberConversions::power);
        method(realm, math, "imul", 2, (self, args, nt) -> JsOps.toInt32(arg(args, 0)) * JsOps.toInt32(arg(args, 1)));
        method(realm, math, "clz32", 1, (self, args, nt) -> Integer.numberOfLeadingZeros((int) JsOps.toUint32(arg(args, 0))));
        method(realm, math, "max", 2, (self, args, nt) -> NumberConversions.box(extremum(args, true)));
        method(realm, math, "min", 2, (self, args, nt) -> NumberConversions.box(extremum(args, false)));
        method(realm, math, "hypot", 2, (self, args, nt) -> NumberConversions.box(hypot(args)));
        SplittableRandom random = new SplittableRandom();
        method(realm, math, "random", 0, (self, args, nt) -> random.nextDouble());
    }

    private static void unary(Realm realm, JsObject math, String name, DoubleUnaryOperator op) {
        method(realm, math, name, 1, (self, args, nt) -> NumberConversions.box(op.applyAsDouble(JsOps.toNumber(arg(args, 0)))));
    }

    private static void binary(Realm realm, JsObject math, String name, DoubleBinaryOperator op) {
        method(realm, math, name, 2, (self, args, nt) -> {
            double a = JsOps.toNumber(arg(args, 0)), b = JsOps.toNumber(arg(args, 1));
            return NumberConversions.box(op.applyAsDouble(a, b));
        });
    }

    /** Math.round: the nearest integer, ties toward +Infinity; keeps -0 for inputs in [-0.5, -0]. */
    static double round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) return x;
        if (x > 0 && x < 0.5) return 0.0;
        if (x < 0 && x >= -0.5) return -0.0;
        if (Math.abs(x) >= 4503599627370496.0) return x; // 2^52: already an integer
        double floor = Math.floor(x);
        double r = x - floor >= 0.5 ? floor + 1 : floor;
        return r == 0 && x < 0 ? -0.0 : r;
    }

    private static double asinh(double x) {
        if (x == 0 || !Double.isFinite(x)) return x;
        double a = Math.abs(x);
        double r = a > 1e8 ? Math.log(a) + Math.log(2) : Math.log1p(a + a * a / (1 + Math.sqrt(1 + a * a)));
        return x < 0 ? -r : r;
    }

    /** log2, exact for powers of two (where a quotient of logarithms would be off by an ulp). */
    private static double log2(double x) {
        if (x > 0 && Double.isFinite(x)) {
            long bits = Double.doubleToRawLongBits(x);
            if ((bits & 0x000FFFFFFFFFFFFFL) == 0 && Math.getExponent(x) >= Double.MIN_EXPONENT) return Math.getExponent(x);
        }
        return Math.log(x) / Math.log(2);
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
