package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.NativeFunction;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;
import dev.piste.runtime.values.Undefined;

/** Shared helpers for defining built-ins with the attributes the specification gives them. */
public final class BuiltinHelper {
    private BuiltinHelper() {}

    /** Defines a method: writable, configurable, not enumerable. */
    public static NativeFunction method(Realm realm, JsObject target, String name, int length, NativeFunction.Body body) {
        NativeFunction f = new NativeFunction(realm, name, length, false, body);
        target.defineOwn(name, f, PropertyAttributes.HIDDEN);
        return f;
    }

    /** Defines a symbol-keyed method; its name is "[description]". */
    public static NativeFunction method(Realm realm, JsObject target, JsSymbol key, int length, NativeFunction.Body body) {
        NativeFunction f = new NativeFunction(realm, key.functionName(), length, false, body);
        target.defineOwn(key, f, PropertyAttributes.HIDDEN);
        return f;
    }

    /** Defines an accessor with a getter named "get name" (and optional setter). */
    public static void getter(Realm realm, JsObject target, Object key, NativeFunction.Body get, NativeFunction.Body set) {
        String base = key instanceof JsSymbol s ? s.functionName() : key.toString();
        NativeFunction g = new NativeFunction(realm, "get " + base, 0, false, get);
        NativeFunction st = set == null ? null : new NativeFunction(realm, "set " + base, 1, false, set);
        target.defineAccessor(key, g, st, PropertyAttributes.CONFIGURABLE);
    }

    /** A constructor function with its prototype object wired both ways. */
    public static NativeFunction constructor(Realm realm, String name, int length, JsObject prototype, NativeFunction.Body body) {
        NativeFunction c = new NativeFunction(realm, name, length, true, body);
        c.defineOwn("prototype", prototype, 0);
        prototype.defineOwn("constructor", c, PropertyAttributes.HIDDEN);
        realm.globalObject.defineOwn(name, c, PropertyAttributes.HIDDEN);
        return c;
    }

    public static Object arg(Object[] args, int i) { return i < args.length ? args[i] : Undefined.INSTANCE; }
}
