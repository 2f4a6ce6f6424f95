package dev.piste.runtime.objects;

import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.ops.Reflection;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;
import dev.piste.runtime.values.Null;
import dev.piste.runtime.values.Undefined;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The internal methods of a Proxy exotic object (ECMA-262 §10.5): each looks up its trap on the
 * handler, falls back to the target when the trap is undefined, and otherwise checks the trap's
 * result against the target's invariants (a non-configurable or non-extensible target cannot be
 * misreported). Revocation clears both fields; every method then throws.
 */
public final class ProxyTraps {
    private final Realm realm;
    /** Null once revoked (together with {@link #handler}). */
    private JsObject target, handler;

    ProxyTraps(Realm realm, JsObject target, JsObject handler) {
        this.realm = realm; this.target = target; this.handler = handler;
    }

    public void revoke() { target = null; handler = null; }

    /** The target, or null when revoked. */
    public JsObject target() { return target; }

    /** The target, throwing the revoked-proxy TypeError for operation {@code op}. */
    public JsObject liveTarget(String op) {
        if (handler == null) throw JsException.typeError("Cannot perform '" + op + "' on a proxy that has been revoked");
        return target;
    }


    /** GetMethod(handler, name); null when the trap is undefined or null. */
    private JsFunction trap(String name) {
        if (handler == null) throw JsException.typeError("Cannot perform '" + name + "' on a proxy that has been revoked");
        Object t = handler.get(name, handler);
        if (JsOps.isNullish(t)) return null;
        if (t instanceof JsFunction f) return f;
        throw JsException.typeError(JsOps.describe(t) + " returned for property '" + name + "' of object '#<Object>' is not a function");
    }

    private static Object keyValue(Object key) { return key; }

    private static String show(Object key) { return JsOps.keyToDisplay(key); }

    // ---- Prototype and extensibility ----

    JsObject getPrototypeOf() {
        JsFunction t = trap("getPrototypeOf");
        if (t == null) return target.getPrototypeOf();
        JsObject target = this.target;
        Object r = t.call(handler, new Object[] {target});
        if (!(r instanceof JsObject) && r != Null.INSTANCE) throw JsException.typeError("'getPrototypeOf' on proxy: trap returned neither object nor null");
        JsObject proto = r instanceof JsObject o ? o : null;
        if (target.isExtensible()) return proto;
        if (proto != target.getPrototypeOf()) throw JsException.typeError("'getPrototypeOf' on proxy: proxy target is non-extensible but the trap did not return its actual prototype");
        return proto;
    }

    boolean setPrototypeOf(JsObject proto) {
        JsFunction t = trap("setPrototypeOf");
        if (t == null) return target.setPrototypeOf(proto);
        JsObject target = this.target;
        boolean ok = JsOps.toBoolean(t.call(handler, new Object[] {target, proto == null ? Null.INSTANCE : proto}));
        if (!ok) return false;
        if (target.isExtensible()) return true;
        if (proto != target.getPrototypeOf()) throw JsException.typeError("'setPrototypeOf' on proxy: trap returned truish for setting a new prototype on the non-extensible proxy target");
        return true;
    }

    boolean isExtensible() {
        JsFunction t = trap("isExtensible");
        if (t == null) return target.isExtensible();
        JsObject target = this.target;
        boolean r = JsOps.toBoolean(t.call(handler, new Object[] {target}));
        if (r != target.isExtensible()) throw JsException.typeError("'isExtensible' on proxy: trap result does not reflect extensibility of proxy target (which is '" + target.isExtensible() + "')");
        return r;
    }

    boolean preventExtensions() {
        JsFunction t = trap("preventExtensions");
        if (t == null) return target.preventExtensions();
        JsObject target = this.target;
        boolean r = JsOps.toBoolean(t.call(handler, new Object[] {target}));
        if (r && target.isExtensible()) throw JsException.typeError("'preventExtensions' on proxy: trap returned truish but the proxy target is extensible");
        return r;
    }

    // ---- Own properties ----

    PropertyDescriptor getOwnProperty(Object key) {
        JsFunction t = trap("getOwnPropertyDescriptor");
        if (t == null) return target.getOwnProperty(key);
        JsObject target = this.target;
        Object r = t.call(handler, new Object[] {target, keyValue(key)});
        if (!(r instanceof JsObject) && r != Undefined.INSTANCE) {
            throw JsException.typeError("'getOwnPropertyDescriptor' on proxy: trap returned neither object nor undefined for property '" + show(key) + "'");
        }
        PropertyDescriptor targetDesc = target.getOwnProperty(key);
        if (r == Undefined.INSTANCE) {
            if (targetDesc == null) return null;
            if (!targetDesc.configurable) throw JsException.typeError("'getOwnPropertyDescriptor' on proxy: trap returned undefined for property '" + show(key) + "' which is non-configurable in the proxy target");
            if (!target.isExtensible()) throw JsException.typeError("'getOwnPropertyDescriptor' on proxy: trap returned undefined for property '" + show(key) + "' which exists in the non-extensible proxy target");
            return null;
        }
        PropertyDescriptor result = Reflection.toPropertyDescriptor(r);
        Reflection.complete(result);
        if (!isCompatible(target.isExtensible(), result, targetDesc)) {
            throw JsException.typeError("'getOwnPropertyDescriptor' on proxy: trap returned descriptor for property '" + show(key) + "' that is incompatible with the existing property in the proxy target");
        }
        if (!result.configurable) {
            if (targetDesc == null || targetDesc.configurable) {
                throw JsException.typeError("'getOwnPropertyDescriptor' on proxy: trap reported non-configurability for property '" + show(key) + "' which is either non-existent or configurable in the proxy target");
            }
            if (result.hasWritable && !result.writable && targetDesc.writable) {
                throw JsException.typeError("'getOwnPropertyDescriptor' on proxy: trap reported non-configurable and writable for property '" + show(key) + "' which is non-configurable, non-writable in the proxy target");
            }
        }
        return result;
    }

    /** IsCompatiblePropertyDescriptor: ValidateAndApplyPropertyDescriptor without applying. */
    private static boolean isCompatible(boolean extensible, PropertyDescriptor desc, PropertyDescriptor current) {
        if (current == null) return extensible;
        int attrs = (current.writable ? PropertyAttributes.WRITABLE : 0) | (current.enumerable ? PropertyAttributes.ENUMERABLE : 0)
            | (current.configurable ? PropertyAttributes.CONFIGURABLE : 0) | (current.isAccessor() ? PropertyAttributes.ACCESSOR : 0);
        Object stored = current.isAccessor() ? new Accessor(current.getter, current.setter) : current.valueOrUndefined();
        return JsObject.validateAndApply(stored, attrs, desc) != null;
    }

    boolean defineOwnProperty(Object key, PropertyDescriptor desc) {
        JsFunction t = trap("defineProperty");
        if (t == null) return target.defineOwnProperty(key, desc);
        JsObject target = this.target;
        Object descObject = Reflection.fromPropertyDescriptor(realm, desc);
        boolean ok = JsOps.toBoolean(t.call(handler, new Object[] {target, keyValue(key), descObject}));
        if (!ok) return false;
        PropertyDescriptor targetDesc = target.getOwnProperty(key);
        boolean settingNonConfigurable = desc.hasConfigurable && !desc.configurable;
        if (targetDesc == null) {
            if (!target.isExtensible()) throw JsException.typeError("'defineProperty' on proxy: trap returned truish for adding property '" + show(key) + "'  to the non-extensible proxy target");
            if (settingNonConfigurable) throw JsException.typeError("'defineProperty' on proxy: trap returned truish for defining non-configurable property '" + show(key) + "' which is either non-existent or configurable in the proxy target");
        } else {
            if (!isCompatible(target.isExtensible(), desc, targetDesc)) throw JsException.typeError("'defineProperty' on proxy: trap returned truish for adding property '" + show(key) + "'  that is incompatible with the existing property in the proxy target");
            if (settingNonConfigurable && targetDesc.configurable) throw JsException.typeError("'defineProperty' on proxy: trap returned truish for defining non-configurable property '" + show(key) + "' which is either non-existent or configurable in the proxy target");
            if (targetDesc.isData() && !targetDesc.configurable && targetDesc.writable && desc.hasWritable && !desc.writable) {
                throw JsException.typeError("'defineProperty' on proxy: trap returned truish for defining non-configurable property '" + show(key) + "' which cannot be non-writable, unless there exists a corresponding non-configurable, non-writable own property of the target object.");
            }
        }
        return true;
    }

    boolean hasProperty(Object key) {
        JsFunction t = trap("has");
        if (t == null) return target.hasProperty(key);
        JsObject target = this.target;
        boolean r = JsOps.toBoolean(t.call(handler, new Object[] {target, keyValue(key)}));
        if (!r) {
            PropertyDescriptor targetDesc = target.getOwnProperty(key);
            if (targetDesc != null) {
                if (!targetDesc.configurable) throw JsException.typeError("'has' on proxy: trap returned falsish for property '" + show(key) + "' which exists in the proxy target as non-configurable");
                if (!target.isExtensible()) throw JsException.typeError("'has' on proxy: trap returned falsish for property '" + show(key) + "' but the proxy target is not extensible");
            }
        }
        return r;
    }

    Object get(Object key, Object receiver) {
        JsFunction t = trap("get");
        if (t == null) return target.get(key, receiver);
        JsObject target = this.target;
        Object v = t.call(handler, new Object[] {target, keyValue(key), receiver});
        PropertyDescriptor targetDesc = target.getOwnProperty(key);
        if (targetDesc != null && !targetDesc.configurable) {
            if (targetDesc.isData() && !targetDesc.writable && !SameValue.same(v, targetDesc.valueOrUndefined())) {
                throw JsException.typeError("'get' on proxy: property '" + show(key) + "' is a read-only and non-configurable data property on the proxy target but the proxy did not return its actual value (expected '"
                    + safeString(targetDesc.valueOrUndefined()) + "' but got '" + safeString(v) + "')");
            }
            if (targetDesc.isAccessor() && targetDesc.getter == null && v != Undefined.INSTANCE) {
                throw JsException.typeError("'get' on proxy: property '" + show(key) + "' is a non-configurable accessor property on the proxy target and does not have a getter function, but the trap did not return 'undefined' (got '" + safeString(v) + "')");
            }
        }
        return v;
    }

    private static String safeString(Object v) {
        if (v instanceof JsSymbol s) return s.toString();
        if (v instanceof JsObject) return "[object Object]";
        return JsOps.toString(v);
    }

    boolean set(Object key, Object value, Object receiver) {
        JsFunction t = trap("set");
        if (t == null) return target.set(key, value, receiver);
        JsObject target = this.target;
        boolean ok = JsOps.toBoolean(t.call(handler, new Object[] {target, keyValue(key), value, receiver}));
        if (!ok) return false;
        PropertyDescriptor targetDesc = target.getOwnProperty(key);
        if (targetDesc != null && !targetDesc.configurable) {
            if (targetDesc.isData() && !targetDesc.writable && !SameValue.same(value, targetDesc.valueOrUndefined())) {
                throw JsException.typeError("'set' on proxy: trap returned truish for property '" + show(key) + "' which exists in the proxy target as a non-configurable and non-writable data property with a different value");
            }
            if (targetDesc.isAccessor() && targetDesc.setter == null) {
                throw JsException.typeError("'set' on proxy: trap returned truish for property '" + show(key) + "' which exists in the proxy target as a non-configurable and non-writable accessor property without a setter");
            }
        }
        return true;
    }

    boolean delete(Object key) {
        JsFunction t = trap("deleteProperty");
        if (t == null) return target.delete(key);
        JsObject target = this.target;
        boolean ok = JsOps.toBoolean(t.call(handler, new Object[] {target, keyValue(key)}));
        if (!ok) return false;
        PropertyDescriptor targetDesc = target.getOwnProperty(key);
        if (targetDesc == null) return true;
        if (!targetDesc.configurable) throw JsException.typeError("'deleteProperty' on proxy: trap returned truish for property '" + show(key) + "' which is non-configurable in the proxy target");
        if (!target.isExtensible()) throw JsException.typeError("'deleteProperty' on proxy: trap returned truish for property '" + show(key) + "' but the proxy target is non-extensible");
        return true;
    }

    List<Object> ownKeys() {
        JsFunction t = trap("ownKeys");
        if (t == null) return target.ownKeys();
        JsObject target = this.target;
        Object r = t.call(handler, new Object[] {target});
        if (!(r instanceof JsObject)) throw JsException.typeError("CreateListFromArrayLike called on non-object");
        List<Object> keys = Reflection.listFromArrayLike(realm, r, true);
        Set<Object> unique = new HashSet<>();
        for (Object k : keys) if (!unique.add(k)) throw JsException.typeError("'ownKeys' on proxy: trap returned duplicate entries");
        boolean extensible = target.isExtensible();
        List<Object> targetKeys = target.ownKeys();
        List<Object> configurable = new ArrayList<>(), nonConfigurable = new ArrayList<>();
        for (Object k : targetKeys) {
            PropertyDescriptor d = target.getOwnProperty(k);
            if (d != null && !d.configurable) nonConfigurable.add(k); else configurable.add(k);
        }
        if (extensible && nonConfigurable.isEmpty()) return keys;
        Set<Object> unchecked = new HashSet<>(keys);
        for (Object k : nonConfigurable) {
            if (!unchecked.remove(k)) throw JsException.typeError("'ownKeys' on proxy: trap result did not include '" + show(k) + "'");
        }
        if (extensible) return keys;
        for (Object k : configurable) {
            if (!unchecked.remove(k)) throw JsException.typeError("'ownKeys' on proxy: trap result did not include '" + show(k) + "'");
        }
        if (!unchecked.isEmpty()) throw JsException.typeError("'ownKeys' on proxy: trap returned extra keys but proxy target is non-extensible");
        return keys;
    }

    // ---- Function objects ----

    Object call(Object thisArg, Object[] args) {
        JsFunction t = trap("apply");
        if (t == null) return JsOps.call(target, thisArg, args);
        JsObject target = this.target;
        return t.call(handler, new Object[] {target, thisArg, new JsArray(realm.arrayPrototype, args.clone())});
    }

    Object construct(Object[] args, JsObject newTarget) {
        JsFunction t = trap("construct");
        if (t == null) return JsOps.construct(target, args, newTarget);
        JsObject target = this.target;
        Object r = t.call(handler, new Object[] {target, new JsArray(realm.arrayPrototype, args.clone()), newTarget});
        if (!(r instanceof JsObject)) throw JsException.typeError("'construct' on proxy: trap returned non-object ('" + JsOps.toString(r) + "')");
        return r;
    }
}
