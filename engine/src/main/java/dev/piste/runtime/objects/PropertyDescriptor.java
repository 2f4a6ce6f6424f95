package dev.piste.runtime.objects;

import dev.piste.runtime.values.Undefined;

/**
 * A property descriptor as the specification uses it: every field may be absent. getter/setter hold
 * a callable JsObject or null for undefined (present-but-undefined is hasGet with getter == null).
 */
public final class PropertyDescriptor {
    public Object value;
    public JsObject getter, setter;
    public boolean hasValue, hasWritable, hasGet, hasSet, hasEnumerable, hasConfigurable;
    public boolean writable, enumerable, configurable;

    public static PropertyDescriptor data(Object value, int attributes) {
        PropertyDescriptor d = new PropertyDescriptor();
        d.value = value; d.hasValue = true;
        d.hasWritable = d.hasEnumerable = d.hasConfigurable = true;
        d.writable = PropertyAttributes.isWritable(attributes);
        d.enumerable = PropertyAttributes.isEnumerable(attributes);
        d.configurable = PropertyAttributes.isConfigurable(attributes);
        return d;
    }

    public static PropertyDescriptor accessor(JsObject getter, JsObject setter, int attributes) {
        PropertyDescriptor d = new PropertyDescriptor();
        d.getter = getter; d.setter = setter; d.hasGet = d.hasSet = true;
        d.hasEnumerable = d.hasConfigurable = true;
        d.enumerable = PropertyAttributes.isEnumerable(attributes);
        d.configurable = PropertyAttributes.isConfigurable(attributes);
        return d;
    }

    /** Builds a descriptor from a stored slot value (data value or Accessor) and its attributes. */
    public static PropertyDescriptor fromSlot(Object stored, int attributes) {
        if (PropertyAttributes.isAccessor(attributes) && stored instanceof Accessor a) return accessor(a.getter, a.setter, attributes);
        return data(stored, attributes);
    }

    public boolean isAccessor() { return hasGet || hasSet; }
    public boolean isData() { return hasValue || hasWritable; }
    public boolean isGeneric() { return !isAccessor() && !isData(); }

    /** Attributes for a new property from this descriptor, absent fields defaulting to false. */
    public int attributesForNew() {
        int a = 0;
        if (writable && !isAccessor()) a |= PropertyAttributes.WRITABLE;
        if (enumerable) a |= PropertyAttributes.ENUMERABLE;
        if (configurable) a |= PropertyAttributes.CONFIGURABLE;
        if (isAccessor()) a |= PropertyAttributes.ACCESSOR;
        return a;
    }

    public Object valueOrUndefined() { return hasValue && value != null ? value : Undefined.INSTANCE; }
}
