package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsArray;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;
import dev.piste.runtime.values.Undefined;

import static dev.piste.runtime.builtins.BuiltinHelper.arg;
import static dev.piste.runtime.builtins.BuiltinHelper.method;
import static dev.piste.runtime.builtins.StringBuiltins.thisString;

/**
 * String.prototype.match, matchAll, replace, replaceAll, search and split: each first looks for the
 * argument's Symbol.match/matchAll/replace/search/split method (so RegExps and user objects take over),
 * and otherwise works on strings (replace, replaceAll, split) or makes a RegExp (match, search).
 */
final class StringRegExpMethods {
    private StringRegExpMethods() {}

    static void install(Realm realm, JsObject proto) {
        method(realm, proto, "match", 1, (self, args, nt) -> {
            requireCoercible(self, "match");
            Object regexp = arg(args, 0);
            Object matcher = getMethod(realm, regexp, JsSymbol.MATCH);
            if (matcher != null) return JsOps.call(matcher, regexp, self);
            String s = JsOps.toString(self);
            JsRegExp rx = RegExpBuiltins.create(realm, regexp, "");
            return invoke(realm, rx, JsSymbol.MATCH, s);
        });
        method(realm, proto, "matchAll", 1, (self, args, nt) -> {
            requireCoercible(self, "matchAll");
            Object regexp = arg(args, 0);
            if (!JsOps.isNullish(regexp)) {
                if (RegExpBuiltins.isRegExp(regexp)) requireGlobal(realm, regexp, "matchAll");
                Object matcher = getMethod(realm, regexp, JsSymbol.MATCH_ALL);
                if (matcher != null) return JsOps.call(matcher, regexp, self);
            }
            String s = JsOps.toString(self);
            JsRegExp rx = RegExpBuiltins.create(realm, regexp, "g");
            return invoke(realm, rx, JsSymbol.MATCH_ALL, s);
        });
        method(realm, proto, "search", 1, (self, args, nt) -> {
            requireCoercible(self, "search");
            Object regexp = arg(args, 0);
            Object searcher = getMethod(realm, regexp, JsSymbol.SEARCH);
            if (searcher != null) return JsOps.call(searcher, regexp, self);
            String s = JsOps.toString(self);
            JsRegExp rx = RegExpBuiltins.create(realm, regexp, "");
            return invoke(realm, rx, JsSymbol.SEARCH, s);
        });
        method(realm, proto, "replace", 2, (self, args, nt) -> {
            requireCoercible(self, "replace");
            Object searchValue = arg(args, 0), replaceValue = arg(args, 1);
            Object replacer = getMethod(realm, searchValue, JsSymbol.REPLACE);
            if (replacer != null) return JsOps.call(replacer, searchValue, self, replaceValue);
            String s = JsOps.toString(self);
            String search = JsOps.toString(searchValue);
            boolean functional = JsOps.isCallable(replaceValue);
            String template = functional ? null : JsOps.toString(replaceValue);
            int position = s.indexOf(search);
            if (position < 0) return s;
            String replacement = replacement(s, search, position, replaceValue, template);
            return s.substring(0, position) + replacement + s.substring(position + search.length());
        });
        method(realm, proto, "replaceAll", 2, (self, args, nt) -> {
            requireCoercible(self, "replaceAll");
            Object searchValue = arg(args, 0), replaceValue = arg(args, 1);
            if (!JsOps.isNullish(searchValue)) {
                if (RegExpBuiltins.isRegExp(searchValue)) requireGlobal(realm, searchValue, "replaceAll");
                Object replacer = getMethod(realm, searchValue, JsSymbol.REPLACE);
                if (replacer != null) return JsOps.call(replacer, searchValue, self, replaceValue);
            }
            String s = JsOps.toString(self);
            String search = JsOps.toString(searchValue);
            boolean functional = JsOps.isCallable(replaceValue);
            String template = functional ? null : JsOps.toString(replaceValue);
            int advanceBy = Math.max(1, search.length());
            java.util.List<Integer> positions = new java.util.ArrayList<>();
            int position = s.indexOf(search);
            while (position >= 0) {
                positions.add(position);
                position = position + advanceBy > s.length() ? -1 : s.indexOf(search, position + advanceBy);
            }
            int endOfLastMatch = 0;
            StringBuilder result = new StringBuilder();
            for (int p : positions) {
                result.append(s, endOfLastMatch, p).append(replacement(s, search, p, replaceValue, template));
                endOfLastMatch = p + search.length();
            }
            if (endOfLastMatch < s.length()) result.append(s, endOfLastMatch, s.length());
            return result.toString();
        });
        method(realm, proto, "split", 2, (self, args, nt) -> {
            requireCoercible(self, "split");
            Object separator = arg(args, 0), limit = arg(args, 1);
            Object splitter = getMethod(realm, separator, JsSymbol.SPLIT);
            if (splitter != null) return JsOps.call(splitter, separator, self, limit);
            String s = JsOps.toString(self);
            long lim = limit == Undefined.INSTANCE ? 0xFFFF_FFFFL : JsOps.toUint32(limit);
            String r = JsOps.toString(separator);
            JsArray a = ArrayLikes.newArray(realm, 0);
            if (lim == 0) return a;
            if (separator == Undefined.INSTANCE) { a.push(s); return a; }
            if (r.isEmpty()) {
                for (int i = 0; i < s.length() && i < lim; i++) a.push(String.valueOf(s.charAt(i)));
                return a;
            }
            if (s.isEmpty()) { a.push(s); return a; }
            int i = 0, j = s.indexOf(r);
            while (j >= 0) {
                a.push(s.substring(i, j));
                if (a.length() == lim) return a;
                i = j + r.length();
                j = s.indexOf(r, i);
            }
            a.push(s.substring(i));
            return a;
        });
    }

    private static String replacement(String s, String search, int position, Object replaceValue, String template) {
        if (template == null) {
            return JsOps.toString(JsOps.call(replaceValue, Undefined.INSTANCE, search, position, s));
        }
        return RegExpBuiltins.substitution(search, s, position, new Object[0], Undefined.INSTANCE, template);
    }

    private static void requireCoercible(Object self, String method) {
        if (JsOps.isNullish(self)) throw JsException.typeError("String.prototype." + method + " called on null or undefined");
    }

    private static void requireGlobal(Realm realm, Object regexp, String method) {
        Object flags = JsOps.getProperty(realm, regexp, "flags");
        if (JsOps.isNullish(flags)) throw JsException.typeError("String.prototype." + method + " called on null or undefined");
        if (JsOps.toString(flags).indexOf('g') < 0) {
            throw JsException.typeError("String.prototype." + method + " called with a non-global RegExp argument");
        }
    }

    /** GetMethod(V, P) for a possibly primitive V: null when V is nullish or the method is undefined/null. */
    private static Object getMethod(Realm realm, Object v, JsSymbol key) {
        if (JsOps.isNullish(v)) return null;
        Object f = JsOps.getProperty(realm, v, key);
        if (JsOps.isNullish(f)) return null;
        if (!JsOps.isCallable(f)) throw JsException.typeError(JsOps.describe(f) + " is not a function");
        return f;
    }

    private static Object invoke(Realm realm, JsObject target, JsSymbol key, Object arg) {
        return JsOps.call(target.get(key, target), target, arg);
    }
}
