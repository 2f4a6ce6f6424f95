package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsArray;
import dev.piste.runtime.objects.JsFunction;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.NativeFunction;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.objects.PropertyDescriptor;
import dev.piste.runtime.objects.SameValue;
import dev.piste.runtime.ops.Iterators;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.ops.NumberConversions;
import dev.piste.runtime.ops.Reflection;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;
import dev.piste.runtime.values.Null;
import dev.piste.runtime.values.Undefined;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.piste.runtime.builtins.BuiltinHelper.arg;
import static dev.piste.runtime.builtins.BuiltinHelper.method;

/** The Object constructor, its static functions and Object.prototype. */
public final class ObjectBuiltins {
    private ObjectBuiltins() {}

    /** Class names that Object.prototype.toString reports as they are (its "builtinTag"). */
    private static final Set<String> BUILTIN_TAGS = Set.of("Array", "Function", "Error", "Boolean", "Number", "String", "Date", "RegExp", "Arguments");

    public static void install(Realm realm) {
        JsObject proto = realm.objectPrototype;
        NativeFunction object = BuiltinHelper.constructor(realm, "Object", 1, proto, (self, args, newTarget) -> {
            if (newTarget != null && newTarget != realm.objectConstructor) {
                return new JsObject(Reflection.prototypeFrom(newTarget, realm.objectPrototype));
            }
            Object value = arg(args, 0);
            if (JsOps.isNullish(value)) return new JsObject(realm.objectPrototype);
            return JsOps.toObject(realm, value);
        });
        realm.objectConstructor = object;
        installStatics(realm, object);
        installPrototype(realm, proto);
    }

    private static JsArray array(Realm realm, List<Object> values) {
        return new JsArray(realm.arrayPrototype, values.toArray());
    }

    private static void installStatics(Realm realm, JsObject object) {
        method(realm, object, "keys", 1, (self, args, nt) -> array(realm, Reflection.enumerableOwn(realm, JsOps.toObject(realm, arg(args, 0)), 0)));
        method(realm, object, "values", 1, (self, args, nt) -> array(realm, Reflection.enumerableOwn(realm, JsOps.toObject(realm, arg(args, 0)), 1)));
        method(realm, object, "entries", 1, (self, args, nt) -> array(realm, Reflection.enumerableOwn(realm, JsOps.toObject(realm, arg(args, 0)), 2)));
        method(realm, object, "fromEntries", 1, (self, args, nt) -> fromEntries(realm, arg(args, 0)));
        method(realm, object, "assign", 2, (self, args, nt) -> {
            JsObject to = JsOps.toObject(realm, arg(args, 0));
            for (int i = 1; i < args.length; i++) {
                if (JsOps.isNullish(args[i])) continue;
                JsObject from = JsOps.toObject(realm, args[i]);
                for (Object key : from.ownKeys()) {
                    PropertyDescriptor d = from.getOwnProperty(key);
                    if (d == null || !d.enumerable) continue;
                    Object value = from.get(key, from);
                    if (!to.set(key, value, to)) throw JsException.typeError("Cannot assign to read only property '" + JsOps.keyToDisplay(key) + "' of object '" + JsOps.describe(to) + "'");
                }
            }
            return to;
        });
        method(realm, object, "create", 2, (self, args, nt) -> {
            Object p = arg(args, 0);
            if (!(p instanceof JsObject) && p != Null.INSTANCE) throw JsException.typeError("Object prototype may only be an Object or null: " + display(p));
            JsObject o = new JsObject(p instanceof JsObject po ? po : null);
            Object props = arg(args, 1);
            if (props != Undefined.INSTANCE) defineProperties(realm, o, props);
            return o;
        });
        method(realm, object, "defineProperty", 3, (self, args, nt) -> {
            if (!(arg(args, 0) instanceof JsObject o)) throw JsException.typeError("Object.defineProperty called on non-object");
            Object key = JsOps.toPropertyKey(arg(args, 1));
            PropertyDescriptor d = Reflection.toPropertyDescriptor(arg(args, 2));
            Reflection.definePropertyOrThrow(o, key, d);
            return o;
        });
        method(realm, object, "defineProperties", 2, (self, args, nt) -> {
            if (!(arg(args, 0) instanceof JsObject o)) throw JsException.typeError("Object.defineProperties called on non-object");
            defineProperties(realm, o, arg(args, 1));
            return o;
        });
        method(realm, object, "getOwnPropertyDescriptor", 2, (self, args, nt) -> {
            JsObject o = JsOps.toObject(realm, arg(args, 0));
            Object key = JsOps.toPropertyKey(arg(args, 1));
            return Reflection.fromPropertyDescriptor(realm, o.getOwnProperty(key));
        });
        method(realm, object, "getOwnPropertyDescriptors", 1, (self, args, nt) -> {
            JsObject o = JsOps.toObject(realm, arg(args, 0));
            JsObject result = new JsObject(realm.objectPrototype);
            for (Object key : o.ownKeys()) {
                Object d = Reflection.fromPropertyDescriptor(realm, o.getOwnProperty(key));
                if (d != Undefined.INSTANCE) Reflection.createDataProperty(result, key, d);
            }
            return result;
        });
        method(realm, object, "getOwnPropertyNames", 1, (self, args, nt) -> array(realm, ownKeysOfType(JsOps.toObject(realm, arg(args, 0)), false)));
        method(realm, object, "getOwnPropertySymbols", 1, (self, args, nt) -> array(realm, ownKeysOfType(JsOps.toObject(realm, arg(args, 0)), true)));
        method(realm, object, "getPrototypeOf", 1, (self, args, nt) -> {
            JsObject p = JsOps.toObject(realm, arg(args, 0)).getPrototypeOf();
            return p == null ? Null.INSTANCE : p;
        });
        method(realm, object, "setPrototypeOf", 2, (self, args, nt) -> {
            Object o = arg(args, 0), p = arg(args, 1);
            if (JsOps.isNullish(o)) throw JsException.typeError("Object.setPrototypeOf called on null or undefined");
            if (!(p instanceof JsObject) && p != Null.INSTANCE) throw JsException.typeError("Object prototype may only be an Object or null: " + display(p));
            if (!(o instanceof JsObject obj)) return o;
            if (!obj.setPrototypeOf(p instanceof JsObject po ? po : null)) {
                if (!obj.isExtensible()) throw JsException.typeError(JsOps.describe(obj) + " is not extensible");
                throw JsException.typeError("Cyclic __proto__ value");
            }
            return o;
        });
        method(realm, object, "freeze", 1, (self, args, nt) -> {
            if (arg(args, 0) instanceof JsObject o && !Reflection.setIntegrityLevel(o, true)) throw JsException.typeError("Cannot freeze");
            return arg(args, 0);
        });
        method(realm, object, "seal", 1, (self, args, nt) -> {
            if (arg(args, 0) instanceof JsObject o && !Reflection.setIntegrityLevel(o, false)) throw JsException.typeError("Cannot seal");
            return arg(args, 0);
        });
        method(realm, object, "preventExtensions", 1, (self, args, nt) -> {
            if (arg(args, 0) instanceof JsObject o && !o.preventExtensions()) throw JsException.typeError("Cannot prevent extensions");
            return arg(args, 0);
        });
        method(realm, object, "isFrozen", 1, (self, args, nt) -> !(arg(args, 0) instanceof JsObject o) || Reflection.testIntegrityLevel(o, true));
        method(realm, object, "isSealed", 1, (self, args, nt) -> !(arg(args, 0) instanceof JsObject o) || Reflection.testIntegrityLevel(o, false));
        method(realm, object, "isExtensible", 1, (self, args, nt) -> arg(args, 0) instanceof JsObject o && o.isExtensible());
        method(realm, object, "is", 2, (self, args, nt) -> SameValue.same(arg(args, 0), arg(args, 1)));
        method(realm, object, "hasOwn", 2, (self, args, nt) -> {
            JsObject o = JsOps.toObject(realm, arg(args, 0));
            return o.getOwnProperty(JsOps.toPropertyKey(arg(args, 1))) != null;
        });
        method(realm, object, "groupBy", 2, (self, args, nt) -> {
            Map<Object, List<Object>> groups = new LinkedHashMap<>();
            groupBy(realm, arg(args, 0), arg(args, 1), (key, value) -> groups.computeIfAbsent(JsOps.toPropertyKey(key), k -> new ArrayList<>()).add(value));
            JsObject result = new JsObject((JsObject) null);
            for (var e : groups.entrySet()) Reflection.createDataProperty(result, e.getKey(), array(realm, e.getValue()));
            return result;
        });
    }

    /** GroupBy's iteration: calls {@code sink} with (callback(value, index), value) for every element. */
    static void groupBy(Realm realm, Object items, Object callback, java.util.function.BiConsumer<Object, Object> sink) {
        if (JsOps.isNullish(items)) throw JsException.typeError(JsOps.toString(items) + " is not iterable");
        if (!(callback instanceof JsFunction f)) throw JsException.typeError(JsOps.describe(callback) + " is not a function");
        Iterators.Record it = Iterators.getIterator(realm, items);
        long k = 0;
        Object value;
        while ((value = Iterators.step(it)) != null) {
            Object key;
            try {
                key = f.call(Undefined.INSTANCE, new Object[] {value, NumberConversions.box(k)});
            } catch (JsException e) {
                Iterators.closeQuietly(it.iterator());
                throw e;
            }
            sink.accept(key, value);
            k++;
        }
    }

    private static String display(Object v) {
        if (v instanceof JsSymbol s) return s.toString();
        if (v instanceof CharSequence) return JsOps.toString(v);
        return JsOps.toString(v);
    }

    private static List<Object> ownKeysOfType(JsObject o, boolean symbols) {
        List<Object> out = new ArrayList<>();
        for (Object k : o.ownKeys()) if ((k instanceof JsSymbol) == symbols) out.add(k);
        return out;
    }

    /** ObjectDefineProperties: reads every descriptor before defining any. */
    private static void defineProperties(Realm realm, JsObject o, Object properties) {
        JsObject props = JsOps.toObject(realm, properties);
        List<Object> keys = new ArrayList<>();
        List<PropertyDescriptor> descriptors = new ArrayList<>();
        for (Object key : props.ownKeys()) {
            PropertyDescriptor pd = props.getOwnProperty(key);
            if (pd == null || !pd.enumerable) continue;
            keys.add(key);
            descriptors.add(Reflection.toPropertyDescriptor(props.get(key, props)));
        }
        for (int i = 0; i < keys.size(); i++) Reflection.definePropertyOrThrow(o, keys.get(i), descriptors.get(i));
    }

    private static Object fromEntries(Realm realm, Object iterable) {
        if (JsOps.isNullish(iterable)) throw JsException.typeError(JsOps.toString(iterable) + " is not iterable");
        JsObject result = new JsObject(realm.objectPrototype);
        Iterators.Record it = Iterators.getIterator(realm, iterable);
        Object entry;
        while ((entry = Iterators.step(it)) != null) {
            try {
                if (!(entry instanceof JsObject e)) throw JsException.typeError("Iterator value " + display(entry) + " is not an entry object");
                Object key = e.getElement(0, e), value = e.getElement(1, e);
                Reflection.createDataPropertyOrThrow(result, JsOps.toPropertyKey(key), value);
            } catch (JsException ex) {
                Iterators.closeQuietly(it.iterator());
                throw ex;
            }
        }
        return result;
    }

    private static void installPrototype(Realm realm, JsObject proto) {
        method(realm, proto, "hasOwnProperty", 1, (self, args, nt) -> {
            Object key = JsOps.toPropertyKey(arg(args, 0));
            return JsOps.toObject(realm, self).getOwnProperty(key) != null;
        });
        method(realm, proto, "isPrototypeOf", 1, (self, args, nt) -> {
            if (!(arg(args, 0) instanceof JsObject v)) return false;
            JsObject o = JsOps.toObject(realm, self);
            for (JsObject p = v.getPrototypeOf(); p != null; p = p.getPrototypeOf()) if (p == o) return true;
            return false;
        });
        method(realm, proto, "propertyIsEnumerable", 1, (self, args, nt) -> {
            Object key = JsOps.toPropertyKey(arg(args, 0));
            PropertyDescriptor d = JsOps.toObject(realm, self).getOwnProperty(key);
            return d != null && d.enumerable;
        });
        method(realm, proto, "toString", 0, (self, args, nt) -> toStringTag(realm, self));
        method(realm, proto, "toLocaleString", 0, (self, args, nt) -> JsOps.call(JsOps.getProperty(realm, requireCoercible(self, "Object.prototype.toLocaleString"), "toString"), self));
        method(realm, proto, "valueOf", 0, (self, args, nt) -> JsOps.toObject(realm, self));
        BuiltinHelper.getter(realm, proto, "__proto__", (self, args, nt) -> {
            JsObject p = JsOps.toObject(realm, self).getPrototypeOf();
            return p == null ? Null.INSTANCE : p;
        }, (self, args, nt) -> {
            requireCoercible(self, "Object.prototype.__proto__");
            Object p = arg(args, 0);
            if (!(p instanceof JsObject) && p != Null.INSTANCE) return Undefined.INSTANCE;
            if (!(self instanceof JsObject o)) return Undefined.INSTANCE;
            if (!o.setPrototypeOf(p instanceof JsObject po ? po : null)) {
                if (!o.isExtensible()) throw JsException.typeError(JsOps.describe(o) + " is not extensible");
                throw JsException.typeError("Cyclic __proto__ value");
            }
            return Undefined.INSTANCE;
        });
    }

    private static Object requireCoercible(Object v, String what) {
        if (JsOps.isNullish(v)) throw JsException.typeError(what + " called on null or undefined");
        return v;
    }

    /** Object.prototype.toString: "[object " + (@@toStringTag if a string, else the builtin tag) + "]". */
    public static String toStringTag(Realm realm, Object self) {
        if (self == Undefined.INSTANCE) return "[object Undefined]";
        if (self == Null.INSTANCE) return "[object Null]";
        JsObject o = JsOps.toObject(realm, self);
        String builtinTag;
        if (Reflection.isArray(o)) builtinTag = "Array";
        else if (o.isCallable()) builtinTag = "Function";
        else builtinTag = BUILTIN_TAGS.contains(o.className()) ? o.className() : "Object";
        Object tag = o.get(JsSymbol.TO_STRING_TAG, o);
        return "[object " + (tag instanceof CharSequence cs ? cs.toString() : builtinTag) + "]";
    }
}
