package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsFunction;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.ops.Reflection;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;
import dev.piste.runtime.values.Undefined;

import java.lang.ref.WeakReference;

import static dev.piste.runtime.builtins.BuiltinHelper.arg;

/**
 * WeakRef and FinalizationRegistry. A WeakRef holds its target through a Java weak reference.
 * Cleanup callbacks are allowed never to run (the specification leaves it to the host); Piste does not
 * run them, so registering costs nothing and no program can depend on their timing.
 */
final class WeakRefBuiltins {
    private WeakRefBuiltins() {}

    static final class WeakRefObject extends JsObject {
        final WeakReference<Object> target;
        WeakRefObject(JsObject proto, Object target) { super(proto); this.target = new WeakReference<>(target); }
        @Override public String className() { return "WeakRef"; }
    }

    static final class FinalizationRegistryObject extends JsObject {
        FinalizationRegistryObject(JsObject proto) { super(proto); }
        @Override public String className() { return "FinalizationRegistry"; }
    }

    private static boolean canBeHeldWeakly(Object v) {
        return v instanceof JsObject || v instanceof JsSymbol s && s.registryKey == null;
    }

    static void install(Realm realm) {
        JsObject weakRefProto = new JsObject(realm.objectPrototype);
        BuiltinHelper.constructor(realm, "WeakRef", 1, weakRefProto, (self, args, nt) -> {
            if (nt == null) throw JsException.typeError("Constructor WeakRef requires 'new'");
            Object target = arg(args, 0);
            if (!canBeHeldWeakly(target)) throw JsException.typeError("WeakRef: invalid target");
            return new WeakRefObject(Reflection.prototypeFrom(nt, weakRefProto), target);
        });
        BuiltinHelper.method(realm, weakRefProto, "deref", 0, (self, args, nt) -> {
            if (!(self instanceof WeakRefObject w)) throw JsException.typeError("WeakRef.prototype.deref called on incompatible receiver " + JsOps.describe(self));
            Object t = w.target.get();
            return t == null ? Undefined.INSTANCE : t;
        });
        weakRefProto.defineOwn(JsSymbol.TO_STRING_TAG, "WeakRef", PropertyAttributes.CONFIGURABLE);

        JsObject registryProto = new JsObject(realm.objectPrototype);
        BuiltinHelper.constructor(realm, "FinalizationRegistry", 1, registryProto, (self, args, nt) -> {
            if (nt == null) throw JsException.typeError("Constructor FinalizationRegistry requires 'new'");
            if (!(arg(args, 0) instanceof JsFunction)) throw JsException.typeError("FinalizationRegistry: cleanup must be callable");
            return new FinalizationRegistryObject(Reflection.prototypeFrom(nt, registryProto));
        });
        BuiltinHelper.method(realm, registryProto, "register", 2, (self, args, nt) -> {
            if (!(self instanceof FinalizationRegistryObject)) throw JsException.typeError("FinalizationRegistry.prototype.register called on incompatible receiver");
            if (!canBeHeldWeakly(arg(args, 0))) throw JsException.typeError("FinalizationRegistry.prototype.register: invalid target");
            return Undefined.INSTANCE;
        });
        BuiltinHelper.method(realm, registryProto, "unregister", 1, (self, args, nt) -> {
            if (!(self instanceof FinalizationRegistryObject)) throw JsException.typeError("FinalizationRegistry.prototype.unregister called on incompatible receiver");
            if (!canBeHeldWeakly(arg(args, 0))) throw JsException.typeError("Invalid unregisterToken ('" + JsOps.toString(arg(args, 0)) + "')");
            return false;
        });
        registryProto.defineOwn(JsSymbol.TO_STRING_TAG, "FinalizationRegistry", PropertyAttributes.CONFIGURABLE);
    }
}
