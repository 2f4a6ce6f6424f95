package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsArray;
import dev.piste.runtime.objects.JsFunction;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.NativeFunction;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.ops.Iterators;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.ops.NumberConversions;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;
import dev.piste.runtime.values.Null;
import dev.piste.runtime.values.Undefined;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;

import static dev.piste.runtime.builtins.BuiltinHelper.arg;
import static dev.piste.runtime.builtins.BuiltinHelper.getter;
import static dev.piste.runtime.builtins.BuiltinHelper.method;

/**
 * The RegExp constructor and prototype: exec/test/toString, the flag getters, and the Symbol.match,
 * matchAll, replace, search and split protocol methods that the String methods delegate to. Matching
 * itself is java.util.regex on a translated pattern ({@link RegExpTranslator}).
 */
public final class RegExpBuiltins {
    private RegExpBuiltins() {}

    private static final String CACHE = "regexp.translations";
    private static final int CACHE_LIMIT = 512;
    private static final String VALID_FLAGS = "dgimsuy";

    public static void install(Realm realm) {
        JsObject proto = new JsObject(realm.objectPrototype);
        realm.regExpPrototype = proto;
        NativeFunction[] ctorHolder = new NativeFunction[1];
        NativeFunction ctor = BuiltinHelper.constructor(realm, "RegExp", 2, proto, (thisArg, args, nt) -> construct(realm, ctorHolder[0], args, nt));
        ctorHolder[0] = ctor;
        realm.regExpConstructor = ctor;
        installLegacyStatics(realm, ctor);
        BuiltinHelper.getter(realm, ctor, JsSymbol.SPECIES, (self, args, nt) -> self, null);
        realm.hostData.put("inspect.RegExp", (Inspector.Custom) (inspector, value, depth) ->
            value instanceof JsRegExp r && r.source != null ? r.display() : null);

        NativeFunction execFunction = method(realm, proto, "exec", 1,
            (self, args, nt) -> builtinExec(realm, thisRegExp(self, "exec"), JsOps.toString(arg(args, 0))));
        realm.hostData.put("regexp.exec", execFunction);
        method(realm, proto, "test", 1, (self, args, nt) ->
            exec(realm, thisObject(self, "test"), JsOps.toString(arg(args, 0))) != Null.INSTANCE);
        method(realm, proto, "toString", 0, (self, args, nt) -> {
            JsObject r = thisObject(self, "toString");
            return "/" + JsOps.toString(r.get("source", r)) + "/" + JsOps.toString(r.get("flags", r));
        });
        method(realm, proto, "compile", 2, (self, args, nt) -> {
            JsRegExp r = thisRegExp(self, "compile");
            Object pattern = arg(args, 0), flags = arg(args, 1);
            if (pattern instanceof JsRegExp other) {
                if (flags != Undefined.INSTANCE) throw JsException.typeError("Invalid flags supplied to RegExp constructor");
                initialize(realm, r, other.source, other.flags);
            } else {
                initialize(realm, r, pattern == Undefined.INSTANCE ? "" : JsOps.toString(pattern), flags == Undefined.INSTANCE ? "" : JsOps.toString(flags));
            }
            return r;
        });
        getter(realm, proto, "source", (self, args, nt) -> {
            if (self == proto) return "(?:)";
            return escapedSource(thisRegExp(self, "source").source);
        }, null);
        getter(realm, proto, "flags", (self, args, nt) -> {
            JsObject r = thisObject(self, "flags");
            StringBuilder sb = new StringBuilder();
            String[][] order = {{"hasIndices", "d"}, {"global", "g"}, {"ignoreCase", "i"}, {"multiline", "m"},
                {"dotAll", "s"}, {"unicode", "u"}, {"unicodeSets", "v"}, {"sticky", "y"}};
            for (String[] f : order) if (JsOps.toBoolean(r.get(f[0], r))) sb.append(f[1]);
            return sb.toString();
        }, null);
        String[][] flagGetters = {{"hasIndices", "d"}, {"global", "g"}, {"ignoreCase", "i"}, {"multiline", "m"},
            {"dotAll", "s"}, {"unicode", "u"}, {"unicodeSets", "v"}, {"sticky", "y"}};
        for (String[] f : flagGetters) {
            char flag = f[1].charAt(0);
            getter(realm, proto, f[0], (self, args, nt) -> {
                if (self == proto) return Undefined.INSTANCE;
                if (!(self instanceof JsRegExp r)) throw JsException.typeError("RegExp.prototype." + f[0] + " getter called on non-RegExp object");
                return r.hasFlag(flag);
            }, null);
        }
        RegExpProtocol.install(realm, proto);
        Object[] installed = new Object[PROTOCOL_KEYS.length];
        for (int i = 0; i < PROTOCOL_KEYS.length; i++) installed[i] = proto.slots()[proto.shape().lookup(PROTOCOL_KEYS[i])];
        realm.hostData.put(PRISTINE, installed);
    }

    /** What the protocol methods read of a RegExp and its prototype besides lastIndex (RegExpExec, the flags getter, IsRegExp). */
    private static final Object[] PROTOCOL_KEYS = {"exec", "flags", "hasIndices", "global", "ignoreCase", "multiline", "dotAll",
        "unicode", "unicodeSets", "sticky", JsSymbol.MATCH};
    private static final String PRISTINE = "regexp.pristine";

    /**
     * Whether the protocol methods may match with r's pattern directly, with no observable difference
     * from going through its properties: r is an initialized RegExp with no own property but lastIndex
     * and RegExp.prototype as its prototype, whose exec, flags, flag getters and Symbol.match are the
     * ones installed (a value or accessor replaced there is another object in the slot).
     */
    static boolean isPristine(Realm realm, JsObject r) {
        if (!(r instanceof JsRegExp rx) || rx.source == null) return false;
        dev.piste.runtime.objects.Shape shape = r.shape();
        if (shape.prototype() != realm.regExpPrototype || shape.propertyCount() != 1) return false;
        JsObject proto = realm.regExpPrototype;
        Object[] installed = (Object[]) realm.hostData.get(PRISTINE);
        for (int i = 0; i < PROTOCOL_KEYS.length; i++) {
            int slot = proto.shape().lookup(PROTOCOL_KEYS[i]);
            if (slot < 0 || proto.slots()[slot] != installed[i]) return false;
        }
        return true;
    }

    /** The constructor body: RegExp(pattern, flags) and new RegExp(pattern, flags). */
    static Object construct(Realm realm, NativeFunction self, Object[] args, JsObject newTarget) {
        Object pattern = arg(args, 0), flags = arg(args, 1);
        boolean patternIsRegExp = isRegExp(pattern);
        if (newTarget == null) {
            newTarget = self;
            if (patternIsRegExp && flags == Undefined.INSTANCE) {
                JsObject p = (JsObject) pattern;
                if (p.get("constructor", p) == newTarget) return pattern;
            }
        }
        String source, flagText;
        if (pattern instanceof JsRegExp r && r.source != null) {
            source = r.source;
            flagText = flags == Undefined.INSTANCE ? r.flags : JsOps.toString(flags);
        } else if (patternIsRegExp) {
            JsObject p = (JsObject) pattern;
            Object s = p.get("source", p);
            source = s == Undefined.INSTANCE ? "" : JsOps.toString(s);
            Object f = flags == Undefined.INSTANCE ? p.get("flags", p) : flags;
            flagText = f == Undefined.INSTANCE ? "" : JsOps.toString(f);
        } else {
            source = pattern == Undefined.INSTANCE ? "" : JsOps.toString(pattern);
            flagText = flags == Undefined.INSTANCE ? "" : JsOps.toString(flags);
        }
        JsObject proto = realm.regExpPrototype;
        if (newTarget.get("prototype", newTarget) instanceof JsObject p) proto = p;
        JsRegExp r = new JsRegExp(proto);
        initialize(realm, r, source, flagText);
        return r;
    }

    @SuppressWarnings("unchecked")
    static void initialize(Realm realm, JsRegExp r, String source, String flags) {
        for (int i = 0; i < flags.length(); i++) {
            char c = flags.charAt(i);
            if (VALID_FLAGS.indexOf(c) < 0 || flags.indexOf(c, i + 1) >= 0) {
                throw JsException.syntaxError("Invalid flags supplied to RegExp constructor '" + flags + "'");
            }
        }
        Map<String, RegExpTranslator.Result> cache = (Map<String, RegExpTranslator.Result>) realm.hostData.computeIfAbsent(CACHE,
            k -> new LinkedHashMap<String, RegExpTranslator.Result>(64, 0.75f, true) {
                @Override protected boolean removeEldestEntry(Map.Entry<String, RegExpTranslator.Result> e) { return size() > CACHE_LIMIT; }
            });
        String key = flags + "/" + source;
        RegExpTranslator.Result compiled = cache.get(key);
        if (compiled == null) {
            compiled = RegExpTranslator.translate(source, flags);
            cache.put(key, compiled);
        }
        r.source = source;
        r.flags = flags;
        r.compiled = compiled;
        setLastIndex(r, 0);
    }

    /** IsRegExp: an object whose Symbol.match is truthy, or (when undefined) a RegExp instance. */
    static boolean isRegExp(Object v) {
        if (!(v instanceof JsObject o)) return false;
        Object matcher = o.get(JsSymbol.MATCH, o);
        if (matcher != Undefined.INSTANCE) return JsOps.toBoolean(matcher);
        return o instanceof JsRegExp;
    }

    /** EscapeRegExpPattern: "/" and line terminators escaped (outside classes for "/"), empty as "(?:)". */
    static String escapedSource(String source) {
        if (source.isEmpty()) return "(?:)";
        StringBuilder sb = new StringBuilder();
        boolean inClass = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            switch (c) {
                case '\\' -> {
                    sb.append(c);
                    if (i + 1 < source.length()) {
                        char n = source.charAt(++i);
                        sb.append(n == '\n' ? "n" : n == '\r' ? "r" : n == '\u2028' ? "u2028" : n == '\u2029' ? "u2029" : String.valueOf(n));
                    }
                }
                case '/' -> sb.append(inClass ? "/" : "\\/");
                case '[' -> { inClass = true; sb.append(c); }
                case ']' -> { inClass = false; sb.append(c); }
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static JsRegExp thisRegExp(Object self, String method) {
        if (self instanceof JsRegExp r && r.source != null) return r;
        throw JsException.typeError("RegExp.prototype." + method + " called on incompatible receiver " + JsOps.describe(self));
    }

    static JsObject thisObject(Object self, String method) {
        if (self instanceof JsObject o) return o;
        throw JsException.typeError("RegExp.prototype." + method + " called on incompatible receiver " + JsOps.describe(self));
    }

    static void setLastIndex(JsObject r, long value) {
        if (!r.set("lastIndex", NumberConversions.box(value), r)) throw JsException.typeError("Cannot assign to read only property 'lastIndex' of object '" + JsOps.describe(r) + "'");
    }

    /** RegExpExec: a user "exec" if there is a callable one, else the built-in. Returns an object or null. */
    static Object exec(Realm realm, JsObject r, String s) {
        Object exec = r.get("exec", r);
        if (exec instanceof JsFunction f && !(f instanceof NativeFunction nf && nf == realm.hostData.get("regexp.exec"))) {
            Object result = f.call(r, new Object[] {s});
            if (!(result instanceof JsObject) && result != Null.INSTANCE) throw JsException.typeError("object null is not a function");
            return result;
        }
        if (!(r instanceof JsRegExp rx) || rx.source == null) throw JsException.typeError("RegExp exec method called on an incompatible receiver " + JsOps.describe(r));
        return builtinExec(realm, rx, s);
    }

    /** RegExpBuiltinExec: one match from lastIndex, honouring g/y, building the result array. */
    static Object builtinExec(Realm realm, JsRegExp r, String s) {
        long lastIndex = JsOps.toLength(r.get("lastIndex", r));
        boolean global = r.hasFlag('g'), sticky = r.hasFlag('y');
        if (!global && !sticky) lastIndex = 0;
        if (lastIndex > s.length()) {
            if (global || sticky) setLastIndex(r, 0);
            return Null.INSTANCE;
        }
        Matcher m = r.compiled.pattern().matcher(s);
        m.useTransparentBounds(true).useAnchoringBounds(false);
        m.region((int) lastIndex, s.length());
        boolean found = sticky ? m.lookingAt() : m.find();
        if (!found) {
            if (global || sticky) setLastIndex(r, 0);
            return Null.INSTANCE;
        }
        if (global || sticky) setLastIndex(r, m.end());
        recordLegacyMatch(realm, r, m, s);
        return matchResult(realm, r, m, s);
    }

    /**
     * The last successful match, for the legacy static properties RegExp.$1 … and lastMatch: its input
     * and where each group (0: the whole match) starts and ends, -1 for one that took no part. The
     * strings are made when a property is read: most programs never read them, and every match records one.
     */
    record LegacyMatch(String input, int[] bounds) {
        int groupCount() { return bounds.length / 2; }
        String group(int i) { return bounds[2 * i] < 0 ? "" : input.substring(bounds[2 * i], bounds[2 * i + 1]); }
        int start() { return bounds[0]; }
        int end() { return bounds[1]; }
    }

    private static final String LEGACY = "regexp.lastMatch";

    static void recordLegacyMatch(Realm realm, JsRegExp r, Matcher m, String s) {
        int n = r.compiled.groupCount();
        int[] bounds = new int[2 * (n + 1)];
        for (int i = 0; i <= n; i++) {
            bounds[2 * i] = m.start(i);
            bounds[2 * i + 1] = m.end(i);
        }
        realm.hostData.put(LEGACY, new LegacyMatch(s, bounds));
    }

    /** RegExp.$1 … $9, input ($_), lastMatch ($&), lastParen ($+), leftContext ($`), rightContext ($'). */
    private static void installLegacyStatics(Realm realm, JsObject ctor) {
        java.util.function.BiConsumer<String, java.util.function.Function<LegacyMatch, String>> define = (name, f) -> {
            BuiltinHelper.getter(realm, ctor, name, (self, args, nt) -> {
                LegacyMatch lm = (LegacyMatch) realm.hostData.get(LEGACY);
                return lm == null ? "" : f.apply(lm);
            }, (self, args, nt) -> Undefined.INSTANCE);
        };
        for (int i = 1; i <= 9; i++) {
            int g = i;
            define.accept("$" + i, lm -> g < lm.groupCount() ? lm.group(g) : "");
        }
        for (String name : new String[] {"input", "$_"}) define.accept(name, LegacyMatch::input);
        for (String name : new String[] {"lastMatch", "$&"}) define.accept(name, lm -> lm.group(0));
        for (String name : new String[] {"lastParen", "$+"}) define.accept(name, lm -> lm.groupCount() > 1 ? lm.group(lm.groupCount() - 1) : "");
        for (String name : new String[] {"leftContext", "$`"}) define.accept(name, lm -> lm.input().substring(0, lm.start()));
        for (String name : new String[] {"rightContext", "$'"}) define.accept(name, lm -> lm.input().substring(lm.end()));
    }

    private static JsArray matchResult(Realm realm, JsRegExp r, Matcher m, String s) {
        RegExpTranslator.Result c = r.compiled;
        int n = c.groupCount();
        Object[] values = new Object[n + 1];
        for (int i = 0; i <= n; i++) values[i] = m.start(i) < 0 ? Undefined.INSTANCE : s.substring(m.start(i), m.end(i));
        JsArray a = new JsArray(realm.arrayPrototype, values);
        a.defineOwn("index", m.start());
        a.defineOwn("input", s);
        Object groups = Undefined.INSTANCE;
        if (c.hasNamedGroups()) {
            JsObject g = new JsObject((JsObject) null);
            for (int i = 1; i <= n; i++) if (c.groupNames()[i] != null) g.defineOwn(c.groupNames()[i], values[i]);
            groups = g;
        }
        a.defineOwn("groups", groups);
        if (r.hasFlag('d')) {
            Object[] pairs = new Object[n + 1];
            for (int i = 0; i <= n; i++) {
                pairs[i] = m.start(i) < 0 ? Undefined.INSTANCE
                    : new JsArray(realm.arrayPrototype, new Object[] {m.start(i), m.end(i)});
            }
            JsArray indices = new JsArray(realm.arrayPrototype, pairs);
            Object indexGroups = Undefined.INSTANCE;
            if (c.hasNamedGroups()) {
                JsObject g = new JsObject((JsObject) null);
                for (int i = 1; i <= n; i++) if (c.groupNames()[i] != null) g.defineOwn(c.groupNames()[i], pairs[i]);
                indexGroups = g;
            }
            indices.defineOwn("groups", indexGroups);
            a.defineOwn("indices", indices);
        }
        return a;
    }

    /** AdvanceStringIndex */
    static long advance(String s, long index, boolean unicode) {
        if (!unicode || index + 1 >= s.length()) return index + 1;
        return index + Character.charCount(s.codePointAt((int) index));
    }

    /** RegExpCreate(pattern, flags) with %RegExp% (what String methods use for non-RegExp arguments). */
    static JsRegExp create(Realm realm, Object pattern, String flags) {
        JsRegExp r = new JsRegExp(realm.regExpPrototype);
        initialize(realm, r, pattern == Undefined.INSTANCE ? "" : JsOps.toString(pattern), flags);
        return r;
    }

    /**
     * GetSubstitution: expands $$, $&, $`, $', $n, $nn and $<name> in a replacement template.
     * captures[i] is the i-th capture (1-based in the template) or Undefined.
     */
    static String substitution(String matched, String str, int position, Object[] captures, Object namedCaptures, String template) {
        if (template.indexOf('$') < 0) return template;
        StringBuilder sb = new StringBuilder();
        int m = captures.length;
        int tailPos = Math.min(position + matched.length(), str.length());
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '$' || i + 1 >= template.length()) { sb.append(c); continue; }
            char n = template.charAt(i + 1);
            if (n == '$') { sb.append('$'); i++; }
            else if (n == '&') { sb.append(matched); i++; }
            else if (n == '`') { sb.append(str, 0, Math.min(position, str.length())); i++; }
            else if (n == '\'') { if (tailPos < str.length()) sb.append(str, tailPos, str.length()); i++; }
            else if (n >= '0' && n <= '9') {
                int digit = n - '0';
                boolean two = i + 2 < template.length() && Character.isDigit(template.charAt(i + 2));
                int twoDigit = two ? digit * 10 + (template.charAt(i + 2) - '0') : -1;
                if (two && twoDigit >= 1 && twoDigit <= m) {
                    Object cap = captures[twoDigit - 1];
                    if (cap != Undefined.INSTANCE) sb.append(JsOps.toString(cap));
                    i += 2;
                } else if (digit >= 1 && digit <= m) {
                    Object cap = captures[digit - 1];
                    if (cap != Undefined.INSTANCE) sb.append(JsOps.toString(cap));
                    i += 1;
                } else {
                    sb.append('$');
                }
            } else if (n == '<') {
                int close = template.indexOf('>', i + 2);
                if (namedCaptures == Undefined.INSTANCE || close < 0) { sb.append('$'); continue; }
                String name = template.substring(i + 2, close);
                Object cap = ((JsObject) namedCaptures).get(name, namedCaptures);
                if (cap != Undefined.INSTANCE) sb.append(JsOps.toString(cap));
                i = close;
            } else {
                sb.append('$');
            }
        }
        return sb.toString();
    }

    /** The RegExp String Iterator behind matchAll. */
    static final class RegExpStringIterator extends JsObject {
        JsObject regexp;
        final String string;
        final boolean global, unicode;
        RegExpStringIterator(JsObject proto, JsObject regexp, String string, boolean global, boolean unicode) {
            super(proto);
            this.regexp = regexp; this.string = string; this.global = global; this.unicode = unicode;
        }
        @Override public String className() { return "RegExp String Iterator"; }
    }

    static JsObject regExpStringIteratorPrototype(Realm realm) {
        Object existing = realm.hostData.get("regexp.stringIteratorPrototype");
        if (existing instanceof JsObject o) return o;
        JsObject proto = new JsObject(realm.iteratorPrototype);
        proto.defineOwn(JsSymbol.TO_STRING_TAG, "RegExp String Iterator", PropertyAttributes.CONFIGURABLE);
        method(realm, proto, "next", 0, (self, args, nt) -> {
            if (!(self instanceof RegExpStringIterator it)) throw JsException.typeError("next method called on incompatible receiver " + JsOps.describe(self));
            if (it.regexp == null) return Iterators.result(realm, Undefined.INSTANCE, true);
            Object match = exec(realm, it.regexp, it.string);
            if (match == Null.INSTANCE) {
                it.regexp = null;
                return Iterators.result(realm, Undefined.INSTANCE, true);
            }
            if (!it.global) {
                it.regexp = null;
                return Iterators.result(realm, match, false);
            }
            JsObject mo = (JsObject) match;
            String matched = JsOps.toString(mo.get("0", mo));
            if (matched.isEmpty()) {
                long thisIndex = JsOps.toLength(it.regexp.get("lastIndex", it.regexp));
                setLastIndex(it.regexp, advance(it.string, thisIndex, it.unicode));
            }
            return Iterators.result(realm, match, false);
        });
        realm.hostData.put("regexp.stringIteratorPrototype", proto);
        return proto;
    }
}
