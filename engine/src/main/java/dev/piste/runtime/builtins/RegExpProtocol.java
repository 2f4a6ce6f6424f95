package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsArray;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.SameValue;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.ops.NumberConversions;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;
import dev.piste.runtime.values.Null;
import dev.piste.runtime.values.Undefined;

import java.util.ArrayList;
import java.util.List;

import static dev.piste.runtime.builtins.BuiltinHelper.arg;
import static dev.piste.runtime.builtins.BuiltinHelper.method;
import static dev.piste.runtime.builtins.RegExpBuiltins.*;

/**
 * RegExp.prototype[Symbol.match / matchAll / replace / search / split], following the specification
 * step by step through RegExpExec, so a subclass or an object with its own "exec" and "flags" sees
 * the same calls it would in any other engine. Species is not consulted: matchAll and split construct
 * with %RegExp%.
 */
final class RegExpProtocol {
    private RegExpProtocol() {}

    static void install(Realm realm, JsObject proto) {
        method(realm, proto, JsSymbol.MATCH, 1, (self, args, nt) -> {
            JsObject rx = thisObject(self, "[Symbol.match]");
            String s = JsOps.toString(arg(args, 0));
            String flags = JsOps.toString(rx.get("flags", rx));
            if (flags.indexOf('g') < 0) return exec(realm, rx, s);
            boolean fullUnicode = flags.indexOf('u') >= 0 || flags.indexOf('v') >= 0;
            setLastIndex(rx, 0);
            List<Object> matches = new ArrayList<>();
            while (true) {
                Object result = exec(realm, rx, s);
                if (result == Null.INSTANCE) return matches.isEmpty() ? Null.INSTANCE : ArrayLikes.arrayOf(realm, matches);
                JsObject ro = (JsObject) result;
                String matched = JsOps.toString(ro.get("0", ro));
                matches.add(matched);
                if (matched.isEmpty()) {
                    long thisIndex = JsOps.toLength(rx.get("lastIndex", rx));
                    setLastIndex(rx, advance(s, thisIndex, fullUnicode));
                }
            }
        });
        method(realm, proto, JsSymbol.MATCH_ALL, 1, (self, args, nt) -> {
            JsObject r = thisObject(self, "[Symbol.matchAll]");
            String s = JsOps.toString(arg(args, 0));
            String flags = JsOps.toString(r.get("flags", r));
            JsObject matcher = (JsObject) JsOps.construct(realm.regExpConstructor, new Object[] {r, flags}, realm.regExpConstructor);
            setLastIndex(matcher, JsOps.toLength(r.get("lastIndex", r)));
            return new RegExpStringIterator(regExpStringIteratorPrototype(realm), matcher, s,
                flags.indexOf('g') >= 0, flags.indexOf('u') >= 0 || flags.indexOf('v') >= 0);
        });
        method(realm, proto, JsSymbol.SEARCH, 1, (self, args, nt) -> {
            JsObject rx = thisObject(self, "[Symbol.search]");
            String s = JsOps.toString(arg(args, 0));
            Object previous = rx.get("lastIndex", rx);
            if (!SameValue.same(previous, 0)) setLastIndexValue(rx, 0);
            Object result = exec(realm, rx, s);
            Object current = rx.get("lastIndex", rx);
            if (!SameValue.same(current, previous)) setLastIndexValue(rx, previous);
            if (result == Null.INSTANCE) return -1;
            return ((JsObject) result).get("index", result);
        });
        method(realm, proto, JsSymbol.REPLACE, 2, (self, args, nt) -> replace(realm, thisObject(self, "[Symbol.replace]"),
            JsOps.toString(arg(args, 0)), arg(args, 1)));
        method(realm, proto, JsSymbol.SPLIT, 2, (self, args, nt) -> split(realm, thisObject(self, "[Symbol.split]"),
            JsOps.toString(arg(args, 0)), arg(args, 1)));
    }

    private static void setLastIndexValue(JsObject r, Object value) {
        if (!r.set("lastIndex", value, r)) throw JsException.typeError("Cannot assign to read only property 'lastIndex' of object");
    }

    private static Object replace(Realm realm, JsObject rx, String s, Object replaceValue) {
        boolean functional = JsOps.isCallable(replaceValue);
        String template = functional ? null : JsOps.toString(replaceValue);
        if (isPristine(realm, rx) && !((JsRegExp) rx).hasFlag('y') && lastIndexPlain(rx)) return replacePristine(realm, (JsRegExp) rx, s, replaceValue, template);
        String flags = JsOps.toString(rx.get("flags", rx));
        boolean global = flags.indexOf('g') >= 0;
        boolean fullUnicode = flags.indexOf('u') >= 0 || flags.indexOf('v') >= 0;
        if (global) setLastIndex(rx, 0);
        List<JsObject> results = new ArrayList<>();
        while (true) {
            Object result = exec(realm, rx, s);
            if (result == Null.INSTANCE) break;
            JsObject ro = (JsObject) result;
            results.add(ro);
            if (!global) break;
            String matched = JsOps.toString(ro.get("0", ro));
            if (matched.isEmpty()) {
                long thisIndex = JsOps.toLength(rx.get("lastIndex", rx));
                setLastIndex(rx, advance(s, thisIndex, fullUnicode));
            }
        }
        Replaced out = new Replaced(s);
        for (JsObject ro : results) {
            long nCaptures = Math.max(ArrayLikes.lengthOf(realm, ro) - 1, 0);
            String matched = JsOps.toString(ro.get("0", ro));
            double pos = JsOps.toIntegerOrInfinity(ro.get("index", ro));
            int position = (int) Math.max(Math.min(pos, s.length()), 0);
            Object[] captures = new Object[(int) nCaptures];
            for (int n = 1; n <= nCaptures; n++) {
                Object cap = ro.get(Integer.toString(n), ro);
                captures[n - 1] = cap == Undefined.INSTANCE ? cap : JsOps.toString(cap);
            }
            Object namedCaptures = ro.get("groups", ro);
            out.add(position, matched.length(), replacement(realm, s, matched, position, captures, namedCaptures, replaceValue, template));
        }
        return out.result();
    }

    /** One match's replacement: the function's result (template null), else GetSubstitution of the template. */
    private static String replacement(Realm realm, String s, String matched, int position, Object[] captures, Object namedCaptures,
                                      Object replaceValue, String template) {
        if (template == null) {
            Object[] callArgs = new Object[captures.length + 3 + (namedCaptures == Undefined.INSTANCE ? 0 : 1)];
            callArgs[0] = matched;
            System.arraycopy(captures, 0, callArgs, 1, captures.length);
            callArgs[captures.length + 1] = position;
            callArgs[captures.length + 2] = s;
            if (namedCaptures != Undefined.INSTANCE) callArgs[captures.length + 3] = namedCaptures;
            return JsOps.toString(JsOps.call(replaceValue, Undefined.INSTANCE, callArgs));
        }
        if (namedCaptures != Undefined.INSTANCE) namedCaptures = JsOps.toObject(realm, namedCaptures);
        return substitution(matched, s, position, captures, namedCaptures, template);
    }

    /** replace's result, built from the replacements in match order (one that starts before the end of the previous match is dropped). */
    private static final class Replaced {
        private final String s;
        private final StringBuilder acc = new StringBuilder();
        private int nextSourcePosition;

        Replaced(String s) { this.s = s; }

        void add(int position, int matchedLength, String replacement) {
            if (position < nextSourcePosition) return;
            acc.append(s, nextSourcePosition, position).append(replacement);
            nextSourcePosition = position + matchedLength;
        }

        String result() {
            return nextSourcePosition >= s.length() ? acc.toString() : acc.append(s, nextSourcePosition, s.length()).toString();
        }
    }

    private static Object split(Realm realm, JsObject rx, String s, Object limitArg) {
        if (!s.isEmpty() && isPristine(realm, rx) && !((JsRegExp) rx).hasFlag('u') && !((JsRegExp) rx).hasFlag('v')) {
            return splitPristine(realm, (JsRegExp) rx, s, limitArg);
        }
        String flags = JsOps.toString(rx.get("flags", rx));
        boolean unicodeMatching = flags.indexOf('u') >= 0 || flags.indexOf('v') >= 0;
        String newFlags = flags.indexOf('y') >= 0 ? flags : flags + "y";
        JsObject splitter = (JsObject) JsOps.construct(realm.regExpConstructor, new Object[] {rx, newFlags}, realm.regExpConstructor);
        JsArray a = ArrayLikes.newArray(realm, 0);
        long lim = limitArg == Undefined.INSTANCE ? 0xFFFF_FFFFL : JsOps.toUint32(limitArg);
        if (lim == 0) return a;
        int size = s.length();
        if (size == 0) {
            if (exec(realm, splitter, s) == Null.INSTANCE) a.push(s);
            return a;
        }
        int p = 0, q = 0;
        while (q < size) {
            setLastIndex(splitter, q);
            Object z = exec(realm, splitter, s);
            if (z == Null.INSTANCE) { q = (int) advance(s, q, unicodeMatching); continue; }
            long e = Math.min(JsOps.toLength(splitter.get("lastIndex", splitter)), size);
            if (e == p) { q = (int) advance(s, q, unicodeMatching); continue; }
            a.push(s.substring(p, q));
            if (a.length() == lim) return a;
            p = (int) e;
            JsObject zo = (JsObject) z;
            long numberOfCaptures = Math.max(ArrayLikes.lengthOf(realm, zo) - 1, 0);
            for (long i = 1; i <= numberOfCaptures; i++) {
                a.push(zo.get(NumberConversions.toString((double) i), zo));
                if (a.length() == lim) return a;
            }
            q = p;
        }
        a.push(s.substring(p, size));
        return a;
    }

    /** lastIndex is writable and holds a number: reading it (ToLength) and writing it run no code and cannot throw. */
    private static boolean lastIndexPlain(JsObject rx) {
        Object v = rx.getOwnDataValue("lastIndex");
        return (v instanceof Integer || v instanceof Double) && dev.piste.runtime.objects.PropertyAttributes.isWritable(rx.shape().attributesAt(rx.shape().lookup("lastIndex")));
    }

    /**
     * replace for an unmodified RegExp (isPristine) without the y flag whose lastIndex is a writable
     * number: the matches are found first, by searching as RegExpExec would (lastIndex 0 for a global
     * RegExp, then from each match's end, one further past an empty match; once for another), and
     * lastIndex and RegExp.$1 and the like are left as the exec calls would leave them, all before the
     * replacement function runs for any match (as in the specification's two phases).
     */
    private static Object replacePristine(Realm realm, JsRegExp rx, String s, Object replaceValue, String template) {
        boolean global = rx.hasFlag('g'), fullUnicode = rx.hasFlag('u') || rx.hasFlag('v');
        RegExpTranslator.Result compiled = rx.compiled;
        int groups = compiled.groupCount(), size = s.length();
        java.util.regex.Matcher m = compiled.pattern().matcher(s);
        m.useTransparentBounds(true).useAnchoringBounds(false);
        List<int[]> matches = new ArrayList<>();
        int from = 0, lastMatch = -1;
        while (from <= size) {
            m.region(from, size);
            if (!m.find()) break;
            int[] bounds = new int[2 * (groups + 1)];
            for (int i = 0; i <= groups; i++) { bounds[2 * i] = m.start(i); bounds[2 * i + 1] = m.end(i); }
            matches.add(bounds);
            lastMatch = m.start();
            if (!global) break;
            from = m.end() == m.start() ? (int) advance(s, m.end(), fullUnicode) : m.end();
        }
        if (global) setLastIndex(rx, 0);
        if (lastMatch >= 0) {
            m.region(lastMatch, size);
            m.lookingAt();
            recordLegacyMatch(realm, rx, m, s);
        }
        if (matches.isEmpty()) return s;
        Replaced out = new Replaced(s);
        for (int[] bounds : matches) {
            int position = bounds[0];
            String matched = s.substring(bounds[0], bounds[1]);
            Object[] captures = new Object[groups];
            for (int i = 1; i <= groups; i++) captures[i - 1] = bounds[2 * i] < 0 ? Undefined.INSTANCE : s.substring(bounds[2 * i], bounds[2 * i + 1]);
            Object namedCaptures = Undefined.INSTANCE;
            if (compiled.hasNamedGroups()) {
                JsObject named = new JsObject((JsObject) null);
                for (int i = 1; i <= groups; i++) if (compiled.groupNames()[i] != null) named.defineOwn(compiled.groupNames()[i], captures[i - 1]);
                namedCaptures = named;
            }
            out.add(position, matched.length(), replacement(realm, s, matched, position, captures, namedCaptures, replaceValue, template));
        }
        return out.result();
    }

    /**
     * split for an unmodified RegExp (isPristine) without the u or v flag, on a non-empty string: the
     * steps above with one search from q where they try a sticky match at q, q + 1, ... (the first
     * position a sticky match succeeds at is where the search finds its match, and the same match), and
     * without the splitter object, which nothing else could see. RegExp.$1 and the like get the last
     * match, as after the step-by-step loop.
     */
    private static Object splitPristine(Realm realm, JsRegExp rx, String s, Object limitArg) {
        JsArray a = ArrayLikes.newArray(realm, 0);
        long lim = limitArg == Undefined.INSTANCE ? 0xFFFF_FFFFL : JsOps.toUint32(limitArg);
        if (lim == 0) return a;
        java.util.regex.Matcher m = rx.compiled.pattern().matcher(s);
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int size = s.length(), captures = rx.compiled.groupCount();
        int p = 0, q = 0, lastMatch = -1;
        while (q < size) {
            m.region(q, size);
            if (!m.find() || m.start() >= size) break;
            int at = m.start();
            lastMatch = at;
            int e = Math.min(m.end(), size);
            if (e == p) { q = (int) advance(s, at, false); continue; }
            a.push(s.substring(p, at));
            if (a.length() == lim) break;
            p = e;
            for (int i = 1; i <= captures && a.length() < lim; i++) a.push(m.start(i) < 0 ? Undefined.INSTANCE : s.substring(m.start(i), m.end(i)));
            if (a.length() == lim) break;
            q = p;
        }
        if (a.length() < lim) a.push(s.substring(p, size));
        if (lastMatch >= 0) {
            m.region(lastMatch, size);
            m.lookingAt();
            recordLegacyMatch(realm, rx, m, s);
        }
        return a;
    }
}
