package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsArray;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.SameValue;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.ops.NumberConversions;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.Undefined;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import static dev.piste.runtime.builtins.ArrayLikes.*;
import static dev.piste.runtime.builtins.BuiltinHelper.arg;
import static dev.piste.runtime.builtins.BuiltinHelper.method;

/** Array.prototype: access, search, iteration and the in-place mutators (push/pop/shift/splice …). */
final class ArrayPrototypeMethods {
    private ArrayPrototypeMethods() {}

    /** hostData key: the arrays whose join is in progress, so a cyclic array joins as "" (as V8 does). */
    private static final String JOIN_STACK = "array.joinStack";

    static void install(Realm realm, JsObject proto) {
        method(realm, proto, "at", 1, (self, args, nt) -> {
            JsObject o = ArrayLikes.thisObject(realm, self, "at");
            long len = lengthOf(realm, o);
            double rel = JsOps.toIntegerOrInfinity(arg(args, 0));
            double k = rel >= 0 ? rel : len + rel;
            if (k < 0 || k >= len) return Undefined.INSTANCE;
            return get(o, (long) k);
        });
        method(realm, proto, "concat", 1, (self, args, nt) -> {
            JsObject o = ArrayLikes.thisObject(realm, self, "concat");
            JsObject a = speciesCreate(realm, o, 0);
            long n = 0;
            Object[] items = new Object[args.length + 1];
            items[0] = o;
            System.arraycopy(args, 0, items, 1, args.length);
            for (Object e : items) {
                if (ArrayBuiltins.isConcatSpreadable(e)) {
                    JsObject eo = (JsObject) e;
                    long len = lengthOf(realm, eo);
                    if (n + len > MAX_LENGTH) throw JsException.typeError("Invalid array length");
                    for (long k = ArrayLikes.nextIndex(eo, 0, len); k < len; k = ArrayLikes.nextIndex(eo, k + 1, len)) if (has(eo, k)) createDataProperty(a, n + k, get(eo, k));
                    n += len;
                } else {
                    if (n >= MAX_LENGTH) throw JsException.typeError("Invalid array length");
                    createDataProperty(a, n++, e);
                }
            }
            setLength(a, n);
            return a;
        });
        method(realm, proto, "copyWithin", 2, (self, args, nt) -> {
            JsObject o = ArrayLikes.thisObject(realm, self, "copyWithin");
            long len = lengthOf(realm, o);
            long to = relativeIndex(arg(args, 0), len, 0);
            long from = relativeIndex(arg(args, 1), len, 0);
            long fin = relativeIndex(arg(args, 2), len, len);
            long count = Math.min(fin - from, len - to);
            int direction = 1;
            if (from < to && to < from + count) { direction = -1; from += count - 1; to += count - 1; }
            for (; count > 0; count--, from += direction, to += direction) {
                if (has(o, from)) set(o, to, get(o, from)); else deleteOrThrow(o, to);
            }
            return o;
        });
        method(realm, proto, "fill", 1, (self, args, nt) -> {
            JsObject o = ArrayLikes.thisObject(realm, self, "fill");
            long len = lengthOf(realm, o);
            long k = relativeIndex(arg(args, 1), len, 0);
            long fin = relativeIndex(arg(args, 2), len, len);
            for (; k < fin; k++) set(o, k, arg(args, 0));
            return o;
        });

        // ---- Iteration with a callback (holes skipped) ----
        method(realm, proto, "forEach", 1, (self, args, nt) -> {
            JsObject o = ArrayLikes.thisObject(realm, self, "forEach");
            long len = lengthOf(realm, o);
            Object f = callable(arg(args, 0));
            for (long k = ArrayLikes.nextIndex(o, 0, len); k < len; k = ArrayLikes.nextIndex(o, k + 1, len)) if (has(o, k)) JsOps.call(f, arg(args, 1), get(o, k), NumberConversions.box(k), o);
            return Undefined.INSTANCE;
        });
        method(realm, proto, "map", 1, (self, args, nt) -> {
            JsObject o = ArrayLikes.thisObject(realm, self, "map");
            long len = lengthOf(realm, o);
            Object f = callable(arg(args, 0));
            JsObject a = speciesCreate(realm, o, len);
            for (long k = ArrayLikes.nextIndex(o, 0, len); k < len; k = ArrayLikes.nextIndex(o, k + 1, len)) {
                if (has(o, k)) createDataProperty(a, k, JsOps.call(f, arg(args, 1), get(o, k), NumberConversions.box(k), o));
            }
            return a;
        });
        method(realm, proto, "filter", 1, (self, args, nt) -> {
            JsObject o = ArrayLikes.thisObject(realm, self, "filter");
            long len = lengthOf(realm, o);
            Object f = callable(arg(args, 0));
            JsObject a = speciesCreate(realm, o, 0);
            long to = 0;
            for (long k = ArrayLikes.nextIndex(o, 0, len); k < len; k = ArrayLikes.nextIndex(o, k + 1, len)) {
                if (!has(o, k)) continue;
                Object v = get(o, k);
                if (JsOps.toBoolean(JsOps.call(f, arg(args, 1), v, NumberConversions.box(k), o))) createDataProperty(a, to++, v);
            }
            return a;
        });
        method(realm, proto, "some", 1, (self, args, nt) -> someOrEvery(realm, self, args, true));
        method(realm, proto, "every", 1, (self, args, nt) -> someOrEvery(realm, self, args, false));
        method(realm, proto, "reduce", 1, (self, args, nt) -> reduce(realm, self, args, false));
        method(realm, proto, "reduceRight", 1, (self, args, nt) -> reduce(realm, self, args, true));

        // ---- Search (find* visit holes as undefined) ----
        method(realm, proto, "find", 1, (self, args, nt) -> find(realm, self, args, false, false));
        method(realm, proto, "findIndex", 1, (self, args, nt) -> find(realm, self, args, false, true));
        method(realm, proto, "findLast", 1, (self, args, nt) -> find(realm, self, args, true, false));
        method(realm, proto, "findLastIndex", 1, (self, args, nt) -> find(realm, self, args, true, true));
        method(realm, proto, "includes", 1, (self, args, nt) -> {
            JsObject o = ArrayLikes.thisObject(realm, self, "includes");
            long len = lengthOf(realm, o);
            if (len == 0) return false;
            long k = relativeIndex(arg(args, 1), len, 0);
            if (ArrayLikes.isSparse(o)) {
                // A sparse array: visit the present elements; a hole reads as undefined.
                long present = 0;
                for (long i = ArrayLikes.nextIndex(o, k, len); i < len; i = ArrayLikes.nextIndex(o, i + 1, len), present++) {
                    if (SameValue.sameZero(get(o, i), arg(args, 0))) return true;
                }
                return arg(args, 0) == Undefined.INSTANCE && present < len - k;
            }
            for (; k < len; k++) if (SameValue.sameZero(get(o, k), arg(args, 0))) return true;
            return false;
        });
        method(realm, proto, "indexOf", 1, (self, args, nt) -> {
            JsObject o = ArrayLikes.thisObject(realm, self, "indexOf");
            long len = lengthOf(realm, o);
            if (len == 0) return -1;
            long k = relativeIndex(arg(args, 1), len, 0);
            for (k = ArrayLikes.nextIndex(o, k, len); k < len; k = ArrayLikes.nextIndex(o, k + 1, len)) if (has(o, k) && JsOps.strictEquals(get(o, k), arg(args, 0))) return NumberConversions.box(k);
            return -1;
        });
        method(realm, proto, "lastIndexOf", 1, (self, args, nt) -> {
            JsObject o = ArrayLikes.thisObject(realm, self, "lastIndexOf");
            long len = lengthOf(realm, o);
            if (len == 0) return -1;
            double from = args.length > 1 ? JsOps.toIntegerOrInfinity(args[1]) : len - 1;
            if (from == Double.NEGATIVE_INFINITY) return -1;
            double k = from >= 0 ? Math.min(from, len - 1) : len + from;
            for (long i = ArrayLikes.previousIndex(o, (long) k); i >= 0; i = ArrayLikes.previousIndex(o, i - 1)) if (has(o, i) && JsOps.strictEquals(get(o, i), arg(args, 0))) return NumberConversions.box(i);
            return -1;
        });

        // ---- Strings ----
        method(realm, proto, "join", 1, (self, args, nt) -> {
            JsObject o = ArrayLikes.thisObject(realm, self, "join");
            long len = lengthOf(realm, o);
            String sep = arg(args, 0) == Undefined.INSTANCE ? "," : JsOps.toString(args[0]);
            return join(realm, o, len, sep, false);
        });
        method(realm, proto, "toString", 0, (self, args, nt) -> {
            JsObject o = ArrayLikes.thisObject(realm, self, "toString");
            Object join = o.get("join", o);
            if (JsOps.isCallable(join)) return JsOps.call(join, o);
            Object objectToString = realm.objectPrototype.get("toString", realm.objectPrototype);
            if (JsOps.isCallable(objectToString)) return JsOps.call(objectToString, o);
            return "[object " + o.className() + "]";
        });
        method(realm, proto, "toLocaleString", 0, (self, args, nt) -> {
            JsObject o = ArrayLikes.thisObject(realm, self, "toLocaleString");
            return join(realm, o, lengthOf(realm, o), ",", true);
        });

        // ---- Mutators ----
        method(realm, proto, "push", 1, (self, args, nt) -> {
            JsObject o = ArrayLikes.thisObject(realm, self, "push");
            if (args.length == 1 && o instanceof JsArray a && a.pushInPlace(args[0])) return NumberConversions.box(a.length());
            if (isFastArray(o) && ((JsArray) o).isLengthWritable() && o.isExtensible()) {
                JsArray a = (JsArray) o;
                if (a.length() + args.length > dev.piste.runtime.objects.PropertyKey.MAX_ARRAY_INDEX + 1) {
                    throw JsException.rangeError("Invalid array length");
                }
                for (Object v : args) a.push(v);
                return NumberConversions.box(a.length());
            }
            long len = lengthOf(realm, o);
            if (len + args.length > MAX_LENGTH) {
                throw JsException.typeError("Pushing " + args.length + " elements on an array-like of length " + len + " is disallowed, as the total surpasses 2**53-1");
            }
            for (Object v : args) set(o, len++, v);
            setLength(o, len);
            return NumberConversions.box(len);
        }).checkedIntrinsic = ArrayIntrinsics.PUSH;
        method(realm, proto, "pop", 0, (self, args, nt) -> {
            JsObject o = ArrayLikes.thisObject(realm, self, "pop");
            if (o instanceof JsArray a && a.popInPlace() instanceof Object last) return last;
            long len = lengthOf(realm, o);
            if (len == 0) { setLength(o, 0); return Undefined.INSTANCE; }
            Object v = get(o, len - 1);
            deleteOrThrow(o, len - 1);
            setLength(o, len - 1);
            return v;
        }).checkedIntrinsic = ArrayIntrinsics.POP;
        method(realm, proto, "shift", 0, (self, args, nt) -> {
            JsObject o = ArrayLikes.thisObject(realm, self, "shift");
            long len = lengthOf(realm, o);
            if (len == 0) { setLength(o, 0); return Undefined.INSTANCE; }
            Object first = get(o, 0);
            moveRange(o, 1, 0, len - 1);
            deleteOrThrow(o, len - 1);
            setLength(o, len - 1);
            return first;
        });
        method(realm, proto, "unshift", 1, (self, args, nt) -> {
            JsObject o = ArrayLikes.thisObject(realm, self, "unshift");
            long len = lengthOf(realm, o);
            int n = args.length;
            if (n > 0) {
                if (len + n > MAX_LENGTH) throw JsException.typeError("Invalid array length");
                moveRange(o, 0, n, len);
                for (int j = 0; j < n; j++) set(o, j, args[j]);
            }
            setLength(o, len + n);
            return NumberConversions.box(len + n);
        });
        method(realm, proto, "reverse", 0, (self, args, nt) -> {
            JsObject o = ArrayLikes.thisObject(realm, self, "reverse");
            long len = lengthOf(realm, o);
            for (long lower = 0, upper = len - 1; lower < upper; lower++, upper--) {
                boolean lowerExists = has(o, lower);
                Object lowerValue = lowerExists ? get(o, lower) : null;
                boolean upperExists = has(o, upper);
                Object upperValue = upperExists ? get(o, upper) : null;
                if (upperExists) set(o, lower, upperValue); else if (lowerExists) deleteOrThrow(o, lower);
                if (lowerExists) set(o, upper, lowerValue); else if (upperExists) deleteOrThrow(o, upper);
            }
            return o;
        });
        method(realm, proto, "slice", 2, (self, args, nt) -> {
            JsObject o = ArrayLikes.thisObject(realm, self, "slice");
            long len = lengthOf(realm, o);
            long k = relativeIndex(arg(args, 0), len, 0);
            long fin = relativeIndex(arg(args, 1), len, len);
            long count = Math.max(fin - k, 0);
            JsObject a = speciesCreate(realm, o, count);
            long n = 0;
            for (; k < fin; k++, n++) if (has(o, k)) createDataProperty(a, n, get(o, k));
            setLength(a, count);
            return a;
        });
        method(realm, proto, "splice", 2, (self, args, nt) -> {
            JsObject o = ArrayLikes.thisObject(realm, self, "splice");
            long len = lengthOf(realm, o);
            long start = relativeIndex(arg(args, 0), len, 0);
            long deleteCount;
            if (args.length == 0) deleteCount = 0;
            else if (args.length == 1) deleteCount = len - start;
            else deleteCount = (long) Math.min(Math.max(JsOps.toIntegerOrInfinity(args[1]), 0), len - start);
            int itemCount = Math.max(args.length - 2, 0);
            if (len + itemCount - deleteCount > MAX_LENGTH) throw JsException.typeError("Invalid array length");
            JsObject removed = speciesCreate(realm, o, deleteCount);
            for (long k = 0; k < deleteCount; k++) if (has(o, start + k)) createDataProperty(removed, k, get(o, start + k));
            setLength(removed, deleteCount);
            if (itemCount < deleteCount) {
                moveRange(o, start + deleteCount, start + itemCount, len - start - deleteCount);
                for (long k = len; k > len - deleteCount + itemCount; k--) deleteOrThrow(o, k - 1);
            } else if (itemCount > deleteCount) {
                moveRange(o, start + deleteCount, start + itemCount, len - start - deleteCount);
            }
            for (int i = 0; i < itemCount; i++) set(o, start + i, args[i + 2]);
            setLength(o, len - deleteCount + itemCount);
            return removed;
        });
    }

    /**
     * Moves count elements from [from, from+count) to [to, to+count), holes included (a hole deletes
     * the target), in the order that never overwrites a source before reading it.
     */
    static void moveRange(JsObject o, long from, long to, long count) {
        // Packed elements of an array, both ranges inside them: every index is an own writable element.
        if (o instanceof JsArray a && a.elements() != null && a.elements().moveWithin(from, to, count)) return;
        if (from > to) {
            for (long k = 0; k < count; k++) {
                if (has(o, from + k)) set(o, to + k, get(o, from + k)); else deleteOrThrow(o, to + k);
            }
        } else if (from < to) {
            for (long k = count - 1; k >= 0; k--) {
                if (has(o, from + k)) set(o, to + k, get(o, from + k)); else deleteOrThrow(o, to + k);
            }
        }
    }

    private static Object someOrEvery(Realm realm, Object self, Object[] args, boolean some) {
        JsObject o = ArrayLikes.thisObject(realm, self, some ? "some" : "every");
        long len = lengthOf(realm, o);
        Object f = callable(arg(args, 0));
        for (long k = ArrayLikes.nextIndex(o, 0, len); k < len; k = ArrayLikes.nextIndex(o, k + 1, len)) {
            if (!has(o, k)) continue;
            boolean r = JsOps.toBoolean(JsOps.call(f, arg(args, 1), get(o, k), NumberConversions.box(k), o));
            if (r == some) return some;
        }
        return !some;
    }

    private static Object reduce(Realm realm, Object self, Object[] args, boolean right) {
        JsObject o = ArrayLikes.thisObject(realm, self, right ? "reduceRight" : "reduce");
        long len = lengthOf(realm, o);
        Object f = callable(arg(args, 0));
        long k = right ? len - 1 : 0;
        int step = right ? -1 : 1;
        Object acc;
        if (args.length >= 2) {
            acc = args[1];
        } else {
            while (k >= 0 && k < len && !has(o, k)) k += step;
            if (k < 0 || k >= len) throw JsException.typeError("Reduce of empty array with no initial value");
            acc = get(o, k);
            k += step;
        }
        for (; k >= 0 && k < len; k += step) {
            if (has(o, k)) acc = JsOps.call(f, Undefined.INSTANCE, acc, get(o, k), NumberConversions.box(k), o);
        }
        return acc;
    }

    private static Object find(Realm realm, Object self, Object[] args, boolean last, boolean wantIndex) {
        JsObject o = ArrayLikes.thisObject(realm, self, "find" + (last ? "Last" : "") + (wantIndex ? "Index" : ""));
        long len = lengthOf(realm, o);
        Object f = callable(arg(args, 0));
        for (long i = 0; i < len; i++) {
            long k = last ? len - 1 - i : i;
            Object v = get(o, k);
            if (JsOps.toBoolean(JsOps.call(f, arg(args, 1), v, NumberConversions.box(k), o))) {
                return wantIndex ? NumberConversions.box(k) : v;
            }
        }
        return wantIndex ? (Object) (-1) : Undefined.INSTANCE;
    }

    @SuppressWarnings("unchecked")
    static String join(Realm realm, JsObject o, long len, String sep, boolean locale) {
        Set<JsObject> active = (Set<JsObject>) realm.hostData.computeIfAbsent(JOIN_STACK, k -> Collections.newSetFromMap(new IdentityHashMap<>()));
        if (!active.add(o)) return "";
        try {
            StringBuilder sb = new StringBuilder();
            for (long k = 0; k < len; k++) {
                if (k > 0) sb.append(sep);
                Object v = get(o, k);
                if (JsOps.isNullish(v)) continue;
                if (locale) {
                    Object f = JsOps.getProperty(realm, v, "toLocaleString");
                    sb.append(JsOps.toString(JsOps.call(f, v)));
                } else {
                    sb.append(JsOps.toString(v));
                }
                if (sb.length() > (1 << 29)) throw JsException.rangeError("Invalid string length");
            }
            return sb.toString();
        } finally {
            active.remove(o);
        }
    }
}
