package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.ElementsKind;
import dev.piste.runtime.objects.JsArray;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.objects.PropertyDescriptor;
import dev.piste.runtime.objects.PropertyKey;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.ops.NumberConversions;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.Undefined;

/**
 * The specification's abstract operations on array-likes (Get, HasProperty, Set, DeletePropertyOrThrow,
 * CreateDataPropertyOrThrow, LengthOfArrayLike) with a long index, as the Array methods use them.
 *
 * <p>Fast path: a {@link JsArray} whose elements are not DICTIONARY (so every element is a plain
 * writable data property) and whose prototype chain is made of ordinary objects without elements can
 * answer Get and HasProperty straight from its storage: a hole there really is absent on the whole
 * chain. Everything else takes the generic route through the object's internal methods, which is the
 * definition; the fast path must never give a different answer.
 */
final class ArrayLikes {
    private ArrayLikes() {}

    /** 2^53 - 1: the largest length an array-like may reach. */
    static final long MAX_LENGTH = 9007199254740991L;

    static boolean isFastArray(JsObject o) {
        if (!(o instanceof JsArray a) || a.elements().kind() == ElementsKind.DICTIONARY) return false;
        for (JsObject p = a.getPrototypeOf(); p != null; p = p.getPrototypeOf()) {
            if (p.getClass() != JsObject.class && p.getClass() != JsArray.class) return false;
            if (p.elements() != null && !p.elements().isEmpty()) return false;
        }
        return true;
    }

    static long lengthOf(Realm realm, JsObject o) {
        if (o instanceof JsArray a) return a.length();
        return JsOps.toLength(o.get("length", o));
    }

    static Object key(long index) { return PropertyKey.indexKey(index); }

    static Object get(JsObject o, long index) {
        if (index <= PropertyKey.MAX_ARRAY_INDEX) return o.getElement(index, o);
        return o.get(key(index), o);
    }

    static boolean has(JsObject o, long index) {
        if (isFastArray(o)) {
            JsArray a = (JsArray) o;
            return index < a.length() && a.elements().get(index) != null;
        }
        return o.hasProperty(key(index));
    }

    /**
     * The first index in [from, end) that may hold an element, or end. For a sparse (dictionary)
     * array with nothing on its prototypes, the gaps are skipped, so a loop over a[1e9] = x does two
     * steps instead of a billion; otherwise every index is a candidate. Asked again at each step, so
     * elements a callback adds are still visited.
     */
    /** A dictionary-mode array with no elements on its prototypes: its gaps are plain holes. */
    static boolean isSparse(JsObject o) {
        return o instanceof JsArray a && a.elements().kind() == dev.piste.runtime.objects.ElementsKind.DICTIONARY && !a.elementsOnPrototypes();
    }

    static long nextIndex(JsObject o, long from, long end) {
        if (from < end && isSparse(o)) {
            JsArray a = (JsArray) o;
            long k = a.elements().nextKey(from);
            return k < 0 || k >= end ? end : k;
        }
        return from;
    }

    /** The last index <= from that may hold an element, or -1 (see {@link #nextIndex}). */
    static long previousIndex(JsObject o, long from) {
        if (from >= 0 && isSparse(o)) {
            return ((JsArray) o).elements().previousKey(from);
        }
        return from;
    }

    /** ToObject(this) for Array.prototype methods, with V8's message for null and undefined. */
    static JsObject thisObject(dev.piste.runtime.realm.Realm realm, Object self, String method) {
        if (JsOps.isNullish(self)) throw JsException.typeError("Array.prototype." + method + " called on null or undefined");
        return JsOps.toObject(realm, self);
    }

    /** Set(O, index, v, true). */
    static void set(JsObject o, long index, Object value) {
        boolean ok = index <= PropertyKey.MAX_ARRAY_INDEX ? o.setElement(index, value, o) : o.set(key(index), value, o);
        if (!ok) {
            if (o instanceof dev.piste.runtime.objects.JsArray a && a.isExtensible() && !a.isLengthWritable() && index >= a.length()) {
                throw JsException.typeError("Cannot assign to read only property 'length' of object '[object Array]'");
            }
            throw JsOps.failedAssignment(o, key(index));
        }
    }

    static void setLength(JsObject o, long length) {
        if (!o.set("length", NumberConversions.box(length), o)) {
            throw JsException.typeError("Cannot assign to read only property 'length' of object '" + (o instanceof dev.piste.runtime.objects.JsArray ? "[object Array]" : JsOps.describe(o)) + "'");
        }
    }

    static void deleteOrThrow(JsObject o, long index) {
        if (!o.delete(key(index))) throw JsException.typeError("Cannot delete property '" + index + "' of " + JsOps.describe(o));
    }

    static void createDataProperty(JsObject o, long index, Object value) {
        if (o.getClass() == JsArray.class && ((JsArray) o).defineElement(index, value)) return;
        if (!o.defineOwnProperty(key(index), PropertyDescriptor.data(value, PropertyAttributes.DEFAULT))) {
            throw JsException.typeError("Cannot add property " + index + ", object is not extensible");
        }
    }

    /** ArrayCreate(length) with the realm's %Array.prototype% (species is not consulted). */
    static JsArray newArray(Realm realm, long length) {
        if (length > PropertyKey.MAX_ARRAY_INDEX + 1) throw JsException.rangeError("Invalid array length");
        JsArray a = new JsArray(realm.arrayPrototype);
        if (length > 0) a.setLength(length);
        return a;
    }

    /**
     * ArraySpeciesCreate: for an array receiver, the constructor's Symbol.species (so subclasses get
     * instances of themselves from map/filter/slice …); otherwise, or when it is undefined/null, a
     * plain array of this realm.
     */
    static JsObject speciesCreate(Realm realm, JsObject original, long length) {
        if (!ArrayBuiltins.isArray(original)) return newArray(realm, length);
        Object c = original.get("constructor", original);
        if (c instanceof JsObject co) {
            c = co.get(dev.piste.runtime.values.JsSymbol.SPECIES, co);
            if (c == dev.piste.runtime.values.Null.INSTANCE) c = Undefined.INSTANCE;
        }
        if (c == Undefined.INSTANCE || c == realm.arrayConstructor) return newArray(realm, length);
        if (!(c instanceof JsObject f) || !f.isConstructor()) throw JsException.typeError("object.constructor[Symbol.species] is not a constructor");
        Object created = JsOps.construct(f, new Object[] {NumberConversions.box(length)}, f);
        if (!(created instanceof JsObject o)) throw JsException.typeError("species constructor returned a non-object");
        return o;
    }

    static JsArray arrayOf(Realm realm, java.util.List<Object> values) {
        return new JsArray(realm.arrayPrototype, values.toArray());
    }

    /** Relative index argument (as in slice, at, fill): negative counts from the end, clamped to [0, length]. */
    static long relativeIndex(Object arg, long length, long ifUndefined) {
        if (arg == Undefined.INSTANCE) return ifUndefined;
        double rel = JsOps.toIntegerOrInfinity(arg);
        if (rel < 0) return (long) Math.max(0, length + rel);
        return (long) Math.min(rel, length);
    }

    static Object callable(Object f) {
        if (!JsOps.isCallable(f)) throw JsException.typeError(JsOps.describe(f) + " is not a function");
        return f;
    }
}
