package dev.piste.runtime.objects;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Data properties of an object in dictionary mode (the global object, typically) whose values
 * compiled code folded to constants: writing one runs the callbacks registered for it, once, and
 * marks it changed, so that it is not folded again. The watch hangs on the object's dictionary
 * shape (which stays the object's own: dictionary shapes change in place), so writes to every other
 * object pay one field test.
 *
 * <p>Requirements for contributors: every write of a dictionary-mode object's slot outside
 * {@link JsObject} must call {@link #written(JsObject, int)}; inside it, the object's write paths do.
 */
public final class ValueWatch {
    private final Map<Integer, List<Runnable>> bySlot = new HashMap<>();
    /** Slots written while something depended on their value. */
    private final BitSet changed = new BitSet();

    private ValueWatch() {}

    /**
     * Runs onChange when o's slot is next written (or o's shape is replaced); returns false, and
     * registers nothing, when o is not in dictionary mode or that slot changed under a watch before.
     */
    public static boolean watch(JsObject o, int slot, Runnable onChange) {
        Shape s = o.shape();
        if (!s.isDictionary()) return false;
        ValueWatch w = s.valueWatch;
        if (w == null) s.valueWatch = w = new ValueWatch();
        if (w.changed.get(slot)) return false;
        w.bySlot.computeIfAbsent(slot, k -> new ArrayList<>()).add(onChange);
        return true;
    }

    /** Whether o's slot was written while code depended on it (folding it again would likely be undone). */
    public static boolean changedBefore(JsObject o, int slot) {
        ValueWatch w = o.shape().valueWatch;
        return w != null && w.changed.get(slot);
    }

    /** o's slot was written (a no-op unless something watches it). */
    public static void written(JsObject o, int slot) {
        ValueWatch w = o.shape().valueWatch;
        if (w != null) w.slotWritten(slot);
    }

    void slotWritten(int slot) {
        List<Runnable> callbacks = bySlot.remove(slot);
        if (callbacks == null) return;
        changed.set(slot);
        for (Runnable r : callbacks) r.run();
    }

    /** The object is leaving this shape: every slot counts as written. */
    void shapeReplaced() {
        for (int slot : List.copyOf(bySlot.keySet())) slotWritten(slot);
    }
}
