package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsArray;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.NativeFunction;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.objects.SameValue;
import dev.piste.runtime.ops.Iterators;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.ops.NumberConversions;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;
import dev.piste.runtime.values.Undefined;

import java.util.ArrayList;
import java.util.List;

import static dev.piste.runtime.builtins.ArrayLikes.*;
import static dev.piste.runtime.builtins.BuiltinHelper.arg;

/**
 * The Array constructor, Array.from/of/isArray and the Array.prototype methods (ES2023), written as
 * the specification's generic algorithms over {@link ArrayLikes}, so they work on any object with a
 * "length" (and on strings through ToObject). The callback methods (forEach, map, filter, some …)
 * and indexOf skip holes by HasProperty; find/findIndex/includes/join do not. concat, filter, flat,
 * flatMap, map, slice and splice create their result with ArraySpeciesCreate; the ES2023 copying
 * methods (toSorted, toReversed, toSpliced, with) always create plain arrays, as specified.
 *
 * <p>values/keys/entries/[Symbol.iterator] are defined by {@link IteratorBuiltins}.
 */
public final class ArrayBuiltins {
    private ArrayBuiltins() {}

    public static void install(Realm realm) {
        JsObject proto = realm.arrayPrototype;
        NativeFunction ctor = BuiltinHelper.constructor(realm, "Array", 1, proto, (self, args, nt) -> construct(realm, args, nt));
        realm.arrayConstructor = ctor;
        BuiltinHelper.method(realm, ctor, "isArray", 1, (self, args, nt) -> isArray(arg(args, 0)));
        BuiltinHelper.method(realm, ctor, "of", 0, (self, args, nt) -> {
            JsObject a = newFromConstructor(realm, self, args.length, true);
            for (int i = 0; i < args.length; i++) createDataProperty(a, i, args[i]);
            setLength(a, args.length);
            return a;
        });
        BuiltinHelper.method(realm, ctor, "from", 1, (self, args, nt) -> from(realm, self, arg(args, 0), arg(args, 1), arg(args, 2)));
        BuiltinHelper.getter(realm, ctor, JsSymbol.SPECIES, (self, args, nt) -> self, null);

        ArrayPrototypeMethods.install(realm, proto);
        ArrayTransformMethods.install(realm, proto);

        JsObject unscopables = new JsObject((JsObject) null);
        for (String name : new String[] {"at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast", "findLastIndex",
                "flat", "flatMap", "includes", "keys", "toReversed", "toSorted", "toSpliced", "values"}) {
            unscopables.defineOwn(name, Boolean.TRUE);
        }
        proto.defineOwn(JsSymbol.UNSCOPABLES, unscopables, PropertyAttributes.CONFIGURABLE);
    }

    /** IsArray, which sees through proxies to their targets. */
    static boolean isArray(Object v) {
        return dev.piste.runtime.ops.Reflection.isArray(v);
    }

    private static Object construct(Realm realm, Object[] args, JsObject newTarget) {
        JsObject proto = realm.arrayPrototype;
        if (newTarget != null && newTarget.get("prototype", newTarget) instanceof JsObject p) proto = p;
        JsArray a = new JsArray(proto);
        if (args.length == 1) {
            Object len = args[0];
            if (JsOps.isNumber(len)) {
                a.setLength(JsArray.validLength(len));
            } else {
                a.push(len);
            }
            return a;
        }
        for (Object v : args) a.push(v);
        return a;
    }

    /** new C(length) when C is a constructor other than %Array% (subclasses), else a plain array. */
    private static JsObject newFromConstructor(Realm realm, Object c, long length, boolean passLength) {
        if (c != realm.arrayConstructor && c instanceof JsObject f && f.isConstructor()) {
            Object r = JsOps.construct(f, passLength ? new Object[] {NumberConversions.box(length)} : new Object[0], f);
            return (JsObject) r;
        }
        return newArray(realm, passLength ? length : 0);
    }

    private static Object from(Realm realm, Object c, Object items, Object mapFn, Object thisArg) {
        boolean mapping = mapFn != Undefined.INSTANCE;
        if (mapping) callable(mapFn);
        Object usingIterator = JsOps.isNullish(items) ? Undefined.INSTANCE : JsOps.getProperty(realm, items, JsSymbol.ITERATOR);
        if (!JsOps.isNullish(usingIterator)) {
            callable(usingIterator);
            JsObject a = newFromConstructor(realm, c, 0, false);
            Object it = JsOps.call(usingIterator, items);
            if (!(it instanceof JsObject ito)) throw JsException.typeError("Result of the Symbol.iterator method is not an object");
            Iterators.Record record = new Iterators.Record(ito, ito.get("next", ito));
            long k = 0;
            while (true) {
                Object next = Iterators.step(record);
                if (next == null) {
                    setLength(a, k);
                    return a;
                }
                try {
                    Object value = mapping ? JsOps.call(mapFn, thisArg, next, NumberConversions.box(k)) : next;
                    createDataProperty(a, k, value);
                } catch (JsException e) {
                    Iterators.closeQuietly(ito);
                    throw e;
                }
                k++;
            }
        }
        JsObject arrayLike = JsOps.toObject(realm, items);
        long len = lengthOf(realm, arrayLike);
        JsObject a = newFromConstructor(realm, c, len, true);
        for (long k = 0; k < len; k++) {
            Object v = get(arrayLike, k);
            if (mapping) v = JsOps.call(mapFn, thisArg, v, NumberConversions.box(k));
            createDataProperty(a, k, v);
        }
        setLength(a, len);
        return a;
    }

    // ---- Shared by the prototype methods ----

    /** IsConcatSpreadable */
    static boolean isConcatSpreadable(Object o) {
        if (!(o instanceof JsObject obj)) return false;
        Object spreadable = obj.get(JsSymbol.IS_CONCAT_SPREADABLE, obj);
        if (spreadable != Undefined.INSTANCE) return JsOps.toBoolean(spreadable);
        return isArray(obj);
    }

    /** FlattenIntoArray; returns the next target index. */
    static long flattenInto(Realm realm, JsObject target, JsObject source, long sourceLen, long start, double depth,
                            Object mapper, Object thisArg) {
        long targetIndex = start;
        for (long i = 0; i < sourceLen; i++) {
            if (!has(source, i)) continue;
            Object element = get(source, i);
            if (mapper != null) element = JsOps.call(mapper, thisArg, element, NumberConversions.box(i), source);
            if (depth > 0 && isArray(element)) {
                JsObject inner = (JsObject) element;
                targetIndex = flattenInto(realm, target, inner, lengthOf(realm, inner), targetIndex, depth - 1, null, null);
            } else {
                if (targetIndex >= MAX_LENGTH) throw JsException.typeError("Array too long");
                createDataProperty(target, targetIndex++, element);
            }
        }
        return targetIndex;
    }

    /** The values at indexes [0, len) that are present, in order (SortIndexedProperties' collection step). */
    static List<Object> presentValues(JsObject o, long len, boolean skipHoles) {
        List<Object> values = new ArrayList<>();
        for (long k = 0; k < len; k++) {
            if (skipHoles && !has(o, k)) continue;
            values.add(get(o, k));
        }
        return values;
    }

    static boolean includes(Object a, Object b) { return SameValue.sameZero(a, b); }
}
