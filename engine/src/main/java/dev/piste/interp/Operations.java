package dev.piste.interp;

import dev.piste.bytecode.BytecodeFunction;
import dev.piste.runtime.objects.Accessor;
import dev.piste.runtime.objects.JsArray;
import dev.piste.runtime.objects.JsFunction;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.objects.PropertyDescriptor;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;
import dev.piste.runtime.values.Undefined;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The interpreter's out-of-line operations: globals, property access shortcuts, calls, creation. */
final class Operations {
    private Operations() {}

    private static final Object UNDEFINED = Undefined.INSTANCE;

    // ---- Pseudo-variables (this, new.target …): register >= 0, or context slot encoded as -2 - slot ----

    static void writePseudo(Frame frame, int where, Object value) {
        if (where >= 0) frame.registers[where] = value;
        else if (where <= -2) frame.functionContext.slots[-2 - where] = value;
    }

    static Object readPseudo(Frame frame, int where) {
        if (where >= 0) return frame.registers[where];
        if (where <= -2) return frame.functionContext.slots[-2 - where];
        return UNDEFINED;
    }

    static Object sloppyThis(Realm realm, Object thisArg) {
        if (JsOps.isNullish(thisArg)) return realm.globalObject;
        if (thisArg instanceof JsObject) return thisArg;
        return JsOps.toObject(realm, thisArg);
    }

    static JsObject prototypeFromConstructor(JsObject constructor, JsObject fallback) {
        Object p = constructor.get("prototype", constructor);
        return p instanceof JsObject o ? o : fallback;
    }

    // ---- Globals ----

    static Object loadGlobal(Realm realm, String name) {
        Object lexical = realm.globalLexicals.get(name);
        if (lexical != null) {
            if (lexical == Realm.HOLE) throw tdzError(name);
            return lexical;
        }
        JsObject g = realm.globalObject;
        Object v = g.get(name, g);
        if (v == UNDEFINED && !g.hasProperty(name)) throw JsException.referenceError(name + " is not defined");
        return v;
    }

    static Object loadGlobalCached(Realm realm, dev.piste.ic.IcRuntime ic, dev.piste.ic.GlobalCache cache, String name) {
        Object v = cache.load(realm);
        if (v != null) return v;
        v = loadGlobal(realm, name);
        cache.learn(ic, realm);
        return v;
    }

    static void storeGlobalCached(Realm realm, dev.piste.ic.IcRuntime ic, dev.piste.ic.GlobalCache cache, String name, Object value, boolean strict) {
        if (cache.store(realm, value)) return;
        storeGlobal(realm, name, value, strict);
        cache.learn(ic, realm);
    }

    static Object typeofGlobal(Realm realm, String name) {
        Object lexical = realm.globalLexicals.get(name);
        if (lexical != null) {
            if (lexical == Realm.HOLE) throw tdzError(name);
            return JsOps.typeof(lexical);
        }
        return JsOps.typeof(realm.globalObject.get(name, realm.globalObject));
    }

    static void storeGlobal(Realm realm, String name, Object value, boolean strict) {
        Object lexical = realm.globalLexicals.get(name);
        if (lexical != null) {
            if (lexical == Realm.HOLE) throw tdzError(name);
            if (realm.globalConstants.contains(name)) throw JsException.typeError("Assignment to constant variable.");
            realm.assignLexical(name, value);
            return;
        }
        JsObject g = realm.globalObject;
        if (strict && !g.hasProperty(name)) throw JsException.referenceError(name + " is not defined");
        if (!g.set(name, value, g) && strict) throw JsException.typeError("Cannot assign to read only property '" + name + "' of object '#<Object>'");
    }

    static void declareGlobal(Realm realm, String name, Object value, boolean isFunction, boolean fromEval) {
        if (realm.globalLexicals.containsKey(name)) throw JsException.syntaxError("Identifier '" + name + "' has already been declared");
        JsObject g = realm.globalObject;
        PropertyDescriptor existing = g.getOwnProperty(name);
        int attrs = PropertyAttributes.WRITABLE | PropertyAttributes.ENUMERABLE | (fromEval ? PropertyAttributes.CONFIGURABLE : 0);
        if (!isFunction) {
            if (existing == null) g.defineOwn(name, UNDEFINED, attrs);
            return;
        }
        if (existing == null || existing.configurable) {
            g.defineOwn(name, value, attrs);
        } else {
            g.set(name, value, g);
        }
    }

    static void declareGlobalLexical(Realm realm, String name, boolean constant) {
        if (realm.globalLexicals.containsKey(name)) throw JsException.syntaxError("Identifier '" + name + "' has already been declared");
        PropertyDescriptor d = realm.globalObject.getOwnProperty(name);
        if (d != null && !d.configurable) throw JsException.syntaxError("Identifier '" + name + "' has already been declared");
        realm.globalLexicals.put(name, Realm.HOLE);
        realm.globalLexicalEpoch++;
        realm.declaredLexical(name);
        if (constant) realm.globalConstants.add(name);
    }

    static JsException tdzError(String name) {
        if ("this".equals(name)) return JsException.referenceError("Must call super constructor in derived class before accessing 'this' or returning from derived constructor");
        return JsException.referenceError("Cannot access '" + name + "' before initialization");
    }

    // ---- Properties ----

    static Object getNamed(Realm realm, Object base, Object key) {
        if (base instanceof JsObject o) return o.get(key, o);
        return JsOps.getPropertyOfPrimitive(realm, base, key);
    }

    static void setNamed(Realm realm, Object base, Object key, Object value, boolean strict) {
        JsOps.setProperty(realm, base, key, value, strict);
    }

    static void setNamedCached(Realm realm, dev.piste.ic.IcRuntime ic, dev.piste.ic.PropertyCache cache, JsObject o, Object key, Object value, boolean strict) {
        if (cache.tryStore(o, value, ic)) return;
        dev.piste.runtime.objects.Shape before = o.shape();
        JsOps.setProperty(realm, o, key, value, strict);
        cache.storeMissed(ic, o, before);
    }

    static void defineField(Object target, Object key, Object value) {
        JsObject o = (JsObject) target;
        Object k = JsOps.toPropertyKey(key);
        if (!o.defineOwnProperty(k, PropertyDescriptor.data(value, PropertyAttributes.DEFAULT))) {
            throw !o.isExtensible() && o.getOwnProperty(k) == null ? JsException.typeError("Cannot define property " + JsOps.keyToDisplay(k) + ", object is not extensible") : JsException.typeError("Cannot redefine property: " + JsOps.keyToDisplay(k));
        }
    }

    static void defineAccessor(Object target, Object key, Object function, boolean getter) {
        JsObject o = (JsObject) target;
        Object k = JsOps.toPropertyKey(key);
        PropertyDescriptor d = new PropertyDescriptor();
        if (getter) { d.getter = (JsObject) function; d.hasGet = true; }
        else { d.setter = (JsObject) function; d.hasSet = true; }
        d.enumerable = true; d.hasEnumerable = true;
        d.configurable = true; d.hasConfigurable = true;
        o.defineOwnProperty(k, d);
    }

    static Object getSuper(Realm realm, Object thisValue, Object home, Object key) {
        JsObject proto = superBase(home);
        if (proto == null) throw JsException.typeError("Cannot read properties of null (reading '" + JsOps.keyToDisplay(JsOps.toPropertyKey(key)) + "')");
        return proto.get(JsOps.toPropertyKey(key), thisValue);
    }

    static void setSuper(Realm realm, Object thisValue, Object home, Object key, Object value, boolean strict) {
        JsObject proto = superBase(home);
        if (proto == null) throw JsException.typeError("Cannot set properties of null");
        if (!proto.set(JsOps.toPropertyKey(key), value, thisValue) && strict) {
            throw JsException.typeError("Cannot assign to read only property '" + JsOps.keyToDisplay(key) + "' of object");
        }
    }

    private static JsObject superBase(Object home) {
        if (!(home instanceof JsObject h)) throw JsException.syntaxError("'super' keyword unexpected here");
        return h.getPrototypeOf();
    }

    // ---- Calls ----

    static Object call(Object callee, Object thisArg, Object[] args) {
        if (callee instanceof JsFunction f) return f.call(thisArg, args);
        throw JsException.typeError(describeCallee(callee) + " is not a function");
    }

    static Object construct(Object callee, Object[] args) {
        if (callee instanceof JsFunction f && f.isConstructor()) return f.construct(args, f);
        throw JsException.typeError(describeCallee(callee) + " is not a constructor");
    }

    private static String describeCallee(Object v) {
        if (v instanceof CharSequence s) return "\"" + s + "\"";
        if (v instanceof JsFunction f) return f.debugName();
        if (v instanceof JsObject o) return JsOps.describe(o);
        if (v instanceof JsSymbol s) return s.toString();
        return JsOps.toString(v);
    }

    /** "x is not a function" / "x is not a constructor", naming the callee as the source wrote it. */
    static JsException notCallable(BytecodeFunction fn, int pc, Object callee, boolean construct) {
        String text = fn.calleeTexts.get(pc);
        if (text == null) text = describeCallee(callee);
        return JsException.typeError(text + (construct ? " is not a constructor" : " is not a function"));
    }

    static Object[] arrayToArguments(Object array) {
        JsArray a = (JsArray) array;
        int n = (int) a.length();
        Object[] args = new Object[n];
        for (int i = 0; i < n; i++) args[i] = a.getOwnOrUndefined(i);
        return args;
    }

    // ---- Creation ----

    static Object createClosure(Realm realm, BytecodeFunction code, HeapContext context) {
        JsObject proto = code.flags.generator() ? (code.flags.async() ? realm.asyncGeneratorFunctionPrototype : realm.generatorFunctionPrototype)
            : code.flags.async() ? realm.asyncFunctionPrototype : realm.functionPrototype;
        Closure c = new Closure(code, context, realm, proto == null ? realm.functionPrototype : proto);
        if (!code.flags.strict() && !code.flags.arrow() && !code.flags.method() && !code.flags.generator() && !code.flags.async()
                && !code.flags.classConstructor()) {
            // Sloppy functions have own arguments and caller properties, as in V8 (always null here).
            c.defineOwn("arguments", dev.piste.runtime.values.Null.INSTANCE, 0);
            c.defineOwn("caller", dev.piste.runtime.values.Null.INSTANCE, 0);
        }
        if (code.flags.generator()) {
            JsObject p = new JsObject(code.flags.async() ? realm.asyncGeneratorPrototype : realm.generatorPrototype);
            c.defineOwn("prototype", p, PropertyAttributes.WRITABLE);
        } else if (code.flags.isConstructor() && !code.flags.classConstructor()) {
            JsObject p = new JsObject(realm.objectPrototype);
            p.defineOwn("constructor", c, PropertyAttributes.HIDDEN);
            c.defineOwn("prototype", p, PropertyAttributes.WRITABLE);
        }
        return c;
    }

    static void copyDataProperties(Realm realm, JsObject target, Object source, Object excludedKeys) {
        if (JsOps.isNullish(source)) return;
        JsObject from = JsOps.toObject(realm, source);
        Set<Object> excluded = new HashSet<>();
        if (excludedKeys instanceof JsArray ex) {
            for (long i = 0; i < ex.length(); i++) excluded.add(ex.getOwnOrUndefined(i));
        }
        for (Object key : from.ownKeys()) {
            if (excluded.contains(key)) continue;
            PropertyDescriptor d = from.getOwnProperty(key);
            if (d == null || !d.enumerable) continue;
            target.defineOwnProperty(key, PropertyDescriptor.data(from.get(key, from), PropertyAttributes.DEFAULT));
        }
    }

    static Object createRegExp(Realm realm, String pattern, String flags) {
        if (realm.regExpConstructor == null) throw JsException.syntaxError("Regular expressions are not available");
        return realm.regExpConstructor.construct(new Object[] {pattern, flags}, realm.regExpConstructor);
    }

    static Object templateObject(Realm realm, Object site) {
        JsObject cached = realm.templateObjects.get(site);
        if (cached != null) return cached;
        var s = (dev.piste.bytecode.TemplateSites.Site) site;
        JsArray cooked = new JsArray(realm.arrayPrototype);
        JsArray raw = new JsArray(realm.arrayPrototype);
        for (int i = 0; i < s.raw().size(); i++) {
            String c = s.cooked().get(i);
            cooked.push(c == null ? UNDEFINED : c);
            raw.push(s.raw().get(i));
        }
        freeze(raw);
        cooked.defineOwn("raw", raw, 0);
        freeze(cooked);
        realm.templateObjects.put(site, cooked);
        return cooked;
    }

    private static void freeze(JsObject o) {
        for (Object key : o.ownKeys()) {
            PropertyDescriptor d = new PropertyDescriptor();
            d.configurable = false; d.hasConfigurable = true;
            PropertyDescriptor current = o.getOwnProperty(key);
            if (current != null && current.isData()) { d.writable = false; d.hasWritable = true; }
            o.defineOwnProperty(key, d);
        }
        o.preventExtensions();
    }

    static Object createArguments(Frame frame, boolean mapped) {
        Realm realm = frame.closure.realm;
        return new ArgumentsObject(realm, frame, mapped);
    }

    static Object createRest(Realm realm, Object[] args, int from) {
        int n = Math.max(0, args.length - from);
        Object[] rest = new Object[n];
        System.arraycopy(args, Math.min(from, args.length), rest, 0, n);
        return new JsArray(realm.arrayPrototype, rest);
    }

    static List<Object> keysOf(JsObject o) { return o.ownKeys(); }

    static boolean isAccessor(Object v) { return v instanceof Accessor; }
}
