package dev.piste.runtime.objects;

import java.util.HashMap;
import java.util.Map;

/**
 * A hidden class: the layout of an object's named properties (keys, attributes, slot indexes), its
 * prototype and its extensibility.
 *
 * <p>Requirements for contributors:
 * <ol>
 *   <li>Shapes form a transition tree rooted at one root shape per prototype (kept on the prototype
 *       object, so shapes belong to the context that owns the prototype: no global shape table).
 *       Adding a property follows or creates the transition keyed by (key, attributes).
 *   <li>A shared shape is immutable once created: an inline cache that saw shape S may trust every
 *       fact S states for as long as the object still has S. Any change other than an add (delete,
 *       attribute change, prototype change on a non-root) moves the object to a new shape.
 *   <li>Dictionary shapes belong to exactly one object and are mutable; caches must never cache them
 *       ({@link #isDictionary()}). Objects go dictionary after {@link #MAX_FAST_PROPERTIES} properties
 *       or on delete/reconfigure.
 *   <li>Property slot i lives in {@code JsObject.slots[i]}; {@code keys[i]}, {@code attributes[i]}
 *       describe it, in insertion order (which is the property order for string and symbol keys).
 * </ol>
 */
public final class Shape {
    /** Above this many named properties an object switches to dictionary mode: O(n) copies per add would
     *  make building big maps quadratic, and such objects are rarely cacheable anyway. */
    public static final int MAX_FAST_PROPERTIES = 128;
    /** Transitions from one shape before further adds go to dictionary mode (protects against shape explosion). */
    static final int MAX_TRANSITIONS = 64;

    /** Whether some object with this shape is watched ({@link ShapeWatch}): leaving it must tell the watchers. */
    boolean watched;

    private final JsObject prototype;
    /** Keys in slot order; length == propertyCount for fast shapes. For dictionary shapes: capacity-sized. */
    Object[] keys;
    int[] attributes;
    int propertyCount;
    private final boolean dictionary;
    private final boolean extensible;
    /** Key -> slot index; built lazily for fast shapes, kept current for dictionary shapes. */
    private Map<Object, Integer> index;
    /** Fast shapes only: transitions to child shapes by (key, attributes). */
    private Map<TransitionKey, Shape> transitions;
    private Shape nonExtensible;
    /** Monotonic id for printing and hashing in caches. */
    public final int id;
    private static final java.util.concurrent.atomic.AtomicInteger ids = new java.util.concurrent.atomic.AtomicInteger();

    private record TransitionKey(Object key, int attributes) {}

    private Shape(JsObject prototype, Object[] keys, int[] attributes, int count, boolean dictionary, boolean extensible) {
        this.prototype = prototype; this.keys = keys; this.attributes = attributes; this.propertyCount = count;
        this.dictionary = dictionary; this.extensible = extensible; this.id = ids.incrementAndGet();
    }

    /** The empty shape for objects with the given prototype (null for none). Use JsObject.rootShapeFor. */
    static Shape newRoot(JsObject prototype) {
        return new Shape(prototype, new Object[0], new int[0], 0, false, true);
    }

    public JsObject prototype() { return prototype; }
    public boolean isDictionary() { return dictionary; }

    /** Dictionary shapes only: the slots whose values compiled code folded (see ValueWatch); null when none. */
    ValueWatch valueWatch;
    public boolean isExtensible() { return extensible; }
    public int propertyCount() { return propertyCount; }
    public Object keyAt(int slot) { return keys[slot]; }
    public int attributesAt(int slot) { return attributes[slot]; }

    /** Slot index of key, or -1. */
    public int lookup(Object key) {
        Map<Object, Integer> m = index;
        if (m == null) {
            if (propertyCount <= 8) {
                for (int i = 0; i < propertyCount; i++) if (keys[i].equals(key)) return i;
                return -1;
            }
            m = buildIndex();
        }
        Integer i = m.get(key);
        return i == null ? -1 : i;
    }

    private Map<Object, Integer> buildIndex() {
        Map<Object, Integer> m = new HashMap<>(propertyCount * 2);
        for (int i = 0; i < propertyCount; i++) if (keys[i] != null) m.put(keys[i], i);
        index = m;
        return m;
    }

    /** Fast shapes: the enumerable string keys in slot order, made once (a fast shape never changes). */
    private java.util.List<String> enumerableStringKeys;

    /**
     * The string keys of the enumerable properties in slot order (for-in's keys of an object of this
     * shape, before its prototypes'); for a fast shape the same list every time, for a dictionary a new one.
     */
    public java.util.List<String> enumerableStringKeys() {
        java.util.List<String> keys = enumerableStringKeys;
        if (keys != null && !dictionary) return keys;
        java.util.List<String> list = new java.util.ArrayList<>();
        int n = slotCount();
        for (int i = 0; i < n; i++) {
            if (keyAt(i) instanceof String s && PropertyAttributes.isEnumerable(attributesAt(i))) list.add(s);
        }
        keys = java.util.List.copyOf(list);
        if (!dictionary) enumerableStringKeys = keys;
        return keys;
    }

    /** Whether some property of this shape is enumerable with a string key (without making the list). */
    public boolean hasEnumerableStringKey() {
        if (!dictionary && enumerableStringKeys != null) return !enumerableStringKeys.isEmpty();
        for (int i = 0; i < slotCount(); i++) if (keyAt(i) instanceof String && PropertyAttributes.isEnumerable(attributesAt(i))) return true;
        return false;
    }

    /**
     * The shape an object of this (non-dictionary) shape gets when key is defined on it as a plain data
     * property (writable, enumerable, configurable) in a new slot; null when it would go to dictionary
     * mode instead (see JsObject.addProperty).
     */
    public Shape withDataProperty(Object key) {
        return dictionary || lookup(key) >= 0 ? null : withProperty(key, PropertyAttributes.DEFAULT);
    }

    /** The shape after adding key with attributes at slot propertyCount. Never called on dictionaries. */
    Shape withProperty(Object key, int attrs) {
        TransitionKey tk = new TransitionKey(key, attrs);
        if (transitions != null) {
            Shape s = transitions.get(tk);
            if (s != null) return s;
        }
        if (propertyCount >= MAX_FAST_PROPERTIES || (transitions != null && transitions.size() >= MAX_TRANSITIONS)) return null;
        Object[] k = java.util.Arrays.copyOf(keys, propertyCount + 1);
        int[] a = java.util.Arrays.copyOf(attributes, propertyCount + 1);
        k[propertyCount] = key;
        a[propertyCount] = attrs;
        Shape child = new Shape(prototype, k, a, propertyCount + 1, false, extensible);
        if (transitions == null) transitions = new HashMap<>(4);
        transitions.put(tk, child);
        return child;
    }

    /** The same layout with another prototype (a fresh unshared shape chain is not needed: a new fast shape). */
    Shape withPrototype(JsObject proto) {
        if (dictionary) {
            Shape d = new Shape(proto, keys, attributes, propertyCount, true, extensible);
            d.index = index;
            return d;
        }
        Shape s = proto == null ? newRoot(null) : JsObject.rootShapeFor(proto);
        for (int i = 0; i < propertyCount && s != null; i++) s = s.withProperty(keys[i], attributes[i]);
        if (s == null) return toDictionary().withPrototype(proto);
        return extensible ? s : s.preventExtensions();
    }

    Shape preventExtensions() {
        if (!extensible) return this;
        if (dictionary) {
            Shape d = new Shape(prototype, keys, attributes, propertyCount, true, false);
            d.index = index;
            return d;
        }
        if (nonExtensible == null) {
            nonExtensible = new Shape(prototype, keys, attributes, propertyCount, false, false);
        }
        return nonExtensible;
    }

    /** A private, mutable copy for one object. Slot indexes are preserved. */
    Shape toDictionary() {
        int cap = Math.max(8, propertyCount * 2);
        Shape d = new Shape(prototype, java.util.Arrays.copyOf(keys, cap), java.util.Arrays.copyOf(attributes, cap), propertyCount, true, extensible);
        d.buildIndex();
        return d;
    }

    // ---- Dictionary-mode mutation (only on the owning object's private shape) ----

    int dictionaryAdd(Object key, int attrs) {
        if (propertyCount == keys.length) {
            keys = java.util.Arrays.copyOf(keys, propertyCount * 2);
            attributes = java.util.Arrays.copyOf(attributes, propertyCount * 2);
        }
        keys[propertyCount] = key;
        attributes[propertyCount] = attrs;
        index.put(key, propertyCount);
        return propertyCount++;
    }

    void dictionarySetAttributes(int slot, int attrs) { attributes[slot] = attrs; }

    /** Removes a key, leaving a null key at its slot (skipped when enumerating); compacts when sparse. */
    void dictionaryRemove(int slot) {
        index.remove(keys[slot]);
        keys[slot] = null;
    }

    /** Number of slots (including removed ones in dictionaries). */
    public int slotCount() { return propertyCount; }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder(dictionary ? "Dict#" : "Shape#").append(id).append('{');
        boolean first = true;
        for (int i = 0; i < propertyCount; i++) {
            if (keys[i] == null) continue;
            if (!first) sb.append(',');
            first = false;
            sb.append(keys[i]);
        }
        return sb.append('}').toString();
    }
}
