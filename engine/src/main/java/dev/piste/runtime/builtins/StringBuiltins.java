package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.NativeFunction;
import dev.piste.runtime.objects.PrimitiveWrapper;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.ops.NumberConversions;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;
import dev.piste.runtime.values.Undefined;

import java.text.Normalizer;
import java.util.Locale;

import static dev.piste.runtime.builtins.ArrayLikes.relativeIndex;
import static dev.piste.runtime.builtins.BuiltinHelper.arg;
import static dev.piste.runtime.builtins.BuiltinHelper.method;

/**
 * The String constructor, String.fromCharCode/fromCodePoint/raw, and the String.prototype methods that
 * do not involve regular expressions (those are in {@link StringRegExpMethods}). Strings are UTF-16
 * code-unit sequences, as Java's are, so indexes map one to one.
 *
 * <p>localeCompare compares by UTF-16 code units (no locale collation); toLocaleUpperCase and
 * toLocaleLowerCase ignore their locale argument and use Locale.ROOT like the plain variants.
 */
public final class StringBuiltins {
    private StringBuiltins() {}

    /** Strings may not grow beyond this many code units (V8's limit on 64-bit hosts is 2^29 - 24). */
    static final int MAX_STRING_LENGTH = (1 << 29) - 24;

    public static void install(Realm realm) {
        JsObject proto = realm.stringPrototype;
        NativeFunction ctor = BuiltinHelper.constructor(realm, "String", 1, proto, (self, args, nt) -> {
            String s;
            if (args.length == 0) s = "";
            else if (nt == null && args[0] instanceof JsSymbol sym) return sym.toString();
            else s = JsOps.toString(args[0]);
            if (nt == null) return s;
            JsObject p = realm.stringPrototype;
            if (nt.get("prototype", nt) instanceof JsObject np) p = np;
            return new PrimitiveWrapper(p, s);
        });
        method(realm, ctor, "fromCharCode", 1, (self, args, nt) -> {
            StringBuilder sb = new StringBuilder(args.length);
            for (Object a : args) sb.append((char) NumberConversions.toUint16(JsOps.toNumber(a)));
            return sb.toString();
        });
        method(realm, ctor, "fromCodePoint", 1, (self, args, nt) -> {
            StringBuilder sb = new StringBuilder(args.length);
            for (Object a : args) {
                double d = JsOps.toNumber(a);
                if (d != Math.floor(d) || d < 0 || d > 0x10FFFF || Double.isNaN(d)) {
                    throw JsException.rangeError("Invalid code point " + NumberConversions.toString(d));
                }
                sb.appendCodePoint((int) d);
            }
            return sb.toString();
        });
        method(realm, ctor, "raw", 1, (self, args, nt) -> {
            JsObject cooked = JsOps.toObject(realm, arg(args, 0));
            Object rawValue = cooked.get("raw", cooked);
            JsObject raw = JsOps.toObject(realm, rawValue);
            long len = ArrayLikes.lengthOf(realm, raw);
            StringBuilder sb = new StringBuilder();
            for (long i = 0; i < len; i++) {
                sb.append(JsOps.toString(ArrayLikes.get(raw, i)));
                if (i + 1 < len && i + 1 < args.length) sb.append(JsOps.toString(args[(int) i + 1]));
            }
            return sb.toString();
        });

        method(realm, proto, "toString", 0, (self, args, nt) -> thisStringValue(self, "toString"));
        method(realm, proto, "valueOf", 0, (self, args, nt) -> thisStringValue(self, "valueOf"));

        method(realm, proto, "at", 1, (self, args, nt) -> {
            String s = thisString(self, "at");
            double rel = JsOps.toIntegerOrInfinity(arg(args, 0));
            double k = rel >= 0 ? rel : s.length() + rel;
            if (k < 0 || k >= s.length()) return Undefined.INSTANCE;
            return String.valueOf(s.charAt((int) k));
        });
        method(realm, proto, "charAt", 1, (self, args, nt) -> {
            String s = thisString(self, "charAt");
            double pos = JsOps.toIntegerOrInfinity(arg(args, 0));
            return pos < 0 || pos >= s.length() ? "" : String.valueOf(s.charAt((int) pos));
        });
        method(realm, proto, "charCodeAt", 1, (self, args, nt) -> {
            String s = thisString(self, "charCodeAt");
            double pos = JsOps.toIntegerOrInfinity(arg(args, 0));
            return pos < 0 || pos >= s.length() ? (Object) Double.NaN : (int) s.charAt((int) pos);
        }).methodIntrinsic = "String.prototype.charCodeAt";
        method(realm, proto, "codePointAt", 1, (self, args, nt) -> {
            String s = thisString(self, "codePointAt");
            double pos = JsOps.toIntegerOrInfinity(arg(args, 0));
            return pos < 0 || pos >= s.length() ? Undefined.INSTANCE : (Object) s.codePointAt((int) pos);
        });
        method(realm, proto, "concat", 1, (self, args, nt) -> {
            StringBuilder sb = new StringBuilder(thisString(self, "concat"));
            for (Object a : args) {
                sb.append(JsOps.toString(a));
                if (sb.length() > MAX_STRING_LENGTH) throw JsException.rangeError("Invalid string length");
            }
            return sb.toString();
        });
        method(realm, proto, "includes", 1, (self, args, nt) -> {
            String s = thisString(self, "includes");
            String search = searchString(arg(args, 0), "includes");
            long start = clampIndex(arg(args, 1), s.length(), 0);
            return s.indexOf(search, (int) start) >= 0;
        });
        method(realm, proto, "startsWith", 1, (self, args, nt) -> {
            String s = thisString(self, "startsWith");
            String search = searchString(arg(args, 0), "startsWith");
            long start = clampIndex(arg(args, 1), s.length(), 0);
            return s.startsWith(search, (int) start);
        });
        method(realm, proto, "endsWith", 1, (self, args, nt) -> {
            String s = thisString(self, "endsWith");
            String search = searchString(arg(args, 0), "endsWith");
            long end = clampIndex(arg(args, 1), s.length(), s.length());
            long start = end - search.length();
            return start >= 0 && s.startsWith(search, (int) start);
        });
        method(realm, proto, "indexOf", 1, (self, args, nt) -> {
            String s = thisString(self, "indexOf");
            String search = JsOps.toString(arg(args, 0));
            long start = clampIndex(arg(args, 1), s.length(), 0);
            return s.indexOf(search, (int) start);
        });
        method(realm, proto, "lastIndexOf", 1, (self, args, nt) -> {
            String s = thisString(self, "lastIndexOf");
            String search = JsOps.toString(arg(args, 0));
            double numPos = JsOps.toNumber(arg(args, 1));
            double pos = Double.isNaN(numPos) ? Double.POSITIVE_INFINITY : NumberConversions.toIntegerOrInfinity(numPos);
            int start = (int) Math.min(Math.max(pos, 0), s.length());
            return s.lastIndexOf(search, start);
        });
        method(realm, proto, "localeCompare", 1, (self, args, nt) -> {
            String s = thisString(self, "localeCompare");
            int c = s.compareTo(JsOps.toString(arg(args, 0)));
            return c < 0 ? -1 : c > 0 ? 1 : 0;
        });
        method(realm, proto, "normalize", 0, (self, args, nt) -> {
            String s = thisString(self, "normalize");
            String form = arg(args, 0) == Undefined.INSTANCE ? "NFC" : JsOps.toString(args[0]);
            Normalizer.Form f = switch (form) {
                case "NFC" -> Normalizer.Form.NFC;
                case "NFD" -> Normalizer.Form.NFD;
                case "NFKC" -> Normalizer.Form.NFKC;
                case "NFKD" -> Normalizer.Form.NFKD;
                default -> throw JsException.rangeError("The normalization form should be one of NFC, NFD, NFKC, NFKD.");
            };
            return Normalizer.normalize(s, f);
        });
        method(realm, proto, "padStart", 1, (self, args, nt) -> pad(thisString(self, "padStart"), args, true));
        method(realm, proto, "padEnd", 1, (self, args, nt) -> pad(thisString(self, "padEnd"), args, false));
        method(realm, proto, "repeat", 1, (self, args, nt) -> {
            String s = thisString(self, "repeat");
            double n = JsOps.toIntegerOrInfinity(arg(args, 0));
            if (n < 0 || n == Double.POSITIVE_INFINITY) throw JsException.rangeError("Invalid count value: " + JsOps.toString(arg(args, 0)));
            if (s.isEmpty() || n == 0) return "";
            if (s.length() * n > MAX_STRING_LENGTH) throw JsException.rangeError("Invalid string length");
            return s.repeat((int) n);
        });
        method(realm, proto, "slice", 2, (self, args, nt) -> {
            String s = thisString(self, "slice");
            long from = relativeIndex(arg(args, 0), s.length(), 0);
            long to = relativeIndex(arg(args, 1), s.length(), s.length());
            return from >= to ? "" : s.substring((int) from, (int) to);
        });
        method(realm, proto, "substring", 2, (self, args, nt) -> {
            String s = thisString(self, "substring");
            long start = clampIndex(arg(args, 0), s.length(), 0);
            long end = clampIndex(arg(args, 1), s.length(), s.length());
            return s.substring((int) Math.min(start, end), (int) Math.max(start, end));
        });
        method(realm, proto, "substr", 2, (self, args, nt) -> {
            String s = thisString(self, "substr");
            long start = relativeIndex(arg(args, 0), s.length(), 0);
            double length = arg(args, 1) == Undefined.INSTANCE ? s.length() : JsOps.toIntegerOrInfinity(args[1]);
            long end = (long) Math.min(start + Math.max(length, 0), s.length());
            return start >= end ? "" : s.substring((int) start, (int) end);
        });
        method(realm, proto, "toLowerCase", 0, (self, args, nt) -> thisString(self, "toLowerCase").toLowerCase(Locale.ROOT));
        method(realm, proto, "toUpperCase", 0, (self, args, nt) -> thisString(self, "toUpperCase").toUpperCase(Locale.ROOT));
        method(realm, proto, "toLocaleLowerCase", 0, (self, args, nt) -> thisString(self, "toLocaleLowerCase").toLowerCase(Locale.ROOT));
        method(realm, proto, "toLocaleUpperCase", 0, (self, args, nt) -> thisString(self, "toLocaleUpperCase").toUpperCase(Locale.ROOT));
        method(realm, proto, "trim", 0, (self, args, nt) -> trim(thisString(self, "trim"), true, true));
        NativeFunction trimStart = method(realm, proto, "trimStart", 0, (self, args, nt) -> trim(thisString(self, "trimStart"), true, false));
        NativeFunction trimEnd = method(realm, proto, "trimEnd", 0, (self, args, nt) -> trim(thisString(self, "trimEnd"), false, true));
        proto.defineOwn("trimLeft", trimStart, dev.piste.runtime.objects.PropertyAttributes.HIDDEN);
        proto.defineOwn("trimRight", trimEnd, dev.piste.runtime.objects.PropertyAttributes.HIDDEN);
        method(realm, proto, "isWellFormed", 0, (self, args, nt) -> wellFormed(thisString(self, "isWellFormed"), false) == null);
        method(realm, proto, "toWellFormed", 0, (self, args, nt) -> wellFormed(thisString(self, "toWellFormed"), true));

        StringRegExpMethods.install(realm, proto);
    }

    /** RequireObjectCoercible(this) then ToString: the receiver of every generic String method. */
    static String thisString(Object self, String method) {
        if (self instanceof String s) return s;
        if (JsOps.isNullish(self)) throw JsException.typeError("String.prototype." + method + " called on null or undefined");
        return JsOps.toString(self);
    }

    private static Object thisStringValue(Object self, String method) {
        if (self instanceof CharSequence s) return s.toString();
        if (self instanceof PrimitiveWrapper w && w.primitive instanceof CharSequence s) return s.toString();
        throw JsException.typeError("String.prototype." + method + " requires that 'this' be a String");
    }

    private static String searchString(Object v, String method) {
        if (RegExpBuiltins.isRegExp(v)) {
            throw JsException.typeError("First argument to String.prototype." + method + " must not be a regular expression");
        }
        return JsOps.toString(v);
    }

    /** ToIntegerOrInfinity clamped to [0, length]. */
    static long clampIndex(Object v, long length, long ifUndefined) {
        if (v == Undefined.INSTANCE) return ifUndefined;
        double d = JsOps.toIntegerOrInfinity(v);
        return (long) Math.min(Math.max(d, 0), length);
    }

    private static String pad(String s, Object[] args, boolean atStart) {
        long maxLength = JsOps.toLength(arg(args, 0));
        if (maxLength <= s.length()) return s;
        String filler = arg(args, 1) == Undefined.INSTANCE ? " " : JsOps.toString(args[1]);
        if (filler.isEmpty()) return s;
        if (maxLength > MAX_STRING_LENGTH) throw JsException.rangeError("Invalid string length");
        int fillLen = (int) maxLength - s.length();
        StringBuilder fill = new StringBuilder(fillLen);
        while (fill.length() < fillLen) fill.append(filler, 0, Math.min(filler.length(), fillLen - fill.length()));
        return atStart ? fill + s : s + fill;
    }

    private static String trim(String s, boolean start, boolean end) {
        int from = 0, to = s.length();
        if (start) while (from < to && NumberConversions.isWhitespace(s.charAt(from))) from++;
        if (end) while (to > from && NumberConversions.isWhitespace(s.charAt(to - 1))) to--;
        return s.substring(from, to);
    }

    /** With fix=false: null when well formed (else non-null); with fix=true: lone surrogates replaced by U+FFFD. */
    static String wellFormed(String s, boolean fix) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lone;
            if (Character.isHighSurrogate(c)) {
                lone = i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
                if (!lone) { if (sb != null) sb.append(c).append(s.charAt(i + 1)); i++; continue; }
            } else {
                lone = Character.isLowSurrogate(c);
            }
            if (lone && !fix) return "";
            if (lone && sb == null) sb = new StringBuilder(s.substring(0, i));
            if (sb != null) sb.append(lone ? '\uFFFD' : c);
        }
        if (!fix) return null;
        return sb == null ? s : sb.toString();
    }
}
