package dev.piste.interp;

import dev.piste.runtime.values.Undefined;

import java.util.Arrays;

/**
 * A heap context: the captured variables of one scope activation, chained to its parent. Only
 * bindings that some closure captures live here; everything else stays in frame registers.
 */
public final class HeapContext {
    public final Object[] slots;
    public final HeapContext parent;

    public HeapContext(int size, HeapContext parent) {
        this.slots = new Object[size];
        Arrays.fill(slots, Undefined.INSTANCE);
        this.parent = parent;
    }

    private HeapContext(Object[] slots, HeapContext parent) { this.slots = slots; this.parent = parent; }

    /** A copy with the same parent: the next iteration's bindings of a for-let loop. */
    public HeapContext copy() { return new HeapContext(slots.clone(), parent); }

    public HeapContext up(int depth) {
        HeapContext c = this;
        for (int i = 0; i < depth; i++) c = c.parent;
        return c;
    }
}
