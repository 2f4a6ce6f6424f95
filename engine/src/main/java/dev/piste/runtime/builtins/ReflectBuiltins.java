package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsArray;
import dev.piste.runtime.objects.JsFunction;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.NativeFunction;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.objects.Proxy;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.ops.Reflection;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;
import dev.piste.runtime.values.Null;
import dev.piste.runtime.values.Undefined;

import static dev.piste.runtime.builtins.BuiltinHelper.arg;
import static dev.piste.runtime.builtins.BuiltinHelper.method;

/** Reflect (the internal methods as functions) and the Proxy constructor with Proxy.revocable. */
public final class ReflectBuiltins {
    private ReflectBuiltins() {}

    public static void install(Realm realm) {
        JsObject reflect = new JsObject(realm.objectPrototype);
        realm.globalObject.defineOwn("Reflect", reflect, PropertyAttributes.HIDDEN);
        reflect.defineOwn(JsSymbol.TO_STRING_TAG, "Reflect", PropertyAttributes.CONFIGURABLE);

        method(realm, reflect, "apply", 3, (self, args, nt) -> {
            Object f = arg(args, 0);
            if (!(f instanceof JsFunction fn)) throw FunctionBuiltins.notCallable(f, "apply");
            return fn.call(arg(args, 1), Reflection.listFromArrayLike(realm, arg(args, 2), false).toArray());
        });
        method(realm, reflect, "construct", 2, (self, args, nt) -> {
            Object target = arg(args, 0);
            if (!(target instanceof JsFunction t) || !t.isConstructor()) throw notConstructor(target);
            Object newTarget = args.length > 2 ? args[2] : target;
            if (!(newTarget instanceof JsFunction n) || !n.isConstructor()) throw notConstructor(newTarget);
            return t.construct(Reflection.listFromArrayLike(realm, arg(args, 1), false).toArray(), n);
        });
        method(realm, reflect, "defineProperty", 3, (self, args, nt) -> {
            JsObject o = target(args, "defineProperty");
            Object key = JsOps.toPropertyKey(arg(args, 1));
            return o.defineOwnProperty(key, Reflection.toPropertyDescriptor(arg(args, 2)));
        });
        method(realm, reflect, "deleteProperty", 2, (self, args, nt) -> target(args, "deleteProperty").delete(JsOps.toPropertyKey(arg(args, 1))));
        method(realm, reflect, "get", 2, (self, args, nt) -> {
            JsObject o = target(args, "get");
            Object key = JsOps.toPropertyKey(arg(args, 1));
            return o.get(key, args.length > 2 ? args[2] : o);
        });
        method(realm, reflect, "getOwnPropertyDescriptor", 2, (self, args, nt) -> {
            JsObject o = target(args, "getOwnPropertyDescriptor");
            return Reflection.fromPropertyDescriptor(realm, o.getOwnProperty(JsOps.toPropertyKey(arg(args, 1))));
        });
        method(realm, reflect, "getPrototypeOf", 1, (self, args, nt) -> {
            JsObject p = target(args, "getPrototypeOf").getPrototypeOf();
            return p == null ? Null.INSTANCE : p;
        });
        method(realm, reflect, "has", 2, (self, args, nt) -> target(args, "has").hasProperty(JsOps.toPropertyKey(arg(args, 1))));
        method(realm, reflect, "isExtensible", 1, (self, args, nt) -> target(args, "isExtensible").isExtensible());
        method(realm, reflect, "ownKeys", 1, (self, args, nt) -> new JsArray(realm.arrayPrototype, target(args, "ownKeys").ownKeys().toArray()));
        method(realm, reflect, "preventExtensions", 1, (self, args, nt) -> target(args, "preventExtensions").preventExtensions());
        method(realm, reflect, "set", 3, (self, args, nt) -> {
            JsObject o = target(args, "set");
            Object key = JsOps.toPropertyKey(arg(args, 1));
            return o.set(key, arg(args, 2), args.length > 3 ? args[3] : o);
        });
        method(realm, reflect, "setPrototypeOf", 2, (self, args, nt) -> {
            JsObject o = target(args, "setPrototypeOf");
            Object p = arg(args, 1);
            if (!(p instanceof JsObject) && p != Null.INSTANCE) throw JsException.typeError("Object prototype may only be an Object or null: " + JsOps.toString(p instanceof JsSymbol ? p.toString() : p));
            return o.setPrototypeOf(p instanceof JsObject po ? po : null);
        });

        NativeFunction proxy = new NativeFunction(realm, "Proxy", 2, true, (self, args, newTarget) -> {
            if (newTarget == null) throw JsException.typeError("Constructor Proxy requires 'new'");
            return create(realm, arg(args, 0), arg(args, 1));
        });
        realm.globalObject.defineOwn("Proxy", proxy, PropertyAttributes.HIDDEN);
        method(realm, proxy, "revocable", 2, (self, args, nt) -> {
            JsObject p = create(realm, arg(args, 0), arg(args, 1));
            JsObject result = new JsObject(realm.objectPrototype);
            result.defineOwn("proxy", p);
            result.defineOwn("revoke", new NativeFunction(realm, "", 0, false, (s, a, n) -> {
                ((Proxy) p).traps().revoke();
                return Undefined.INSTANCE;
            }));
            return result;
        });
    }

    /** V8 names a function by its source text here. */
    private static JsException notConstructor(Object v) {
        return JsException.typeError((v instanceof JsFunction f ? f.sourceText() : JsOps.describe(v)) + " is not a constructor");
    }

    private static JsObject create(Realm realm, Object target, Object handler) {
        if (!(target instanceof JsObject t) || !(handler instanceof JsObject h)) {
            throw JsException.typeError("Cannot create proxy with a non-object as target or handler");
        }
        return Proxy.create(realm, t, h);
    }

    private static JsObject target(Object[] args, String name) {
        if (arg(args, 0) instanceof JsObject o) return o;
        throw JsException.typeError("Reflect." + name + " called on non-object");
    }
}
