package dev.piste.ic;

import dev.piste.runtime.objects.Shape;

/**
 * The megamorphic stub cache: a fixed-size, direct-mapped table from (shape, name, load/store) to a
 * cache entry, shared by every megamorphic site of a realm. Collisions simply overwrite: it is a
 * cache, bounded by construction, and a miss falls back to the full lookup.
 */
public final class StubCache {
    private static final int SIZE = 4096;
    private final Shape[] shapes = new Shape[SIZE];
    private final Object[] keys = new Object[SIZE];
    private final boolean[] stores = new boolean[SIZE];
    private final PropertyCache.Entry[] entries = new PropertyCache.Entry[SIZE];

    private static int index(Shape shape, Object key, boolean store) {
        int h = shape.id * 0x9E3779B1 ^ key.hashCode() * 31 ^ (store ? 0x5bd1e995 : 0);
        return (h ^ (h >>> 16)) & (SIZE - 1);
    }

    PropertyCache.Entry find(Shape shape, Object key, boolean store) {
        int i = index(shape, key, store);
        return shapes[i] == shape && stores[i] == store && keys[i].equals(key) ? entries[i] : null;
    }

    void put(Shape shape, Object key, boolean store, PropertyCache.Entry entry) {
        int i = index(shape, key, store);
        shapes[i] = shape;
        keys[i] = key;
        stores[i] = store;
        entries[i] = entry;
    }
}
