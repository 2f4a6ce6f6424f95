package dev.piste.runtime.objects;

import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.NumberConversions;
import dev.piste.runtime.values.Undefined;

import java.util.List;

/**
 * An Array exotic object: elements in {@link Elements}, and {@code length} kept as a field (a uint32)
 * that behaves as an own data property "length" (non-enumerable, non-configurable, writable until made
 * read-only). Invariant: every present index is below length.
 */
public final class JsArray extends JsObject {
    /** Public for compiled code to read (see JsObject's fields); only this class writes it. */
    public long length;
    private boolean lengthWritable = true;

    public JsArray(JsObject prototype) {
        super(prototype);
        elements = new Elements();
    }

    public JsArray(JsObject prototype, Object[] values) {
        super(prototype);
        elements = Elements.ofValues(values);
        length = values.length;
    }

    public long length() { return length; }

    @Override public String className() { return "Array"; }

    @Override protected boolean hasExoticNamedProperties() { return true; }

    /** Only "length" is exotic; every other named property lives in the shape. */
    @Override public boolean isOrdinaryFor(Object key) { return !"length".equals(key); }

    @Override protected Object getExotic(Object key, Object receiver) {
        if ("length".equals(key)) return NumberConversions.box(length);
        return super.getExotic(key, receiver);
    }

    @Override public PropertyDescriptor getOwnProperty(Object key) {
        if ("length".equals(key)) {
            return PropertyDescriptor.data(NumberConversions.box(length), lengthWritable ? PropertyAttributes.WRITABLE : 0);
        }
        return super.getOwnProperty(key);
    }

    @Override public boolean defineOwnProperty(Object key, PropertyDescriptor d) {
        if ("length".equals(key)) return defineLength(d);
        return super.defineOwnProperty(key, d);
    }

    @Override public boolean defineOwnElement(long index, PropertyDescriptor d) {
        if (index >= length && !lengthWritable) return false;
        if (!super.defineOwnElement(index, d)) return false;
        if (index >= length) length = index + 1;
        return true;
    }

    @Override protected boolean setExotic(Object key, Object value, Object receiver) {
        if ("length".equals(key) && receiver == this) {
            PropertyDescriptor d = new PropertyDescriptor();
            d.value = value; d.hasValue = true;
            return defineLength(d);
        }
        return super.setExotic(key, value, receiver);
    }

    @Override public boolean setElement(long index, Object value, Object receiver) {
        if (receiver == this && index < length && elements.kind() != ElementsKind.DICTIONARY && elements.get(index) != null) {
            elements.set(index, value);
            return true;
        }
        if (receiver == this && storeAtEnd(index, value)) return true;
        if (receiver == this && index == length && lengthWritable && isExtensible() && elements.kind() != ElementsKind.DICTIONARY
                && !prototypeChainHasElements()) {
            elements.set(index, value);
            length = index + 1;
            return true;
        }
        return super.setElement(index, value, receiver);
    }

    /**
     * Stores value at index when index is where the elements storage ends, below the length or at it,
     * and the array may grow there (extensible, a writable length to move, no element on the prototype
     * chain that a store there would reach): filling an array in order, as after new Array(n), or
     * appending. Returns false, having done nothing, otherwise; the full [[Set]] decides then.
     */
    public boolean storeAtEnd(long index, Object value) {
        if (index != elements.length() || elements.kind() == ElementsKind.DICTIONARY || index > length
                || index == length && !lengthWritable || !isExtensible() || prototypeChainHasElements()) return false;
        elements.set(index, value);
        if (index == length) length = index + 1;
        return true;
    }

    /**
     * CreateDataProperty(index, value) where it needs no descriptor: over an element that is there
     * (elements outside dictionary mode are all plain writable, enumerable, configurable data), or where
     * the elements storage ends when the array may grow there (a definition: the prototype chain plays
     * no part). Returns false, having done nothing, otherwise.
     */
    public boolean defineElement(long index, Object value) {
        if (elements.kind() == ElementsKind.DICTIONARY) return false;
        if (index < elements.length() && elements.get(index) != null) {
            elements.set(index, value);
            return true;
        }
        if (index != elements.length() || index > length || index == length && !lengthWritable || !isExtensible()) return false;
        elements.set(index, value);
        if (index == length) length = index + 1;
        return true;
    }

    /** storeAtEnd on a receiver of any kind: false unless it is an array that stores there (compiled code's fast path). */
    public static boolean storeAtEnd(Object receiver, int index, Object value) {
        return receiver instanceof JsArray a && index >= 0 && a.storeAtEnd(index, value);
    }

    private boolean prototypeChainHasElements() {
        for (JsObject p = getPrototypeOf(); p != null; p = p.getPrototypeOf()) {
            if (p.hasExoticElements()) return true;
            Elements e = p.elements;
            if (e != null && !e.isEmpty()) return true;
        }
        return false;
    }

    /** Appends a value (Array.prototype.push's fast path and literals). */
    public void push(Object value) {
        if (!lengthWritable) throw JsException.typeError("Cannot add property " + length + ", object is not extensible");
        if (length >= PropertyKey.MAX_ARRAY_INDEX + 1) throw JsException.typeError("Pushing 1 elements on an array-like of length 4294967295 is disallowed, as the total surpasses 2**53-1");
        elements.set(length, value);
        length++;
    }

    /**
     * Array.prototype.push of one value where only the storage is involved (elements as long as the
     * array, no prototype with elements, extensible, a writable length, the value of the elements'
     * kind, room below the storage's limit): appended; false, having done nothing, otherwise.
     */
    public boolean pushInPlace(Object value) {
        if (length != elements.length() || !lengthWritable || !isExtensible() || prototypeChainHasElements()
                || !elements.appendInPlace(value)) return false;
        length++;
        return true;
    }

    /**
     * Array.prototype.pop where only the storage is involved (packed elements as long as the array, a
     * writable length): the last element, removed; null, having done nothing, otherwise (an empty array too).
     */
    public Object popInPlace() {
        if (length == 0 || length != elements.length() || !lengthWritable) return null;
        Object v = elements.removeLastPacked();
        if (v != null) length--;
        return v;
    }

    /** Appends a hole (elisions in literals). */
    public void pushHole() { length++; }

    /** Sets length from an int-like value; the caller validated it. */
    public boolean setLength(long newLength) {
        if (newLength == length) return true;
        if (!lengthWritable) return false;
        if (newLength < length) {
            boolean ok = elements.truncate(newLength);
            if (!ok) { length = elements.lastBlockingIndex + 1; return false; }
            if (elements.kind() != ElementsKind.DICTIONARY && elements.length() > newLength) elements.truncate(newLength);
        }
        length = newLength;
        return true;
    }

    private boolean defineLength(PropertyDescriptor d) {
        if (d.isAccessor()) return false;
        if (d.hasConfigurable && d.configurable) return false;
        if (d.hasEnumerable && d.enumerable) return false;
        if (!d.hasValue) {
            if (d.hasWritable && d.writable && !lengthWritable) return false;
            if (d.hasWritable && !d.writable) lengthWritable = false;
            return true;
        }
        long newLen = validLength(d.value);
        if (!lengthWritable && newLen != length) return false;
        if (d.hasWritable && d.writable && !lengthWritable) return false;
        boolean ok = setLength(newLen);
        if (d.hasWritable && !d.writable) lengthWritable = false;
        return ok;
    }

    /** ToUint32(v) if it equals ToNumber(v), else RangeError "Invalid array length". */
    public static long validLength(Object v) {
        double num = dev.piste.runtime.ops.JsOps.toNumber(v);
        long u = NumberConversions.toUint32(num);
        if (u != num) throw JsException.rangeError("Invalid array length");
        return u;
    }

    @Override public List<Object> ownKeys() {
        List<Object> keys = new java.util.ArrayList<>();
        for (long i : elements.keys()) keys.add(PropertyKey.indexKey(i));
        keys.add("length");
        addNamedKeys(keys);
        return keys;
    }

    @Override public boolean delete(Object key) {
        if ("length".equals(key)) return false;
        return super.delete(key);
    }

    /** Element or undefined for holes (no prototype lookup): only for internal dense copies. */
    public Object getOwnOrUndefined(long index) {
        Object v = elements.get(index);
        return v == null || v instanceof Accessor ? Undefined.INSTANCE : v;
    }

    public boolean isLengthWritable() { return lengthWritable; }
}
