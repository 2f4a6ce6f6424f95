package dev.piste.runtime.objects;

import dev.piste.runtime.ops.BigIntOps;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.ops.NumberConversions;
import dev.piste.runtime.values.Undefined;

import java.util.ArrayList;
import java.util.List;

/**
 * A typed array: an integer-indexed exotic object viewing {@link #length} elements of one
 * {@link TypedArrayKind} in a buffer, from {@link #byteOffset}.
 *
 * <ol>
 * <li>Every canonical numeric key ("0", "-0", "1.5", "1e+21", "NaN" …) is answered here and never
 *     reaches the prototype chain: a valid integer index is an own, writable, enumerable,
 *     configurable data property; anything else is absent, cannot be defined, and writes to it are
 *     dropped (after the value is converted, as the spec orders it).</li>
 * <li>Array-index keys arrive through the element methods; the other numeric strings through the
 *     named ones, which is why {@link #hasExoticNamedProperties} is true while
 *     {@link #isOrdinaryFor} stays true for every non-numeric name, so inline caches keep working
 *     for {@code length}, methods and expandos.</li>
 * <li>Elements are stored little-endian. Buffers are never resized or detached, so the view's
 *     offset and length are fixed at construction.</li>
 * </ol>
 */
public final class TypedArrayObject extends JsObject {
    public final TypedArrayKind kind;
    public final ArrayBufferObject buffer;
    /** In bytes; a multiple of kind.size. */
    public final int byteOffset;
    /** In elements; byteOffset + length * kind.size fits in the buffer. */
    public final int length;

    public TypedArrayObject(JsObject prototype, TypedArrayKind kind, ArrayBufferObject buffer, int byteOffset, int length) {
        super(prototype);
        this.kind = kind;
        this.buffer = buffer;
        this.byteOffset = byteOffset;
        this.length = length;
    }

    @Override public String className() { return kind.constructorName(); }

    public int byteLength() { return length * kind.size; }

    // ---- Raw element access (index already checked) ----

    /** The element at index as a JavaScript value. */
    public Object getIndex(int index) {
        return kind.decode(kind.read(buffer.data, byteOffset + index * kind.size, true));
    }

    /** Stores a value already converted by {@link #toNumeric}. */
    public void setIndex(int index, Object numeric) {
        kind.write(buffer.data, byteOffset + index * kind.size, kind.encode(numeric), true);
    }

    /** ToBigInt or ToNumber, whichever this kind stores. May run user code. */
    public Object toNumeric(Object value) {
        if (kind.isBigInt()) return BigIntOps.toBigInt(value, false);
        if (value instanceof Integer || value instanceof Double) return value;
        return NumberConversions.box(JsOps.toNumber(value));
    }

    /** TypedArraySetElement: converts, then writes if the index is valid. */
    public void setElementValue(long index, Object value) {
        Object numeric = toNumeric(value);
        if (index >= 0 && index < length) setIndex((int) index, numeric);
    }

    /** A canonical numeric string that is not an array index (those take the element methods): never a valid index. */
    private static boolean isNumericKey(Object key) {
        return key instanceof String s && NumberConversions.isCanonicalNumericString(s) && PropertyKey.arrayIndex(s) < 0;
    }

    // ---- Integer-indexed exotic internal methods ----

    @Override protected boolean hasExoticElements() { return true; }
    @Override protected boolean hasExoticNamedProperties() { return true; }
    @Override public boolean isOrdinaryFor(Object key) { return !isNumericKey(key); }

    @Override public PropertyDescriptor getOwnElement(long index) {
        if (index >= length) return null;
        return PropertyDescriptor.data(getIndex((int) index), PropertyAttributes.DEFAULT);
    }

    @Override public PropertyDescriptor getOwnProperty(Object key) {
        if (isNumericKey(key)) return null; // a numeric key that is not an array index is never valid
        return super.getOwnProperty(key);
    }

    @Override public boolean hasProperty(Object key) {
        long index = PropertyKey.arrayIndex(key);
        if (index >= 0) return index < length;
        if (isNumericKey(key)) return false;
        return super.hasProperty(key);
    }

    @Override public boolean defineOwnElement(long index, PropertyDescriptor desc) {
        if (index >= length) return false;
        if (desc.hasConfigurable && !desc.configurable) return false;
        if (desc.hasEnumerable && !desc.enumerable) return false;
        if (desc.isAccessor()) return false;
        if (desc.hasWritable && !desc.writable) return false;
        if (desc.hasValue) setElementValue(index, desc.valueOrUndefined());
        return true;
    }

    @Override public boolean defineOwnProperty(Object key, PropertyDescriptor desc) {
        if (isNumericKey(key)) return false;
        return super.defineOwnProperty(key, desc);
    }

    @Override public boolean deleteElement(long index) { return index >= length; }

    @Override public boolean delete(Object key) {
        if (isNumericKey(key)) return true;
        return super.delete(key);
    }

    @Override protected Object getElementExotic(long index, Object receiver) {
        return index < length ? getIndex((int) index) : Undefined.INSTANCE;
    }

    @Override protected Object getExotic(Object key, Object receiver) {
        if (isNumericKey(key)) return Undefined.INSTANCE;
        return super.getExotic(key, receiver);
    }

    @Override public boolean setElement(long index, Object value, Object receiver) {
        if (receiver == this) {
            setElementValue(index, value);
            return true;
        }
        if (index >= length) return true;
        return setOnReceiver(PropertyKey.indexKey(index), value, receiver);
    }

    @Override protected boolean setExotic(Object key, Object value, Object receiver) {
        long index = PropertyKey.arrayIndex(key);
        if (index >= 0) return setElement(index, value, receiver);
        if (isNumericKey(key)) {
            if (receiver == this) toNumeric(value);
            return true;
        }
        return super.setExotic(key, value, receiver);
    }

    @Override public List<Object> ownKeys() {
        List<Object> keys = new ArrayList<>(length + 4);
        for (int i = 0; i < length; i++) keys.add(Integer.toString(i));
        addNamedKeys(keys);
        return keys;
    }
}
