package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.objects.SameValue;
import dev.piste.runtime.objects.TypedArrayObject;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;
import dev.piste.runtime.values.Undefined;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static dev.piste.runtime.builtins.BuiltinHelper.arg;
import static dev.piste.runtime.builtins.BuiltinHelper.method;

/**
 * %TypedArray%.prototype. Elements are read and written straight from the buffer; a typed array's
 * length is fixed, so the loops read it once (buffers cannot be detached or resized in Piste).
 */
final class TypedArrayMethods {
    private TypedArrayMethods() {}

    /** ValidateTypedArray. */
    static TypedArrayObject thisArray(Object self) {
        if (self instanceof TypedArrayObject ta) return ta;
        throw JsException.typeError("this is not a typed array.");
    }

    private static Object box(long i) { return dev.piste.runtime.ops.NumberConversions.box(i); }

    private interface Visitor { boolean visit(Object value, int index); }

    /** Calls callback(value, index, array) for each index in order (or reversed); stops when visit says so. */
    private static int iterate(TypedArrayObject ta, Object callback, Object thisArg, boolean reverse, Visitor visitor) {
        ArrayLikes.callable(callback);
        int len = ta.length;
        for (int n = 0; n < len; n++) {
            int i = reverse ? len - 1 - n : n;
            Object v = ta.getIndex(i);
            Object r = JsOps.call(callback, thisArg, v, i, ta);
            if (visitor.visit(v, i) && JsOps.toBoolean(r)) return i;
        }
        return -1;
    }

    static void install(Realm realm, JsObject proto) {
        BuiltinHelper.getter(realm, proto, "buffer", (self, args, nt) -> thisArray(self).buffer, null);
        BuiltinHelper.getter(realm, proto, "byteLength", (self, args, nt) -> thisArray(self).byteLength(), null);
        BuiltinHelper.getter(realm, proto, "byteOffset", (self, args, nt) -> thisArray(self).byteOffset, null);
        BuiltinHelper.getter(realm, proto, "length", (self, args, nt) -> thisArray(self).length, null);
        BuiltinHelper.getter(realm, proto, JsSymbol.TO_STRING_TAG,
            (self, args, nt) -> self instanceof TypedArrayObject ta ? ta.kind.constructorName() : Undefined.INSTANCE, null);

        method(realm, proto, "at", 1, (self, args, nt) -> {
            TypedArrayObject ta = thisArray(self);
            double rel = JsOps.toIntegerOrInfinity(arg(args, 0));
            double k = rel >= 0 ? rel : ta.length + rel;
            return k < 0 || k >= ta.length ? Undefined.INSTANCE : ta.getIndex((int) k);
        });
        method(realm, proto, "copyWithin", 2, (self, args, nt) -> {
            TypedArrayObject ta = thisArray(self);
            int len = ta.length;
            int to = ArrayBufferBuiltins.relativeIndex(arg(args, 0), len, 0);
            int from = ArrayBufferBuiltins.relativeIndex(arg(args, 1), len, 0);
            int fin = ArrayBufferBuiltins.relativeIndex(arg(args, 2), len, len);
            int count = Math.min(fin - from, len - to);
            if (count > 0) {
                int size = ta.kind.size;
                System.arraycopy(ta.buffer.data, ta.byteOffset + from * size, ta.buffer.data, ta.byteOffset + to * size, count * size);
            }
            return ta;
        });
        method(realm, proto, "every", 1, (self, args, nt) -> {
            TypedArrayObject ta = thisArray(self);
            ArrayLikes.callable(arg(args, 0));
            for (int i = 0; i < ta.length; i++) {
                if (!JsOps.toBoolean(JsOps.call(args[0], arg(args, 1), ta.getIndex(i), i, ta))) return false;
            }
            return true;
        });
        method(realm, proto, "some", 1, (self, args, nt) -> {
            TypedArrayObject ta = thisArray(self);
            return iterate(ta, arg(args, 0), arg(args, 1), false, (v, i) -> true) >= 0;
        });
        method(realm, proto, "fill", 1, (self, args, nt) -> {
            TypedArrayObject ta = thisArray(self);
            Object numeric = ta.toNumeric(arg(args, 0));
            int len = ta.length;
            int k = ArrayBufferBuiltins.relativeIndex(arg(args, 1), len, 0);
            int fin = ArrayBufferBuiltins.relativeIndex(arg(args, 2), len, len);
            for (; k < fin; k++) ta.setIndex(k, numeric);
            return ta;
        });
        method(realm, proto, "filter", 1, (self, args, nt) -> {
            TypedArrayObject ta = thisArray(self);
            Object f = ArrayLikes.callable(arg(args, 0));
            List<Object> kept = new ArrayList<>();
            for (int i = 0; i < ta.length; i++) {
                Object v = ta.getIndex(i);
                if (JsOps.toBoolean(JsOps.call(f, arg(args, 1), v, i, ta))) kept.add(v);
            }
            TypedArrayObject result = TypedArrayBuiltins.speciesCreate(realm, ta, kept.size());
            for (int n = 0; n < kept.size(); n++) result.setOrThrow(Integer.toString(n), kept.get(n));
            return result;
        });
        method(realm, proto, "find", 1, (self, args, nt) -> found(thisArray(self), args, false, false));
        method(realm, proto, "findIndex", 1, (self, args, nt) -> found(thisArray(self), args, false, true));
        method(realm, proto, "findLast", 1, (self, args, nt) -> found(thisArray(self), args, true, false));
        method(realm, proto, "findLastIndex", 1, (self, args, nt) -> found(thisArray(self), args, true, true));
        method(realm, proto, "forEach", 1, (self, args, nt) -> {
            iterate(thisArray(self), arg(args, 0), arg(args, 1), false, (v, i) -> false);
            return Undefined.INSTANCE;
        });
        method(realm, proto, "includes", 1, (self, args, nt) -> search(thisArray(self), args, true, false) >= 0);
        method(realm, proto, "indexOf", 1, (self, args, nt) -> search(thisArray(self), args, false, false));
        method(realm, proto, "lastIndexOf", 1, (self, args, nt) -> search(thisArray(self), args, false, true));
        method(realm, proto, "join", 1, (self, args, nt) -> {
            TypedArrayObject ta = thisArray(self);
            String sep = arg(args, 0) == Undefined.INSTANCE ? "," : JsOps.toString(args[0]);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < ta.length; i++) {
                if (i > 0) sb.append(sep);
                sb.append(JsOps.toString(ta.getIndex(i)));
            }
            return sb.toString();
        });
        method(realm, proto, "map", 1, (self, args, nt) -> {
            TypedArrayObject ta = thisArray(self);
            Object f = ArrayLikes.callable(arg(args, 0));
            TypedArrayObject result = TypedArrayBuiltins.speciesCreate(realm, ta, ta.length);
            for (int i = 0; i < ta.length; i++) {
                result.setOrThrow(Integer.toString(i), JsOps.call(f, arg(args, 1), ta.getIndex(i), i, ta));
            }
            return result;
        });
        method(realm, proto, "reduce", 1, (self, args, nt) -> reduce(thisArray(self), args, false));
        method(realm, proto, "reduceRight", 1, (self, args, nt) -> reduce(thisArray(self), args, true));
        method(realm, proto, "reverse", 0, (self, args, nt) -> {
            TypedArrayObject ta = thisArray(self);
            for (int lo = 0, hi = ta.length - 1; lo < hi; lo++, hi--) {
                Object a = ta.getIndex(lo);
                ta.setIndex(lo, ta.getIndex(hi));
                ta.setIndex(hi, a);
            }
            return ta;
        });
        method(realm, proto, "set", 1, (self, args, nt) -> {
            TypedArrayObject target = thisArray(self);
            double offset = JsOps.toIntegerOrInfinity(arg(args, 1));
            if (offset < 0) throw JsException.rangeError("offset is out of bounds");
            setFrom(realm, target, arg(args, 0), offset);
            return Undefined.INSTANCE;
        });
        method(realm, proto, "slice", 2, (self, args, nt) -> {
            TypedArrayObject ta = thisArray(self);
            int start = ArrayBufferBuiltins.relativeIndex(arg(args, 0), ta.length, 0);
            int fin = ArrayBufferBuiltins.relativeIndex(arg(args, 1), ta.length, ta.length);
            int count = Math.max(fin - start, 0);
            TypedArrayObject result = TypedArrayBuiltins.speciesCreate(realm, ta, count);
            if (count == 0) return result;
            if (result.kind == ta.kind) {
                int size = ta.kind.size;
                System.arraycopy(ta.buffer.data, ta.byteOffset + start * size, result.buffer.data, result.byteOffset, count * size);
            } else {
                for (int n = 0; n < count; n++) result.setIndex(n, ta.getIndex(start + n));
            }
            return result;
        });
        method(realm, proto, "sort", 1, (self, args, nt) -> {
            Object cmp = arg(args, 0);
            if (cmp != Undefined.INSTANCE) ArrayLikes.callable(cmp);
            TypedArrayObject ta = thisArray(self);
            List<Object> values = sorted(ta, cmp);
            for (int i = 0; i < values.size(); i++) ta.setIndex(i, values.get(i));
            return ta;
        });
        method(realm, proto, "subarray", 2, (self, args, nt) -> {
            TypedArrayObject ta = thisArray(self);
            int begin = ArrayBufferBuiltins.relativeIndex(arg(args, 0), ta.length, 0);
            int fin = ArrayBufferBuiltins.relativeIndex(arg(args, 1), ta.length, ta.length);
            int count = Math.max(fin - begin, 0);
            return TypedArrayBuiltins.speciesCreate(realm, ta, ta.buffer, ta.byteOffset + begin * ta.kind.size, count);
        });
        method(realm, proto, "toLocaleString", 0, (self, args, nt) -> {
            TypedArrayObject ta = thisArray(self);
            return ArrayPrototypeMethods.join(realm, ta, ta.length, ",", true);
        });
        method(realm, proto, "toReversed", 0, (self, args, nt) -> {
            TypedArrayObject ta = thisArray(self);
            TypedArrayObject result = TypedArrayBuiltins.allocate(realm, ta.kind, null, ta.length);
            for (int i = 0; i < ta.length; i++) result.setIndex(i, ta.getIndex(ta.length - 1 - i));
            return result;
        });
        method(realm, proto, "toSorted", 1, (self, args, nt) -> {
            Object cmp = arg(args, 0);
            if (cmp != Undefined.INSTANCE) ArrayLikes.callable(cmp);
            TypedArrayObject ta = thisArray(self);
            TypedArrayObject result = TypedArrayBuiltins.allocate(realm, ta.kind, null, ta.length);
            List<Object> values = sorted(ta, cmp);
            for (int i = 0; i < values.size(); i++) result.setIndex(i, values.get(i));
            return result;
        });
        method(realm, proto, "with", 2, (self, args, nt) -> {
            TypedArrayObject ta = thisArray(self);
            double rel = JsOps.toIntegerOrInfinity(arg(args, 0));
            double index = rel >= 0 ? rel : ta.length + rel;
            Object numeric = ta.toNumeric(arg(args, 1));
            if (index < 0 || index >= ta.length) throw JsException.rangeError("Invalid typed array index");
            TypedArrayObject result = TypedArrayBuiltins.allocate(realm, ta.kind, null, ta.length);
            System.arraycopy(ta.buffer.data, ta.byteOffset, result.buffer.data, 0, ta.byteLength());
            result.setIndex((int) index, numeric);
            return result;
        });
        proto.defineOwn("toString", realm.arrayPrototype.get("toString", realm.arrayPrototype), PropertyAttributes.HIDDEN);

        JsObject iteratorProto = realm.arrayIteratorPrototype;
        method(realm, proto, "keys", 0, (self, args, nt) -> new IteratorBuiltins.ArrayIterator(iteratorProto, thisArray(self), 0));
        method(realm, proto, "entries", 0, (self, args, nt) -> new IteratorBuiltins.ArrayIterator(iteratorProto, thisArray(self), 2));
        var values = method(realm, proto, "values", 0, (self, args, nt) -> new IteratorBuiltins.ArrayIterator(iteratorProto, thisArray(self), 1));
        proto.defineOwn(JsSymbol.ITERATOR, values, PropertyAttributes.HIDDEN);
    }

    private static Object found(TypedArrayObject ta, Object[] args, boolean last, boolean wantIndex) {
        int i = iterate(ta, arg(args, 0), arg(args, 1), last, (v, k) -> true);
        if (wantIndex) return i;
        return i < 0 ? Undefined.INSTANCE : ta.getIndex(i);
    }

    /** includes (SameValueZero), indexOf and lastIndexOf (strict equality). */
    private static int search(TypedArrayObject ta, Object[] args, boolean sameValueZero, boolean last) {
        int len = ta.length;
        if (len == 0) return -1;
        Object target = arg(args, 0);
        if (last) {
            double n = args.length > 1 ? JsOps.toIntegerOrInfinity(args[1]) : len - 1;
            if (n == Double.NEGATIVE_INFINITY) return -1;
            int k = (int) (n >= 0 ? Math.min(n, len - 1) : len + n);
            for (; k >= 0; k--) if (JsOps.strictEquals(ta.getIndex(k), target)) return k;
            return -1;
        }
        double n = JsOps.toIntegerOrInfinity(arg(args, 1));
        if (n == Double.POSITIVE_INFINITY) return -1;
        int k = (int) (n >= 0 ? Math.min(n, len) : Math.max(len + n, 0));
        for (; k < len; k++) {
            Object v = ta.getIndex(k);
            if (sameValueZero ? SameValue.sameZero(v, target) : JsOps.strictEquals(v, target)) return k;
        }
        return -1;
    }

    private static Object reduce(TypedArrayObject ta, Object[] args, boolean right) {
        Object f = ArrayLikes.callable(arg(args, 0));
        int len = ta.length;
        int k = right ? len - 1 : 0;
        int step = right ? -1 : 1;
        Object acc;
        if (args.length > 1) {
            acc = args[1];
        } else {
            if (len == 0) throw JsException.typeError("Reduce of empty array with no initial value");
            acc = ta.getIndex(k);
            k += step;
        }
        for (; k >= 0 && k < len; k += step) acc = JsOps.call(f, Undefined.INSTANCE, acc, ta.getIndex(k), k, ta);
        return acc;
    }

    /** The elements sorted by the comparator, or numerically: -0 before +0, NaN last. */
    private static List<Object> sorted(TypedArrayObject ta, Object cmp) {
        List<Object> values = new ArrayList<>(ta.length);
        for (int i = 0; i < ta.length; i++) values.add(ta.getIndex(i));
        Comparator<Object> order;
        if (cmp != Undefined.INSTANCE) {
            order = (x, y) -> {
                double v = JsOps.toNumber(JsOps.call(cmp, Undefined.INSTANCE, x, y));
                return v < 0 ? -1 : v > 0 ? 1 : 0;
            };
        } else if (ta.kind.isBigInt()) {
            order = (x, y) -> ((BigInteger) x).compareTo((BigInteger) y);
        } else {
            // Double.compare orders -0 before +0 and NaN after everything, as the spec's default does.
            order = (x, y) -> Double.compare(((Number) x).doubleValue(), ((Number) y).doubleValue());
        }
        ArrayTransformMethods.mergeSort(values, order);
        return values;
    }

    /** %TypedArray%.prototype.set: from a typed array (overlap-safe) or an array-like. */
    private static void setFrom(Realm realm, TypedArrayObject target, Object source, double offset) {
        if (source instanceof TypedArrayObject src) {
            if (src.kind.isBigInt() != target.kind.isBigInt()) throw JsException.typeError("Cannot mix BigInt and other types, use explicit conversions");
            if (offset == Double.POSITIVE_INFINITY || src.length + offset > target.length) throw JsException.rangeError("offset is out of bounds");
            int off = (int) offset;
            if (src.kind == target.kind) {
                // System.arraycopy copies as if through a temporary, so overlapping views are safe.
                System.arraycopy(src.buffer.data, src.byteOffset, target.buffer.data, target.byteOffset + off * target.kind.size, src.byteLength());
                return;
            }
            Object[] values = new Object[src.length];
            for (int i = 0; i < src.length; i++) values[i] = src.getIndex(i);
            for (int i = 0; i < values.length; i++) target.setIndex(off + i, values[i]);
            return;
        }
        JsObject src = JsOps.toObject(realm, source);
        long srcLength = ArrayLikes.lengthOf(realm, src);
        if (offset == Double.POSITIVE_INFINITY || srcLength + offset > target.length) throw JsException.rangeError("offset is out of bounds");
        int off = (int) offset;
        for (int i = 0; i < srcLength; i++) {
            Object v = src.get(Integer.toString(i), src);
            target.setElementValue(off + i, v);
        }
    }
}
