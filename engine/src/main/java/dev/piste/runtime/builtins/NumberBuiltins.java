package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.NativeFunction;
import dev.piste.runtime.objects.PrimitiveWrapper;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.ops.NumberConversions;
import dev.piste.runtime.ops.Reflection;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.Undefined;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static dev.piste.runtime.builtins.BuiltinHelper.arg;
import static dev.piste.runtime.builtins.BuiltinHelper.method;

/**
 * Number, its constants and predicates, Number.prototype's formatting methods, and the global
 * parseInt/parseFloat/isNaN/isFinite (Number.parseInt and Number.parseFloat are the same objects).
 */
public final class NumberBuiltins {
    private NumberBuiltins() {}

    public static void install(Realm realm) {
        JsObject proto = realm.numberPrototype;
        JsObject global = realm.globalObject;
        NativeFunction number = BuiltinHelper.constructor(realm, "Number", 1, proto, (self, args, newTarget) -> {
            Object n = args.length == 0 ? (Object) 0 : JsOps.toNumeric(args[0]);
            if (n instanceof java.math.BigInteger b) n = NumberConversions.box(b.doubleValue());
            if (newTarget == null) return n;
            return new PrimitiveWrapper(Reflection.prototypeFrom(newTarget, realm.numberPrototype), n);
        });
        number.defineOwn("EPSILON", Math.ulp(1.0), 0);
        number.defineOwn("MAX_SAFE_INTEGER", NumberConversions.MAX_SAFE_INTEGER, 0);
        number.defineOwn("MIN_SAFE_INTEGER", -NumberConversions.MAX_SAFE_INTEGER, 0);
        number.defineOwn("MAX_VALUE", Double.MAX_VALUE, 0);
        number.defineOwn("MIN_VALUE", Double.MIN_VALUE, 0);
        number.defineOwn("NaN", Double.NaN, 0);
        number.defineOwn("POSITIVE_INFINITY", Double.POSITIVE_INFINITY, 0);
        number.defineOwn("NEGATIVE_INFINITY", Double.NEGATIVE_INFINITY, 0);

        method(realm, number, "isFinite", 1, (self, args, nt) -> arg(args, 0) instanceof Number n && !(n instanceof java.math.BigInteger) && Double.isFinite(n.doubleValue()));
        method(realm, number, "isNaN", 1, (self, args, nt) -> arg(args, 0) instanceof Number n && !(n instanceof java.math.BigInteger) && Double.isNaN(n.doubleValue()));
        method(realm, number, "isInteger", 1, (self, args, nt) -> arg(args, 0) instanceof Number n && !(n instanceof java.math.BigInteger) && isIntegral(n.doubleValue()));
        method(realm, number, "isSafeInteger", 1, (self, args, nt) -> arg(args, 0) instanceof Number n && !(n instanceof java.math.BigInteger)
            && isIntegral(n.doubleValue()) && Math.abs(n.doubleValue()) <= NumberConversions.MAX_SAFE_INTEGER);

        NativeFunction parseInt = method(realm, global, "parseInt", 2, (self, args, nt) -> {
            String s = JsOps.toString(arg(args, 0));
            return NumberConversions.box(NumberConversions.parseInt(s, JsOps.toInt32(arg(args, 1))));
        });
        NativeFunction parseFloat = method(realm, global, "parseFloat", 1,
            (self, args, nt) -> NumberConversions.box(NumberConversions.parseFloat(JsOps.toString(arg(args, 0)))));
        number.defineOwn("parseInt", parseInt, PropertyAttributes.HIDDEN);
        number.defineOwn("parseFloat", parseFloat, PropertyAttributes.HIDDEN);
        method(realm, global, "isNaN", 1, (self, args, nt) -> Double.isNaN(JsOps.toNumber(arg(args, 0))));
        method(realm, global, "isFinite", 1, (self, args, nt) -> Double.isFinite(JsOps.toNumber(arg(args, 0))));

        installPrototype(realm, proto);
    }

    private static boolean isIntegral(double d) { return Double.isFinite(d) && Math.floor(d) == d; }

    private static void installPrototype(Realm realm, JsObject proto) {
        method(realm, proto, "toString", 1, (self, args, nt) -> {
            double x = thisNumber(self, "Number.prototype.toString");
            Object r = arg(args, 0);
            double radix = r == Undefined.INSTANCE ? 10 : JsOps.toIntegerOrInfinity(r);
            if (radix < 2 || radix > 36) throw JsException.rangeError("toString() radix argument must be between 2 and 36");
            return NumberConversions.toString(x, (int) radix);
        });
        method(realm, proto, "toLocaleString", 0, (self, args, nt) ->
            toLocaleString(thisNumber(self, "Number.prototype.toLocaleString"), arg(args, 0), arg(args, 1)));
        method(realm, proto, "valueOf", 0, (self, args, nt) -> NumberConversions.box(thisNumber(self, "Number.prototype.valueOf")));
        method(realm, proto, "toFixed", 1, (self, args, nt) -> {
            double x = thisNumber(self, "Number.prototype.toFixed");
            double f = JsOps.toIntegerOrInfinity(arg(args, 0));
            if (f < 0 || f > 100) throw JsException.rangeError("toFixed() digits argument must be between 0 and 100");
            if (!Double.isFinite(x) || Math.abs(x) >= 1e21) return NumberConversions.toString(x);
            return NumberConversions.toFixed(x, (int) f);
        });
        method(realm, proto, "toExponential", 1, (self, args, nt) -> {
            double x = thisNumber(self, "Number.prototype.toExponential");
            Object fd = arg(args, 0);
            double f = JsOps.toIntegerOrInfinity(fd);
            if (!Double.isFinite(x)) return NumberConversions.toString(x);
            if (f < 0 || f > 100) throw JsException.rangeError("toExponential() argument must be between 0 and 100");
            return NumberConversions.toExponential(x, fd == Undefined.INSTANCE ? -1 : (int) f);
        });
        method(realm, proto, "toPrecision", 1, (self, args, nt) -> {
            double x = thisNumber(self, "Number.prototype.toPrecision");
            Object pv = arg(args, 0);
            if (pv == Undefined.INSTANCE) return NumberConversions.toString(x);
            double p = JsOps.toIntegerOrInfinity(pv);
            if (!Double.isFinite(x)) return NumberConversions.toString(x);
            if (p < 1 || p > 100) throw JsException.rangeError("toPrecision() argument must be between 1 and 100");
            return NumberConversions.toPrecision(x, (int) p);
        });
    }

    /** thisNumberValue */
    static double thisNumber(Object self, String method) {
        if (self instanceof Integer i) return i;
        if (self instanceof Double d) return d;
        if (self instanceof PrimitiveWrapper w && (w.primitive instanceof Integer || w.primitive instanceof Double)) return ((Number) w.primitive).doubleValue();
        throw JsException.typeError(method + " requires that 'this' be a Number");
    }

    /**
     * en-US formatting as Intl.NumberFormat's defaults give it: grouping by thousands, at most three
     * fraction digits rounded half away from zero from the shortest decimal form of the value.
     */
    /**
     * toLocaleString with the Intl.NumberFormat options programs use most: minimum/maximumFractionDigits,
     * useGrouping, style "percent" and "currency" (USD, EUR, GBP, JPY symbols). Locales: English
     * separators by default; "de" swaps them ("1.234,5"). Without Intl this is all Piste formats.
     */
    static String toLocaleString(double x, Object locales, Object options) {
        int minFraction = 0, maxFraction = 3;
        boolean grouping = true;
        String style = "decimal", currency = null;
        if (options instanceof JsObject o) {
            Object st = o.get("style", o);
            if (st instanceof CharSequence cs) style = cs.toString();
            Object cur = o.get("currency", o);
            if (cur instanceof CharSequence cs) currency = cs.toString().toUpperCase(java.util.Locale.ROOT);
            if (style.equals("currency")) { minFraction = "JPY".equals(currency) ? 0 : 2; maxFraction = minFraction; }
            if (style.equals("percent")) { maxFraction = 0; }
            Object min = o.get("minimumFractionDigits", o), max = o.get("maximumFractionDigits", o);
            if (min != dev.piste.runtime.values.Undefined.INSTANCE) {
                minFraction = (int) JsOps.toIntegerOrInfinity(min);
                if (minFraction < 0 || minFraction > 100) throw dev.piste.runtime.ops.JsException.rangeError("minimumFractionDigits value is out of range.");
                maxFraction = Math.max(maxFraction, minFraction);
            }
            if (max != dev.piste.runtime.values.Undefined.INSTANCE) {
                maxFraction = (int) JsOps.toIntegerOrInfinity(max);
                if (maxFraction < 0 || maxFraction > 100) throw dev.piste.runtime.ops.JsException.rangeError("maximumFractionDigits value is out of range.");
                if (min == dev.piste.runtime.values.Undefined.INSTANCE) minFraction = Math.min(minFraction, maxFraction);
                else if (maxFraction < minFraction) throw dev.piste.runtime.ops.JsException.rangeError("maximumFractionDigits value is out of range.");
            }
            Object g = o.get("useGrouping", o);
            if (g != dev.piste.runtime.values.Undefined.INSTANCE) grouping = JsOps.toBoolean(g);
        }
        String locale = locales instanceof CharSequence cs ? cs.toString() : "en-US";
        boolean german = locale.startsWith("de");
        if (style.equals("percent")) x *= 100;
        String text = format(x, minFraction, maxFraction, grouping, german ? '.' : ',', german ? ',' : '.');
        boolean negative = text.startsWith("-");
        if (negative) text = text.substring(1);
        if (style.equals("percent")) text = german ? text + "\u00a0%" : text + "%";
        if (style.equals("currency") && currency != null) {
            String symbol = switch (currency) { case "USD" -> "$"; case "EUR" -> "€"; case "GBP" -> "£"; case "JPY" -> "¥"; default -> currency + "\u00a0"; };
            text = german ? text + "\u00a0" + symbol.strip() : symbol + text;
        }
        return (negative ? "-" : "") + text;
    }

    private static String format(double x, int minFraction, int maxFraction, boolean grouping, char groupSeparator, char decimalSeparator) {
        if (Double.isNaN(x)) return "NaN";
        if (Double.isInfinite(x)) return x > 0 ? "∞" : "-∞";
        boolean negative = x < 0 || (x == 0 && 1 / x < 0);
        BigDecimal d = new BigDecimal(NumberConversions.toString(Math.abs(x)).replace("e+", "e")).setScale(maxFraction, RoundingMode.HALF_UP);
        d = d.stripTrailingZeros();
        if (d.scale() < minFraction) d = d.setScale(minFraction);
        String plain = d.toPlainString();
        int dot = plain.indexOf('.');
        String intPart = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < intPart.length(); i++) {
            if (grouping && i > 0 && (intPart.length() - i) % 3 == 0) sb.append(groupSeparator);
            sb.append(intPart.charAt(i));
        }
        if (dot >= 0) sb.append(decimalSeparator).append(plain.substring(dot + 1));
        return (negative && d.signum() != 0 ? "-" : negative ? "-" : "") + sb;
    }

    static String toLocaleString(double x) {
        if (Double.isNaN(x)) return "NaN";
        if (Double.isInfinite(x)) return x > 0 ? "∞" : "-∞";
        boolean negative = x < 0 || (x == 0 && 1 / x < 0);
        BigDecimal d = new BigDecimal(NumberConversions.toString(Math.abs(x)).replace("e+", "e")).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        String plain = d.toPlainString();
        int dot = plain.indexOf('.');
        String intPart = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < intPart.length(); i++) {
            if (i > 0 && (intPart.length() - i) % 3 == 0) sb.append(',');
            sb.append(intPart.charAt(i));
        }
        if (dot >= 0) sb.append(plain.substring(dot));
        return (negative ? "-" : "") + sb;
    }
}
