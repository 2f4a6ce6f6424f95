package dev.piste.runtime.objects;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The array-index properties of one object, stored by {@link ElementsKind}:
 * <pre>
 *   PACKED_INT     int[]    every index below length present, all int32
 *   PACKED_DOUBLE  double[] every index below length present, all numbers (ints stored as doubles)
 *   PACKED_OBJECT  Object[] every index below length present
 *   HOLEY_INT      double[] int32 values or HOLE_BITS
 *   HOLEY_DOUBLE   double[] numbers or HOLE_BITS
 *   HOLEY_OBJECT   Object[] values or null for a hole
 *   DICTIONARY     TreeMap  index -> Sparse (value or Accessor, attributes)
 * </pre>
 * Invariants: a double array never holds the HOLE_BITS pattern as a value (NaNs are canonicalized);
 * -0.0 is never in an int array; {@code length} is the number of positions in use (holes included);
 * non-dictionary elements are all writable, enumerable and configurable.
 */
public final class Elements {
    /** A NaN payload that arithmetic never produces: marks a hole in double storage. */
    static final long HOLE_BITS = 0x7FF4_DEAD_0000_0001L;
    /** Gaps wider than this (and wider than the used length) switch to DICTIONARY: sparse arrays stay small. */
    private static final long MAX_DENSE_GAP = 1024;

    // Public for compiled code to read (see JsObject's fields); only this class writes them.
    public ElementsKind kind = ElementsKind.PACKED_INT;
    public int[] ints = EMPTY_INTS;
    public double[] doubles;
    public Object[] objects;
    public int length;
    TreeMap<Long, Sparse> sparse;

    private static final int[] EMPTY_INTS = new int[0];

    public static final class Sparse {
        public Object value;
        public int attributes;
        Sparse(Object value, int attributes) { this.value = value; this.attributes = attributes; }
    }

    public ElementsKind kind() { return kind; }
    public int length() { return length; }

    public static Elements ofValues(Object[] values) {
        Elements e = new Elements();
        e.ints = new int[Math.max(4, values.length)];
        for (Object v : values) e.append(v);
        return e;
    }

    /** The value at index, or null when absent (hole, out of range). For DICTIONARY, a data value or Accessor. */
    public Object get(long index) {
        switch (kind) {
            case PACKED_INT: return index < length ? Integer.valueOf(ints[(int) index]) : null;
            case PACKED_DOUBLE: return index < length ? boxNumber(doubles[(int) index]) : null;
            case PACKED_OBJECT: case HOLEY_OBJECT: return index < length ? objects[(int) index] : null;
            case HOLEY_INT: case HOLEY_DOUBLE: {
                if (index >= length) return null;
                double d = doubles[(int) index];
                return Double.doubleToRawLongBits(d) == HOLE_BITS ? null : boxNumber(d);
            }
            case DICTIONARY: { Sparse s = sparse.get(index); return s == null ? null : s.value; }
        }
        throw new AssertionError();
    }

    /** Attributes at index (only meaningful when present). */
    public int attributesAt(long index) {
        if (kind != ElementsKind.DICTIONARY) return PropertyAttributes.DEFAULT;
        Sparse s = sparse.get(index);
        return s == null ? PropertyAttributes.DEFAULT : s.attributes;
    }

    public boolean has(long index) { return get(index) != null; }

    static Object boxNumber(double d) {
        int i = (int) d;
        if (i == d && (i != 0 || Double.doubleToRawLongBits(d) == 0)) return i;
        return d;
    }

    /**
     * Stores value at index when an element is present there and the kind holds the value as it is;
     * returns false otherwise (absent, or the kind would have to generalize), leaving the elements
     * unchanged for the caller's generic store. No boxing: the inline-cache store path.
     */
    public boolean setIfPresent(int index, Object value) {
        if (index < 0 || index >= length) return false;
        switch (kind) {
            case PACKED_INT -> {
                if (!(value instanceof Integer n)) return false;
                ints[index] = n;
                return true;
            }
            case PACKED_OBJECT -> { objects[index] = value; return true; }
            case HOLEY_OBJECT -> {
                if (objects[index] == null) return false;
                objects[index] = value;
                return true;
            }
            case PACKED_DOUBLE, HOLEY_INT, HOLEY_DOUBLE -> {
                if (kind != ElementsKind.PACKED_DOUBLE && Double.doubleToRawLongBits(doubles[index]) == HOLE_BITS) return false;
                if (value instanceof Integer n) { doubles[index] = n; return true; }
                if (kind == ElementsKind.HOLEY_INT || !(value instanceof Double d)) return false;
                doubles[index] = Double.isNaN(d) ? Double.NaN : d;
                return true;
            }
            default -> { return false; }
        }
    }

    public void append(Object value) { set(length, value); }

    /** Stores a data value with default attributes, generalizing the kind as needed. */
    public void set(long index, Object value) {
        if (kind == ElementsKind.DICTIONARY) {
            Sparse s = sparse.get(index);
            if (s == null) sparse.put(index, new Sparse(value, PropertyAttributes.DEFAULT));
            else s.value = value;
            return;
        }
        if (index >= length) {
            if (index > length && (index - length > MAX_DENSE_GAP && index > 2L * length || index >= Integer.MAX_VALUE - 8)) {
                toDictionary();
                set(index, value);
                return;
            }
            if (index > length) generalize(kind.toHoley());
            ensureCapacity((int) index + 1);
            fillHoles(length, (int) index);
            length = (int) index + 1;
        }
        int i = (int) index;
        switch (kind) {
            case PACKED_INT, HOLEY_INT -> {
                if (value instanceof Integer n) {
                    if (kind == ElementsKind.PACKED_INT) ints[i] = n; else doubles[i] = n;
                    return;
                }
                generalize(kind.join(value instanceof Double ? ElementsKind.PACKED_DOUBLE : ElementsKind.PACKED_OBJECT));
                set(index, value);
            }
            case PACKED_DOUBLE, HOLEY_DOUBLE -> {
                if (value instanceof Integer n) { doubles[i] = n; return; }
                if (value instanceof Double d) { doubles[i] = Double.isNaN(d) ? Double.NaN : d; return; }
                generalize(kind.join(ElementsKind.PACKED_OBJECT));
                set(index, value);
            }
            case PACKED_OBJECT, HOLEY_OBJECT -> objects[i] = value;
            case DICTIONARY -> throw new AssertionError();
        }
    }

    private void fillHoles(int from, int to) {
        if (from >= to) return;
        switch (kind) {
            case HOLEY_INT, HOLEY_DOUBLE -> Arrays.fill(doubles, from, to, Double.longBitsToDouble(HOLE_BITS));
            case HOLEY_OBJECT -> Arrays.fill(objects, from, to, null);
            default -> throw new AssertionError("holes in packed elements");
        }
    }

    /**
     * Appends value where it fits the kind as it is (an int to int storage, a number to double
     * storage, anything to packed object storage), growing the storage if need be: true; false,
     * having done nothing, when it does not fit or the elements are holey or a dictionary.
     */
    boolean appendInPlace(Object value) {
        int n = length;
        if (n == Integer.MAX_VALUE - 8) return false;
        switch (kind) {
            case PACKED_OBJECT -> {
                if (n == objects.length) ensureCapacity(n + 1);
                objects[n] = value;
            }
            case PACKED_INT -> {
                if (!(value instanceof Integer i)) return false;
                if (n == ints.length) ensureCapacity(n + 1);
                ints[n] = i;
            }
            case PACKED_DOUBLE -> {
                double d;
                if (value instanceof Integer i) d = i;
                else if (value instanceof Double x) d = Double.isNaN(x) ? Double.NaN : x;
                else return false;
                if (n == doubles.length) ensureCapacity(n + 1);
                doubles[n] = d;
            }
            default -> { return false; }
        }
        length = n + 1;
        return true;
    }

    /**
     * Copies count elements from index from to index to (the ranges may overlap) when the elements are
     * packed and both ranges lie within them: true; false, having done nothing, otherwise.
     */
    public boolean moveWithin(long from, long to, long count) {
        if (from < 0 || to < 0 || count < 0 || from + count > length || to + count > length) return false;
        Object storage = switch (kind) {
            case PACKED_INT -> ints;
            case PACKED_DOUBLE -> doubles;
            case PACKED_OBJECT -> objects;
            default -> null;
        };
        if (storage == null) return false;
        System.arraycopy(storage, (int) from, storage, (int) to, (int) count);
        return true;
    }

    /** Removes the last element of packed elements and returns it; null, having done nothing, when empty or not packed. */
    Object removeLastPacked() {
        int n = length - 1;
        if (n < 0) return null;
        Object v;
        switch (kind) {
            case PACKED_OBJECT -> { v = objects[n]; objects[n] = null; }
            case PACKED_INT -> v = ints[n];
            case PACKED_DOUBLE -> v = boxNumber(doubles[n]);
            default -> { return null; }
        }
        length = n;
        return v;
    }

    private void ensureCapacity(int needed) {
        int cap = capacity();
        if (needed <= cap) return;
        int newCap = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, cap + (cap >> 1) + 4L));
        switch (kind) {
            case PACKED_INT -> ints = Arrays.copyOf(ints, newCap);
            case PACKED_DOUBLE, HOLEY_INT, HOLEY_DOUBLE -> doubles = Arrays.copyOf(doubles, newCap);
            case PACKED_OBJECT, HOLEY_OBJECT -> objects = Arrays.copyOf(objects, newCap);
            case DICTIONARY -> {}
        }
    }

    private int capacity() {
        return switch (kind) {
            case PACKED_INT -> ints.length;
            case PACKED_DOUBLE, HOLEY_INT, HOLEY_DOUBLE -> doubles.length;
            case PACKED_OBJECT, HOLEY_OBJECT -> objects.length;
            case DICTIONARY -> Integer.MAX_VALUE;
        };
    }

    /** Moves storage to a more general kind. Never narrows. */
    void generalize(ElementsKind to) {
        to = kind.join(to);
        if (to == kind) return;
        if (to == ElementsKind.DICTIONARY) { toDictionary(); return; }
        int cap = Math.max(capacity(), 4);
        Object[] boxed = null;
        double[] unboxed = null;
        boolean toObjects = to == ElementsKind.PACKED_OBJECT || to == ElementsKind.HOLEY_OBJECT;
        if (toObjects) boxed = new Object[cap]; else unboxed = new double[cap];
        for (int i = 0; i < length; i++) {
            Object v = get(i);
            if (toObjects) boxed[i] = v;
            else unboxed[i] = v == null ? Double.longBitsToDouble(HOLE_BITS) : ((Number) v).doubleValue();
        }
        ints = null; doubles = unboxed; objects = boxed;
        kind = to;
    }

    /** Converts to DICTIONARY, keeping every present element. */
    public void toDictionary() {
        if (kind == ElementsKind.DICTIONARY) return;
        TreeMap<Long, Sparse> map = new TreeMap<>();
        for (int i = 0; i < length; i++) {
            Object v = get(i);
            if (v != null) map.put((long) i, new Sparse(v, PropertyAttributes.DEFAULT));
        }
        sparse = map;
        ints = null; doubles = null; objects = null;
        kind = ElementsKind.DICTIONARY;
    }

    /** Defines index with given value (or Accessor) and attributes; switches to DICTIONARY when not default. */
    public void define(long index, Object valueOrAccessor, int attributes) {
        if (attributes == PropertyAttributes.DEFAULT && !(valueOrAccessor instanceof Accessor) && kind != ElementsKind.DICTIONARY) {
            set(index, valueOrAccessor);
            return;
        }
        toDictionary();
        sparse.put(index, new Sparse(valueOrAccessor, attributes));
    }

    public Sparse sparseEntry(long index) { return kind == ElementsKind.DICTIONARY ? sparse.get(index) : null; }

    /** Removes the element at index (no attribute checks: the caller checked configurability). */
    public void delete(long index) {
        if (kind == ElementsKind.DICTIONARY) { sparse.remove(index); return; }
        if (index >= length) return;
        if (index == length - 1 && !kind.isHoley()) { length--; return; }
        generalize(kind.toHoley());
        int i = (int) index;
        if (kind == ElementsKind.HOLEY_OBJECT) objects[i] = null;
        else doubles[i] = Double.longBitsToDouble(HOLE_BITS);
        if (index == length - 1) length--;
    }

    /** Drops every element at or above newLength (array length truncation). Returns false if a
     *  non-configurable element blocked it; then elements above the blocker are gone and
     *  {@link #lastBlockingIndex} says where it stopped. */
    public boolean truncate(long newLength) {
        if (kind == ElementsKind.DICTIONARY) {
            var tail = sparse.tailMap(newLength, true).descendingMap();
            var it = tail.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<Long, Sparse> e = it.next();
                if (!PropertyAttributes.isConfigurable(e.getValue().attributes)) { lastBlockingIndex = e.getKey(); return false; }
                it.remove();
            }
            return true;
        }
        if (newLength < length) {
            int n = (int) newLength;
            if (kind == ElementsKind.PACKED_OBJECT || kind == ElementsKind.HOLEY_OBJECT) Arrays.fill(objects, n, length, null);
            length = n;
        }
        return true;
    }

    public long lastBlockingIndex = -1;

    /** Present indexes in ascending order. */
    public long[] keys() {
        if (kind == ElementsKind.DICTIONARY) {
            long[] r = new long[sparse.size()];
            int j = 0;
            for (Long k : sparse.keySet()) r[j++] = k;
            return r;
        }
        if (!kind.isHoley()) {
            long[] r = new long[length];
            for (int i = 0; i < length; i++) r[i] = i;
            return r;
        }
        long[] r = new long[length];
        int j = 0;
        for (int i = 0; i < length; i++) if (get(i) != null) r[j++] = i;
        return Arrays.copyOf(r, j);
    }

    /** DICTIONARY only: the smallest present index >= from, or -1 (sparse arrays skip their gaps). */
    public long nextKey(long from) {
        Long k = sparse.ceilingKey(from);
        return k == null ? -1 : k;
    }

    /** DICTIONARY only: the largest present index <= from, or -1. */
    public long previousKey(long from) {
        Long k = sparse.floorKey(from);
        return k == null ? -1 : k;
    }

    /** Highest present index + 1 (0 when empty). */
    public long endIndex() {
        if (kind == ElementsKind.DICTIONARY) return sparse.isEmpty() ? 0 : sparse.lastKey() + 1;
        return length;
    }

    public boolean isEmpty() { return kind == ElementsKind.DICTIONARY ? sparse.isEmpty() : length == 0; }

    /** Fast-path view for packed int storage; valid only while kind() == PACKED_INT. */
    /** Whether a double read from HOLEY_INT or HOLEY_DOUBLE storage marks a hole. */
    public static boolean isHole(double d) { return Double.doubleToRawLongBits(d) == HOLE_BITS; }

    /** A number as double storage holds it: every NaN canonical, so that none is taken for a hole. */
    public static double storable(double d) { return d != d ? Double.NaN : d; }

    public int[] intStorage() { return ints; }
    public double[] doubleStorage() { return doubles; }
    public Object[] objectStorage() { return objects; }
}
