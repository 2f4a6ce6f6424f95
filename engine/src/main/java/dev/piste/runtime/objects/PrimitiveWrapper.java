package dev.piste.runtime.objects;

import dev.piste.runtime.values.JsSymbol;

/**
 * A Boolean, Number, Symbol or String object wrapping a primitive. String wrappers are exotic: their
 * indexes and {@code length} are read-only own properties derived from the string.
 */
public final class PrimitiveWrapper extends JsObject {
    public final Object primitive;
    private final String string;

    public PrimitiveWrapper(JsObject prototype, Object primitive) {
        super(prototype);
        this.primitive = primitive;
        this.string = primitive instanceof CharSequence cs ? cs.toString() : null;
    }

    @Override public String className() {
        if (string != null) return "String";
        if (primitive instanceof Boolean) return "Boolean";
        if (primitive instanceof JsSymbol) return "Symbol";
        if (primitive instanceof java.math.BigInteger) return "BigInt";
        return "Number";
    }

    @Override protected boolean hasExoticNamedProperties() { return string != null; }

    @Override public boolean isOrdinaryFor(Object key) { return string == null || !"length".equals(key); }
    @Override protected boolean hasExoticElements() { return string != null; }

    @Override public PropertyDescriptor getOwnProperty(Object key) {
        if (string != null && "length".equals(key)) return PropertyDescriptor.data(string.length(), 0);
        return super.getOwnProperty(key);
    }

    @Override public PropertyDescriptor getOwnElement(long index) {
        if (string != null && index < string.length()) {
            return PropertyDescriptor.data(String.valueOf(string.charAt((int) index)), PropertyAttributes.ENUMERABLE);
        }
        return super.getOwnElement(index);
    }

    @Override public boolean defineOwnElement(long index, PropertyDescriptor desc) {
        if (string != null && index < string.length()) {
            return validateAndApply(String.valueOf(string.charAt((int) index)), PropertyAttributes.ENUMERABLE, desc) != null
                && (!desc.hasValue || desc.value.toString().equals(String.valueOf(string.charAt((int) index))));
        }
        return super.defineOwnElement(index, desc);
    }

    @Override public boolean defineOwnProperty(Object key, PropertyDescriptor desc) {
        if (string != null && "length".equals(key)) return validateAndApply(string.length(), 0, desc) != null;
        return super.defineOwnProperty(key, desc);
    }

    @Override public boolean deleteElement(long index) {
        if (string != null && index < string.length()) return false;
        return super.deleteElement(index);
    }

    @Override public boolean delete(Object key) {
        if (string != null && "length".equals(key)) return false;
        return super.delete(key);
    }

    @Override public java.util.List<Object> ownKeys() {
        if (string == null) return super.ownKeys();
        java.util.List<Object> keys = new java.util.ArrayList<>();
        for (int i = 0; i < string.length(); i++) keys.add(Integer.toString(i));
        if (elements != null) for (long i : elements.keys()) if (i >= string.length()) keys.add(PropertyKey.indexKey(i));
        keys.add("length");
        addNamedKeys(keys);
        return keys;
    }
}
