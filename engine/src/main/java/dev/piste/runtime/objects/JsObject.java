package dev.piste.runtime.objects;

import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.values.JsSymbol;
import dev.piste.runtime.values.Undefined;

import java.util.ArrayList;
import java.util.List;

/**
 * An ordinary JavaScript object: a {@link Shape} and a slot array for named properties, and
 * {@link Elements} for array-index properties (null until the first one is added).
 *
 * <p>The methods follow the specification's internal methods ([[Get]], [[Set]], [[DefineOwnProperty]],
 * [[Delete]], [[OwnPropertyKeys]] …). Exotic objects (arrays, strings, arguments, functions with lazy
 * properties) override the own-property primitives; every generic algorithm here is written against
 * them, so an override changes behaviour everywhere at once.
 *
 * <p>Keys are Strings or JsSymbols. Strings that are array indexes are routed to the element methods
 * at every public entry point.
 */
public class JsObject {
    // Public so that compiled code reads them with one field load (see JvmCode.getShape and the like),
    // not an accessor call, which HotSpot may decline to inline into a large method; only this
    // package writes them.
    public Shape shape;
    public Object[] slots;
    public Elements elements;
    /** The root shape of objects whose prototype is this object; created on first use. */
    private Shape childRootShape;

    private static final Object[] NO_SLOTS = new Object[0];

    public JsObject(JsObject prototype) {
        this.shape = prototype == null ? Shape.newRoot(null) : rootShapeFor(prototype);
        this.slots = NO_SLOTS;
    }

    /**
     * An ordinary object that has shape and these slots (a copy): an object optimized code never made,
     * rematerialized when that code deoptimizes. Its shape is a fast shape made from its prototype's
     * root shape by property additions.
     */
    public static JsObject materialize(Shape shape, Object[] slots) {
        JsObject o = new JsObject(shape.prototype());
        o.shape = shape;
        o.slots = slots.length == 0 ? NO_SLOTS : slots.clone();
        return o;
    }

    public static Shape rootShapeFor(JsObject prototype) {
        Shape s = prototype.childRootShape;
        if (s == null) prototype.childRootShape = s = Shape.newRoot(prototype);
        return s;
    }

    public final Shape shape() { return shape; }
    public final Object[] slots() { return slots; }
    public final Elements elements() { return elements; }

    /** The tag for Object.prototype.toString's default and for printing: "Object", "Array", "Function" … */
    public String className() { return "Object"; }

    public boolean isCallable() { return false; }
    public boolean isConstructor() { return false; }

    // ---- Prototype and extensibility ----

    public JsObject getPrototypeOf() { return shape.prototype(); }

    /** [[SetPrototypeOf]]: false if not extensible (and different) or if it would create a cycle. */
    public boolean setPrototypeOf(JsObject proto) {
        JsObject current = shape.prototype();
        if (proto == current) return true;
        if (!shape.isExtensible()) return false;
        for (JsObject p = proto; p != null; p = p.getPrototypeOf()) {
            if (p == this) return false;
            if (p instanceof ProxyLike) break;
        }
        changeShape(shape.withPrototype(proto));
        return true;
    }

    public boolean isExtensible() { return shape.isExtensible(); }

    public boolean preventExtensions() {
        changeShape(shape.preventExtensions());
        return true;
    }

    /** Marker for objects whose prototype chain is not a plain list (proxies). */
    public interface ProxyLike {}

    // ---- Own property primitives ----

    /** Own property lookup; null when absent. Exotic objects override and call super. */
    public PropertyDescriptor getOwnProperty(Object key) {
        long index = PropertyKey.arrayIndex(key);
        if (index >= 0) return getOwnElement(index);
        int slot = shape.lookup(key);
        if (slot < 0) return null;
        return PropertyDescriptor.fromSlot(DoubleBox.read(slots[slot]), shape.attributesAt(slot));
    }

    public PropertyDescriptor getOwnElement(long index) {
        if (elements == null) return null;
        Object v = elements.get(index);
        if (v == null) return null;
        return PropertyDescriptor.fromSlot(v, elements.attributesAt(index));
    }

    public boolean hasOwnProperty(Object key) { return getOwnProperty(key) != null; }

    /** [[DefineOwnProperty]] with the full validation of ValidateAndApplyPropertyDescriptor. */
    public boolean defineOwnProperty(Object key, PropertyDescriptor desc) {
        long index = PropertyKey.arrayIndex(key);
        if (index >= 0) return defineOwnElement(index, desc);
        int slot = shape.lookup(key);
        if (slot < 0) {
            if (!isExtensible()) return false;
            addProperty(key, newPropertyValue(desc), desc.attributesForNew());
            return true;
        }
        int attrs = shape.attributesAt(slot);
        Object stored = DoubleBox.read(slots[slot]);
        Object[] result = validateAndApply(stored, attrs, desc);
        if (result == null) return false;
        int newAttrs = (Integer) result[1];
        if (newAttrs != attrs) {
            ensureDictionary();
            shape.dictionarySetAttributes(slot, newAttrs);
        }
        slots[slot] = result[0];
        ValueWatch.written(this, slot);
        return true;
    }

    public boolean defineOwnElement(long index, PropertyDescriptor desc) {
        Object stored = elements == null ? null : elements.get(index);
        if (stored == null) {
            if (!isExtensible()) return false;
            if (elements == null) elements = new Elements();
            elements.define(index, newPropertyValue(desc), desc.attributesForNew());
            return true;
        }
        int attrs = elements.attributesAt(index);
        Object[] result = validateAndApply(stored, attrs, desc);
        if (result == null) return false;
        elements.define(index, result[0], (Integer) result[1]);
        return true;
    }

    private static Object newPropertyValue(PropertyDescriptor d) {
        if (d.isAccessor()) return new Accessor(d.getter, d.setter);
        return d.valueOrUndefined();
    }

    /**
     * ValidateAndApplyPropertyDescriptor for an existing property: returns {newStoredValue, newAttributes}
     * or null when the change is not allowed.
     */
    static Object[] validateAndApply(Object stored, int attrs, PropertyDescriptor d) {
        boolean configurable = PropertyAttributes.isConfigurable(attrs);
        boolean isAccessor = PropertyAttributes.isAccessor(attrs);
        if (!configurable) {
            if (d.hasConfigurable && d.configurable) return null;
            if (d.hasEnumerable && d.enumerable != PropertyAttributes.isEnumerable(attrs)) return null;
            if (!d.isGeneric() && d.isAccessor() != isAccessor) return null;
            if (isAccessor) {
                Accessor a = (Accessor) stored;
                if (d.hasGet && d.getter != a.getter) return null;
                if (d.hasSet && d.setter != a.setter) return null;
            } else if (!PropertyAttributes.isWritable(attrs)) {
                if (d.hasWritable && d.writable) return null;
                if (d.hasValue && !SameValue.same(d.valueOrUndefined(), stored)) return null;
            }
        }
        int enumerable = (d.hasEnumerable ? d.enumerable : PropertyAttributes.isEnumerable(attrs)) ? PropertyAttributes.ENUMERABLE : 0;
        int config = (d.hasConfigurable ? d.configurable : configurable) ? PropertyAttributes.CONFIGURABLE : 0;
        if (d.isAccessor() || (d.isGeneric() && isAccessor)) {
            Accessor old = isAccessor ? (Accessor) stored : null;
            JsObject g = d.hasGet ? d.getter : old == null ? null : old.getter;
            JsObject s = d.hasSet ? d.setter : old == null ? null : old.setter;
            return new Object[] {new Accessor(g, s), enumerable | config | PropertyAttributes.ACCESSOR};
        }
        boolean wasData = !isAccessor;
        boolean writable = d.hasWritable ? d.writable : wasData && PropertyAttributes.isWritable(attrs);
        Object value = d.hasValue ? d.valueOrUndefined() : wasData ? stored : Undefined.INSTANCE;
        return new Object[] {value, enumerable | config | (writable ? PropertyAttributes.WRITABLE : 0)};
    }

    /** Adds a new own named property; the caller checked that it is absent and the object extensible. */
    protected final void addProperty(Object key, Object value, int attrs) {
        int slot;
        if (shape.isDictionary()) {
            slot = shape.dictionaryAdd(key, attrs);
        } else {
            Shape next = shape.withProperty(key, attrs);
            if (next == null) {
                ensureDictionary();
                slot = shape.dictionaryAdd(key, attrs);
            } else {
                slot = shape.propertyCount();
                changeShape(next);
            }
        }
        if (slot >= slots.length) slots = java.util.Arrays.copyOf(slots, Math.max(4, slot + (slot >> 1) + 1));
        slots[slot] = value;
        ValueWatch.written(this, slot);
    }

    /** Fast definition for set-up code and literals: adds or overwrites without validation. */
    public final void defineOwn(Object key, Object value, int attrs) {
        long index = PropertyKey.arrayIndex(key);
        if (index >= 0) {
            if (elements == null) elements = new Elements();
            elements.define(index, value, attrs);
            return;
        }
        int slot = shape.lookup(key);
        if (slot < 0) { addProperty(key, value, attrs); return; }
        if (shape.attributesAt(slot) != attrs) {
            ensureDictionary();
            shape.dictionarySetAttributes(slot, attrs);
        }
        slots[slot] = value;
        ValueWatch.written(this, slot);
    }

    public final void defineOwn(Object key, Object value) { defineOwn(key, value, PropertyAttributes.DEFAULT); }

    public final void defineAccessor(Object key, JsObject getter, JsObject setter, int attrs) {
        defineOwn(key, new Accessor(getter, setter), attrs | PropertyAttributes.ACCESSOR);
    }

    /**
     * Puts this object in dictionary mode for good: the global object is, so that its properties can
     * come and go by name and compiled code can watch its slots' values (see ValueWatch).
     */
    public final void makeDictionary() { ensureDictionary(); }

    protected final void ensureDictionary() {
        if (!shape.isDictionary()) changeShape(shape.toDictionary());
    }

    /** [[Delete]]: false only for a non-configurable own property. */
    public boolean delete(Object key) {
        long index = PropertyKey.arrayIndex(key);
        if (index >= 0) return deleteElement(index);
        int slot = shape.lookup(key);
        if (slot < 0) return true;
        if (!PropertyAttributes.isConfigurable(shape.attributesAt(slot))) return false;
        ensureDictionary();
        shape.dictionaryRemove(slot);
        slots[slot] = null;
        ValueWatch.written(this, slot);
        return true;
    }

    public boolean deleteElement(long index) {
        if (elements == null) return true;
        if (elements.get(index) == null) return true;
        if (!PropertyAttributes.isConfigurable(elements.attributesAt(index))) return false;
        elements.delete(index);
        return true;
    }

    /** [[OwnPropertyKeys]]: integer keys ascending, then strings in insertion order, then symbols. */
    public List<Object> ownKeys() {
        List<Object> keys = new ArrayList<>();
        if (elements != null) for (long i : elements.keys()) keys.add(PropertyKey.indexKey(i));
        addNamedKeys(keys);
        return keys;
    }

    protected final void addNamedKeys(List<Object> keys) {
        int n = shape.slotCount();
        for (int i = 0; i < n; i++) {
            Object k = shape.keyAt(i);
            if (k instanceof String) keys.add(k);
        }
        for (int i = 0; i < n; i++) {
            Object k = shape.keyAt(i);
            if (k instanceof JsSymbol) keys.add(k);
        }
    }

    // ---- Derived operations ----

    /** [[HasProperty]] */
    public boolean hasProperty(Object key) {
        for (JsObject o = this; o != null; o = o.getPrototypeOf()) {
            if (o instanceof ProxyLike) return o.hasProperty(key);
            if (o.hasOwnProperty(key)) return true;
        }
        return false;
    }

    /** [[Get]] with an explicit receiver (the {@code this} for getters). */
    public Object get(Object key, Object receiver) {
        long index = PropertyKey.arrayIndex(key);
        if (index >= 0) return getElement(index, receiver);
        JsObject o = this;
        while (true) {
            if (o.hasExoticNamedProperties()) return o.getExotic(key, receiver);
            Shape s = o.shape;
            int slot = s.lookup(key);
            if (slot >= 0) {
                Object v = DoubleBox.read(o.slots[slot]);
                if (PropertyAttributes.isAccessor(s.attributesAt(slot))) return callGetter((Accessor) v, receiver);
                return v;
            }
            o = s.prototype();
            if (o == null) return Undefined.INSTANCE;
        }
    }

    public final Object get(Object key) { return get(key, this); }

    /**
     * Whether property {@code key} of this object behaves as its shape says (no exotic behaviour for
     * it): what inline caches require of every object they walk.
     */
    public boolean isOrdinaryFor(Object key) { return !hasExoticNamedProperties(); }

    /**
     * Adds a property by a transition an inline cache recorded: the caller guarantees that the object
     * has the transition's parent shape and that slot is that shape's property count.
     */
    public final void storeWithTransition(Shape to, int slot, Object value) {
        if (slot >= slots.length) slots = java.util.Arrays.copyOf(slots, Math.max(4, slot + (slot >> 1) + 1));
        slots[slot] = value;
        changeShape(to);
    }

    /** Every change of a fast object's shape comes here, so that what depends on the old one hears of it. */
    private void changeShape(Shape next) {
        if (shape.watched) ShapeWatch.changing(this);
        if (shape.valueWatch != null) shape.valueWatch.shapeReplaced();
        shape = next;
    }

    /** Subclasses with named properties outside the shape (array length, proxies) return true and
     *  override {@link #getExotic}. */
    protected boolean hasExoticNamedProperties() { return false; }

    /** Generic [[Get]] through {@link #getOwnProperty}, for exotic objects. */
    protected Object getExotic(Object key, Object receiver) {
        PropertyDescriptor d = getOwnProperty(key);
        if (d == null) {
            JsObject p = getPrototypeOf();
            return p == null ? Undefined.INSTANCE : p.get(key, receiver);
        }
        if (d.isAccessor()) return d.getter == null ? Undefined.INSTANCE : Calls.call(d.getter, receiver);
        return d.valueOrUndefined();
    }

    public Object getElement(long index, Object receiver) {
        for (JsObject o = this; o != null; o = o.getPrototypeOf()) {
            if (o.hasExoticElements()) return o.getElementExotic(index, receiver);
            Elements e = o.elements;
            if (e != null) {
                Object v = e.get(index);
                if (v != null) {
                    if (v instanceof Accessor a && PropertyAttributes.isAccessor(e.attributesAt(index))) return callGetter(a, receiver);
                    return v;
                }
            }
        }
        return Undefined.INSTANCE;
    }

    /** Whether some prototype has (or may have) array-index properties: then holes are not just holes. */
    public final boolean elementsOnPrototypes() {
        for (JsObject p = getPrototypeOf(); p != null; p = p.getPrototypeOf()) {
            if (p.hasExoticElements() || p instanceof ProxyLike) return true;
            if (p.elements != null && !p.elements.isEmpty()) return true;
        }
        return false;
    }

    /** Objects whose elements are not (only) in {@link #elements} (string wrappers, typed arrays, proxies). */
    protected boolean hasExoticElements() { return false; }

    protected Object getElementExotic(long index, Object receiver) {
        PropertyDescriptor d = getOwnElement(index);
        if (d == null) {
            JsObject p = getPrototypeOf();
            return p == null ? Undefined.INSTANCE : p.getElement(index, receiver);
        }
        if (d.isAccessor()) return d.getter == null ? Undefined.INSTANCE : Calls.call(d.getter, receiver);
        return d.valueOrUndefined();
    }

    private static Object callGetter(Accessor a, Object receiver) {
        return a.getter == null ? Undefined.INSTANCE : Calls.call(a.getter, receiver);
    }

    /** [[Set]] (OrdinarySet): returns false where strict code throws a TypeError. */
    public boolean set(Object key, Object value, Object receiver) {
        long index = PropertyKey.arrayIndex(key);
        if (index >= 0) return setElement(index, value, receiver);
        JsObject o = this;
        while (true) {
            if (o.hasExoticNamedProperties()) return o.setExotic(key, value, receiver);
            Shape s = o.shape;
            int slot = s.lookup(key);
            if (slot >= 0) {
                int attrs = s.attributesAt(slot);
                if (PropertyAttributes.isAccessor(attrs)) return callSetter((Accessor) o.slots[slot], receiver, value);
                if (!PropertyAttributes.isWritable(attrs)) return false;
                if (o == receiver) {
                    o.slots[slot] = value;
                    ValueWatch.written(o, slot);
                    return true;
                }
                break;
            }
            o = s.prototype();
            if (o == null) break;
        }
        return setOnReceiver(key, value, receiver);
    }

    public final boolean set(Object key, Object value) { return set(key, value, this); }

    /** The tail of OrdinarySet: create or update the receiver's own data property. */
    protected static boolean setOnReceiver(Object key, Object value, Object receiver) {
        if (!(receiver instanceof JsObject r)) return false;
        PropertyDescriptor existing = r.getOwnProperty(key);
        if (existing != null) {
            if (existing.isAccessor() || !existing.writable) return false;
            PropertyDescriptor d = new PropertyDescriptor();
            d.value = value; d.hasValue = true;
            return r.defineOwnProperty(key, d);
        }
        if (r.hasExoticNamedProperties() || r.hasExoticElements() || !r.isExtensible()) {
            PropertyDescriptor d = PropertyDescriptor.data(value, PropertyAttributes.DEFAULT);
            return r.defineOwnProperty(key, d);
        }
        long index = PropertyKey.arrayIndex(key);
        if (index >= 0) return r.defineOwnElement(index, PropertyDescriptor.data(value, PropertyAttributes.DEFAULT));
        r.addProperty(key, value, PropertyAttributes.DEFAULT);
        return true;
    }

    protected boolean setExotic(Object key, Object value, Object receiver) {
        PropertyDescriptor d = getOwnProperty(key);
        if (d == null) {
            JsObject p = getPrototypeOf();
            if (p != null) return p.set(key, value, receiver);
            return setOnReceiver(key, value, receiver);
        }
        if (d.isAccessor()) {
            if (d.setter == null) return false;
            Calls.call(d.setter, receiver, value);
            return true;
        }
        if (!d.writable) return false;
        return setOnReceiver(key, value, receiver);
    }

    public boolean setElement(long index, Object value, Object receiver) {
        if (receiver == this && !hasExoticElements() && elements != null) {
            Object v = elements.get(index);
            if (v != null && elements.kind() != ElementsKind.DICTIONARY) { elements.set(index, value); return true; }
        }
        for (JsObject o = this; o != null; o = o.getPrototypeOf()) {
            if (o.hasExoticElements()) return o.setExotic(PropertyKey.indexKey(index), value, receiver);
            Elements e = o.elements;
            if (e != null) {
                Object v = e.get(index);
                if (v != null) {
                    int attrs = e.attributesAt(index);
                    if (PropertyAttributes.isAccessor(attrs)) return callSetter((Accessor) v, receiver, value);
                    if (!PropertyAttributes.isWritable(attrs)) return false;
                    break;
                }
            }
        }
        if (receiver == this && isExtensible() && !hasExoticNamedProperties()) {
            if (elements == null) elements = new Elements();
            elements.set(index, value);
            return true;
        }
        return setOnReceiver(PropertyKey.indexKey(index), value, receiver);
    }

    private static boolean callSetter(Accessor a, Object receiver, Object value) {
        if (a.setter == null) return false;
        Calls.call(a.setter, receiver, value);
        return true;
    }

    /** Shortcut used by built-ins: throws TypeError in the manner of strict-mode Set when it fails. */
    public final void setOrThrow(Object key, Object value) {
        if (!set(key, value, this)) throw JsException.typeError("Cannot assign to read only property '" + key + "' of object");
    }

    /** Own data property value by key without running getters, or null; for fast internal reads. */
    public final Object getOwnDataValue(Object key) {
        int slot = shape.lookup(key);
        if (slot < 0 || PropertyAttributes.isAccessor(shape.attributesAt(slot))) return null;
        return DoubleBox.read(slots[slot]);
    }

    public void ensureElements() { if (elements == null) elements = new Elements(); }

    @Override public String toString() { return "[object " + className() + "]"; }
}
