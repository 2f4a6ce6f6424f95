package dev.piste.runtime.ops;

import dev.piste.runtime.objects.JsArray;
import dev.piste.runtime.objects.JsFunction;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.objects.PropertyDescriptor;
import dev.piste.runtime.objects.Proxy;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;
import dev.piste.runtime.values.Undefined;

import java.util.ArrayList;
import java.util.List;

/**
 * Object-model operations the specification shares between Object, Reflect, Proxy and Array:
 * IsArray (which sees through proxies), descriptor objects in both directions, CreateListFromArrayLike,
 * and the integrity levels (SetIntegrityLevel / TestIntegrityLevel).
 */
public final class Reflection {
    private Reflection() {}

    /** IsArray: true for arrays and for proxies whose (ultimate) target is an array. */
    public static boolean isArray(Object v) {
        while (true) {
            if (v instanceof JsArray) return true;
            if (!(v instanceof Proxy p)) return false;
            v = p.traps().liveTarget("IsArray");
        }
    }

    /** ToPropertyDescriptor: reads the fields in the spec's order, so getters run in that order. */
    public static PropertyDescriptor toPropertyDescriptor(Object v) {
        if (!(v instanceof JsObject o)) throw JsException.typeError("Property description must be an object: " + JsOps.toString(v instanceof JsSymbol ? v.toString() : v));
        PropertyDescriptor d = new PropertyDescriptor();
        if (o.hasProperty("enumerable")) { d.hasEnumerable = true; d.enumerable = JsOps.toBoolean(o.get("enumerable", o)); }
        if (o.hasProperty("configurable")) { d.hasConfigurable = true; d.configurable = JsOps.toBoolean(o.get("configurable", o)); }
        if (o.hasProperty("value")) { d.hasValue = true; d.value = o.get("value", o); }
        if (o.hasProperty("writable")) { d.hasWritable = true; d.writable = JsOps.toBoolean(o.get("writable", o)); }
        if (o.hasProperty("get")) {
            Object g = o.get("get", o);
            if (g != Undefined.INSTANCE && !(g instanceof JsFunction)) throw JsException.typeError("Getter must be a function: " + JsOps.describe(g));
            d.hasGet = true; d.getter = g instanceof JsFunction f ? f : null;
        }
        if (o.hasProperty("set")) {
            Object s = o.get("set", o);
            if (s != Undefined.INSTANCE && !(s instanceof JsFunction)) throw JsException.typeError("Setter must be a function: " + JsOps.describe(s));
            d.hasSet = true; d.setter = s instanceof JsFunction f ? f : null;
        }
        if ((d.hasGet || d.hasSet) && (d.hasValue || d.hasWritable)) {
            throw JsException.typeError("Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, " + JsOps.describe(o));
        }
        return d;
    }

    /** FromPropertyDescriptor: an ordinary object with the present fields, in the spec's order. */
    public static Object fromPropertyDescriptor(Realm realm, PropertyDescriptor d) {
        if (d == null) return Undefined.INSTANCE;
        JsObject o = new JsObject(realm.objectPrototype);
        if (d.hasValue) o.defineOwn("value", d.valueOrUndefined());
        if (d.hasWritable) o.defineOwn("writable", d.writable);
        if (d.hasGet) o.defineOwn("get", d.getter == null ? Undefined.INSTANCE : d.getter);
        if (d.hasSet) o.defineOwn("set", d.setter == null ? Undefined.INSTANCE : d.setter);
        if (d.hasEnumerable) o.defineOwn("enumerable", d.enumerable);
        if (d.hasConfigurable) o.defineOwn("configurable", d.configurable);
        return o;
    }

    /** CompletePropertyDescriptor: absent fields get their defaults. */
    public static void complete(PropertyDescriptor d) {
        if (d.isGeneric() || d.isData()) {
            if (!d.hasValue) { d.hasValue = true; d.value = Undefined.INSTANCE; }
            if (!d.hasWritable) { d.hasWritable = true; d.writable = false; }
        } else {
            if (!d.hasGet) { d.hasGet = true; d.getter = null; }
            if (!d.hasSet) { d.hasSet = true; d.setter = null; }
        }
        if (!d.hasEnumerable) { d.hasEnumerable = true; d.enumerable = false; }
        if (!d.hasConfigurable) { d.hasConfigurable = true; d.configurable = false; }
    }

    /** CreateListFromArrayLike, optionally restricted to property keys (for Proxy ownKeys and Reflect.apply). */
    public static List<Object> listFromArrayLike(Realm realm, Object v, boolean keysOnly) {
        if (!(v instanceof JsObject o)) throw JsException.typeError("CreateListFromArrayLike called on non-object");
        long len = JsOps.toLength(o.get("length", o));
        List<Object> out = new ArrayList<>((int) Math.min(len, 1 << 16));
        for (long i = 0; i < len; i++) {
            Object e = o.getElement(i, o);
            if (keysOnly && !(e instanceof CharSequence) && !(e instanceof JsSymbol)) {
                throw JsException.typeError(JsOps.toString(e instanceof JsObject ? "[object Object]" : e) + " is not a valid property name");
            }
            out.add(e instanceof CharSequence cs ? cs.toString() : e);
        }
        return out;
    }

    public static void definePropertyOrThrow(JsObject o, Object key, PropertyDescriptor d) {
        if (!o.defineOwnProperty(key, d)) {
            if (!(o instanceof JsObject.ProxyLike) && !o.isExtensible() && o.getOwnProperty(key) == null) {
                throw JsException.typeError("Cannot define property " + JsOps.keyToDisplay(key) + ", object is not extensible");
            }
            throw JsException.typeError("Cannot redefine property: " + JsOps.keyToDisplay(key));
        }
    }

    /** SetIntegrityLevel: "sealed" or "frozen". Returns false when [[PreventExtensions]] fails. */
    public static boolean setIntegrityLevel(JsObject o, boolean frozen) {
        if (!o.preventExtensions()) return false;
        for (Object key : o.ownKeys()) {
            PropertyDescriptor d = new PropertyDescriptor();
            d.hasConfigurable = true; d.configurable = false;
            if (frozen) {
                PropertyDescriptor current = o.getOwnProperty(key);
                if (current == null) continue;
                if (!current.isAccessor()) { d.hasWritable = true; d.writable = false; }
            }
            definePropertyOrThrow(o, key, d);
        }
        return true;
    }

    /** TestIntegrityLevel */
    public static boolean testIntegrityLevel(JsObject o, boolean frozen) {
        if (o.isExtensible()) return false;
        for (Object key : o.ownKeys()) {
            PropertyDescriptor d = o.getOwnProperty(key);
            if (d == null) continue;
            if (d.configurable) return false;
            if (frozen && d.isData() && d.writable) return false;
        }
        return true;
    }

    /** EnumerableOwnProperties kind: 0 keys, 1 values, 2 entries (string keys only). */
    public static List<Object> enumerableOwn(Realm realm, JsObject o, int kind) {
        List<Object> out = new ArrayList<>();
        for (Object key : o.ownKeys()) {
            if (!(key instanceof String)) continue;
            PropertyDescriptor d = o.getOwnProperty(key);
            if (d == null || !d.enumerable) continue;
            if (kind == 0) { out.add(key); continue; }
            Object value = o.get(key, o);
            if (kind == 1) out.add(value);
            else out.add(new JsArray(realm.arrayPrototype, new Object[] {key, value}));
        }
        return out;
    }

    /** GetPrototypeFromConstructor: newTarget.prototype if it is an object, else the fallback intrinsic. */
    public static JsObject prototypeFrom(JsObject newTarget, JsObject fallback) {
        if (newTarget == null) return fallback;
        Object p = newTarget.get("prototype", newTarget);
        return p instanceof JsObject po ? po : fallback;
    }

    /** A data property that is writable, enumerable and configurable (CreateDataProperty). */
    public static boolean createDataProperty(JsObject o, Object key, Object value) {
        return o.defineOwnProperty(key, PropertyDescriptor.data(value, PropertyAttributes.DEFAULT));
    }

    public static void createDataPropertyOrThrow(JsObject o, Object key, Object value) {
        if (!createDataProperty(o, key, value)) throw JsException.typeError("Cannot add property " + JsOps.keyToDisplay(key) + ", object is not extensible");
    }
}
