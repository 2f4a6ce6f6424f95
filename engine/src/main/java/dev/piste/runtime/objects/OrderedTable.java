package dev.piste.runtime.objects;


import java.util.HashMap;

/**
 * The entry list behind Map and Set: a hash index over a doubly linked list in insertion order,
 * with SameValueZero keys.
 *
 * <p>Iterators hold a cursor (the last entry they returned) and must keep working while the table
 * changes: entries added later are visited, entries deleted before being reached are skipped.
 * Requirements that make this work:
 * <ol>
 *   <li>A deleted entry is marked {@link Entry#removed} and keeps its {@code next} pointer, so a
 *       cursor left on it still leads forward into the live list.</li>
 *   <li>A deleted entry is unlinked only when it has a successor. A deleted tail stays linked until
 *       the next append, so the append becomes reachable from it; the append then unlinks it.</li>
 *   <li>The head is a sentinel that is never removed; a fresh iterator starts there.</li>
 * </ol>
 * Keys are normalized on entry: -0 becomes +0 (the value stored and returned) and ropes are flattened.
 */
public final class OrderedTable {
    public static final class Entry {
        public final Object key;
        public Object value;
        Entry next, previous;
        public boolean removed;
        Entry(Object key, Object value) { this.key = key; this.value = value; }
    }

    private final HashMap<Object, Entry> index = new HashMap<>();
    private final Entry head = new Entry(null, null);
    private Entry tail = head;
    private int size;

    /** The JS value a key is stored as: numbers canonical with -0 as +0, strings flat. */
    public static Object normalizeKey(Object key) {
        if (key instanceof Double d && d == 0) return 0;
        if (key instanceof CharSequence cs && !(key instanceof String)) return cs.toString();
        return key;
    }

    /** The HashMap key: SameValueZero equality means numbers compare as doubles (NaN equal to NaN). */
    private static Object hashKey(Object normalized) {
        if (normalized instanceof Integer i) return (double) i;
        return normalized;
    }

    public int size() { return size; }
    public Entry head() { return head; }

    public Entry find(Object key) { return index.get(hashKey(normalizeKey(key))); }

    public boolean has(Object key) { return find(key) != null; }

    public void put(Object key, Object value) {
        Object k = normalizeKey(key);
        Entry e = index.get(hashKey(k));
        if (e != null) { e.value = value; return; }
        e = new Entry(k, value);
        index.put(hashKey(k), e);
        Entry last = tail;
        last.next = e;
        e.previous = last;
        tail = e;
        size++;
        if (last.removed) unlink(last);
    }

    public boolean remove(Object key) {
        Entry e = index.remove(hashKey(normalizeKey(key)));
        if (e == null) return false;
        e.removed = true;
        e.value = null;
        size--;
        if (e.next != null) unlink(e);
        return true;
    }

    /** Removes everything; iterators positioned anywhere continue with entries added afterwards. */
    public void clear() {
        for (Entry e = head.next; e != null; e = e.next) { e.removed = true; e.value = null; }
        index.clear();
        size = 0;
        Entry last = tail;
        if (last != head) {
            // Keep only the old tail linked: every old entry's next chain ends there.
            head.next = last;
            last.previous = head;
        }
    }

    /** Removes a deleted entry that has a successor from the live chain; its own next stays intact. */
    private void unlink(Entry e) {
        Entry p = e.previous, n = e.next;
        p.next = n;
        n.previous = p;
    }

    /** The first live entry after {@code cursor}, or null at the end. */
    public static Entry nextLive(Entry cursor) {
        Entry e = cursor.next;
        while (e != null && e.removed) e = e.next;
        return e;
    }

}
