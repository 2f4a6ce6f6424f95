package dev.piste.runtime.objects;

/**
 * Property keys are Java Strings or JsSymbols. A string that is a canonical array index
 * ("0" .. "4294967294") names an element, stored apart from named properties: every entry point
 * that takes a key routes such strings to the element methods, so shapes never hold index keys.
 */
public final class PropertyKey {
    private PropertyKey() {}

    public static final long MAX_ARRAY_INDEX = 4294967294L;

    /** The array index a key denotes, or -1. */
    public static long arrayIndex(Object key) {
        if (!(key instanceof String s)) return -1;
        int n = s.length();
        if (n == 0 || n > 10) return -1;
        char c0 = s.charAt(0);
        if (c0 < '0' || c0 > '9') return -1;
        if (c0 == '0') return n == 1 ? 0 : -1;
        long v = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v <= MAX_ARRAY_INDEX ? v : -1;
    }

    public static String indexKey(long index) { return Long.toString(index); }
}
