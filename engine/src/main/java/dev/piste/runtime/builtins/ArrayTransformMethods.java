package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsArray;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.ops.NumberConversions;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.Undefined;

import java.util.Comparator;
import java.util.List;

import static dev.piste.runtime.builtins.ArrayLikes.*;
import static dev.piste.runtime.builtins.BuiltinHelper.arg;
import static dev.piste.runtime.builtins.BuiltinHelper.method;

/** Array.prototype: sort and the copying transforms (flat, flatMap, toSorted, toReversed, toSpliced, with). */
final class ArrayTransformMethods {
    private ArrayTransformMethods() {}

    static void install(Realm realm, JsObject proto) {
        method(realm, proto, "sort", 1, (self, args, nt) -> {
            Object cmp = arg(args, 0);
            if (cmp != Undefined.INSTANCE && !JsOps.isCallable(cmp)) throw JsException.typeError("The comparison function must be either a function or undefined");
            JsObject o = ArrayLikes.thisObject(realm, self, "sort");
            long len = lengthOf(realm, o);
            List<Object> values = ArrayBuiltins.presentValues(o, len, true);
            mergeSort(values, comparator(cmp));
            long k = 0;
            for (Object v : values) set(o, k++, v);
            // Holes go to the end: delete what the present values no longer cover.
            for (; k < len; k++) if (has(o, k)) deleteOrThrow(o, k);
            return o;
        });
        method(realm, proto, "toSorted", 1, (self, args, nt) -> {
            Object cmp = arg(args, 0);
            if (cmp != Undefined.INSTANCE && !JsOps.isCallable(cmp)) throw JsException.typeError("The comparison function must be either a function or undefined");
            JsObject o = ArrayLikes.thisObject(realm, self, "toSorted");
            long len = lengthOf(realm, o);
            if (len > dev.piste.runtime.objects.PropertyKey.MAX_ARRAY_INDEX + 1) throw JsException.rangeError("Invalid array length");
            List<Object> values = ArrayBuiltins.presentValues(o, len, false);
            mergeSort(values, comparator(cmp));
            return arrayOf(realm, values);
        });
        method(realm, proto, "toReversed", 0, (self, args, nt) -> {
            JsObject o = ArrayLikes.thisObject(realm, self, "toReversed");
            long len = lengthOf(realm, o);
            JsArray a = newArray(realm, len);
            for (long k = 0; k < len; k++) createDataProperty(a, k, get(o, len - 1 - k));
            return a;
        });
        method(realm, proto, "with", 2, (self, args, nt) -> {
            JsObject o = ArrayLikes.thisObject(realm, self, "with");
            long len = lengthOf(realm, o);
            double rel = JsOps.toIntegerOrInfinity(arg(args, 0));
            double actual = rel >= 0 ? rel : len + rel;
            if (actual >= len || actual < 0) throw JsException.rangeError("Invalid index : " + NumberConversions.toString(rel));
            JsArray a = newArray(realm, len);
            for (long k = 0; k < len; k++) createDataProperty(a, k, k == (long) actual ? arg(args, 1) : get(o, k));
            return a;
        });
        method(realm, proto, "toSpliced", 2, (self, args, nt) -> {
            JsObject o = ArrayLikes.thisObject(realm, self, "toSpliced");
            long len = lengthOf(realm, o);
            long start = relativeIndex(arg(args, 0), len, 0);
            int insertCount = Math.max(args.length - 2, 0);
            long skipCount;
            if (args.length == 0) skipCount = 0;
            else if (args.length == 1) skipCount = len - start;
            else skipCount = (long) Math.min(Math.max(JsOps.toIntegerOrInfinity(args[1]), 0), len - start);
            long newLen = len + insertCount - skipCount;
            if (newLen > MAX_LENGTH) throw JsException.typeError("Invalid array length");
            JsArray a = newArray(realm, newLen);
            long i = 0;
            for (; i < start; i++) createDataProperty(a, i, get(o, i));
            for (int j = 0; j < insertCount; j++) createDataProperty(a, i++, args[j + 2]);
            for (long r = start + skipCount; r < len; r++) createDataProperty(a, i++, get(o, r));
            return a;
        });
        method(realm, proto, "flat", 0, (self, args, nt) -> {
            JsObject o = ArrayLikes.thisObject(realm, self, "flat");
            long len = lengthOf(realm, o);
            double depth = 1;
            if (arg(args, 0) != Undefined.INSTANCE) {
                depth = JsOps.toIntegerOrInfinity(args[0]);
                if (depth < 0) depth = 0;
            }
            JsObject a = speciesCreate(realm, o, 0);
            ArrayBuiltins.flattenInto(realm, a, o, len, 0, depth, null, null);
            return a;
        });
        method(realm, proto, "flatMap", 1, (self, args, nt) -> {
            JsObject o = ArrayLikes.thisObject(realm, self, "flatMap");
            long len = lengthOf(realm, o);
            Object f = callable(arg(args, 0));
            JsObject a = speciesCreate(realm, o, 0);
            ArrayBuiltins.flattenInto(realm, a, o, len, 0, 1, f, arg(args, 1));
            return a;
        });
    }

    /**
     * SortCompare: undefined sorts after everything else (and the comparator never sees it); without
     * a comparator, values compare as strings by UTF-16 code units (String.compareTo does exactly that).
     */
    static Comparator<Object> comparator(Object cmp) {
        return (x, y) -> {
            boolean xu = x == Undefined.INSTANCE, yu = y == Undefined.INSTANCE;
            if (xu || yu) return xu && yu ? 0 : xu ? 1 : -1;
            if (cmp != Undefined.INSTANCE) {
                double v = JsOps.toNumber(JsOps.call(cmp, Undefined.INSTANCE, x, y));
                return v < 0 ? -1 : v > 0 ? 1 : 0;
            }
            if (x instanceof Integer a && y instanceof Integer b && a >= 0 && b >= 0 && a < 10 && b < 10) return Integer.compare(a, b);
            return JsOps.toString(x).compareTo(JsOps.toString(y));
        };
    }

    /**
     * A stable top-down merge sort. Not List.sort: TimSort throws IllegalArgumentException when a
     * user comparator is inconsistent, where JavaScript only leaves the order implementation-defined.
     */
    static void mergeSort(List<Object> values, Comparator<Object> cmp) {
        Object[] a = values.toArray();
        if (a.length < 64) {
            shortSort(a, cmp);
        } else {
            Object[] tmp = new Object[a.length];
            sortRange(a, tmp, 0, a.length, cmp);
        }
        for (int i = 0; i < a.length; i++) values.set(i, a[i]);
    }

    /**
     * Arrays shorter than 64 are sorted as V8's TimSort sorts them: the leading natural run (reversed
     * when strictly descending), then binary insertion of the rest. For consistent comparators any
     * stable sort gives the same order; matching V8 step for step also makes inconsistent ones
     * (a comparator returning a boolean is a common mistake) give node's result.
     */
    private static void shortSort(Object[] a, Comparator<Object> cmp) {
        int n = a.length;
        if (n < 2) return;
        int run = 2;
        boolean descending = cmp.compare(a[1], a[0]) < 0;
        Object previous = a[1];
        for (int i = 2; i < n; i++) {
            int order = cmp.compare(a[i], previous);
            if (descending ? order >= 0 : order < 0) break;
            previous = a[i];
            run++;
        }
        if (descending) {
            for (int lo = 0, hi = run - 1; lo < hi; lo++, hi--) { Object t = a[lo]; a[lo] = a[hi]; a[hi] = t; }
        }
        for (int start = run; start < n; start++) {
            Object pivot = a[start];
            int left = 0, right = start;
            while (left < right) {
                int mid = left + ((right - left) >> 1);
                if (cmp.compare(pivot, a[mid]) < 0) right = mid; else left = mid + 1;
            }
            System.arraycopy(a, left, a, left + 1, start - left);
            a[left] = pivot;
        }
    }

    private static void sortRange(Object[] a, Object[] tmp, int lo, int hi, Comparator<Object> cmp) {
        if (hi - lo < 2) return;
        if (hi - lo <= 8) {
            for (int i = lo + 1; i < hi; i++) {
                Object v = a[i];
                int j = i;
                while (j > lo && cmp.compare(a[j - 1], v) > 0) { a[j] = a[j - 1]; j--; }
                a[j] = v;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        sortRange(a, tmp, lo, mid, cmp);
        sortRange(a, tmp, mid, hi, cmp);
        if (cmp.compare(a[mid - 1], a[mid]) <= 0) return;
        System.arraycopy(a, lo, tmp, lo, hi - lo);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) a[k++] = cmp.compare(tmp[j], tmp[i]) < 0 ? tmp[j++] : tmp[i++];
        while (i < mid) a[k++] = tmp[i++];
        while (j < hi) a[k++] = tmp[j++];
    }
}
