package dev.piste.runtime.objects;

/**
 * Property attribute bits, packed in an int. A data property's slot holds its value; an accessor
 * property's slot holds an {@link Accessor}.
 */
public final class PropertyAttributes {
    private PropertyAttributes() {}
    public static final int WRITABLE = 1;
    public static final int ENUMERABLE = 2;
    public static final int CONFIGURABLE = 4;
    public static final int ACCESSOR = 8;

    /** What assignment and object literals create: writable, enumerable, configurable. */
    public static final int DEFAULT = WRITABLE | ENUMERABLE | CONFIGURABLE;
    /** Built-in methods: writable, configurable, not enumerable. */
    public static final int HIDDEN = WRITABLE | CONFIGURABLE;

    public static boolean isWritable(int a) { return (a & WRITABLE) != 0; }
    public static boolean isEnumerable(int a) { return (a & ENUMERABLE) != 0; }
    public static boolean isConfigurable(int a) { return (a & CONFIGURABLE) != 0; }
    public static boolean isAccessor(int a) { return (a & ACCESSOR) != 0; }
}
