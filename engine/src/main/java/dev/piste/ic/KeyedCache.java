package dev.piste.ic;

import dev.piste.runtime.objects.Elements;
import dev.piste.runtime.objects.ElementsKind;
import dev.piste.runtime.objects.JsArray;
import dev.piste.runtime.objects.JsObject;

/**
 * The cache of an element access site ({@code a[i]}, {@code a[i] = v}): the elements kinds it has seen
 * on array receivers with int32 keys (monomorphic for one kind, polymorphic up to four, megamorphic
 * once other receivers or keys appear). Its fast paths read and write the elements storage directly
 * when the receiver is an array whose element is present (loads) or in bounds / appended (stores);
 * holes, out-of-bounds reads and everything else take the generic path, which defines the semantics.
 */
public final class KeyedCache {
    final Site site;
    IcState state = IcState.UNINITIALIZED;
    private int kinds;

    KeyedCache(Site site) { this.site = site; }

    public IcState state() { return state; }

    /** The one elements kind this site has seen (on arrays with int32 keys) when monomorphic; else null. */
    public ElementsKind monomorphicKind() {
        return state == IcState.MONOMORPHIC ? ElementsKind.values()[Integer.numberOfTrailingZeros(kinds)] : null;
    }

    /**
     * The most general of the elements kinds this site has seen (on arrays with int32 keys) when it is
     * monomorphic or polymorphic; else null. A store site that saw an array generalize (filled with
     * another kind of value) sees the array in its final kind from then on.
     */
    public ElementsKind joinedKind() {
        if (state != IcState.MONOMORPHIC && state != IcState.POLYMORPHIC) return null;
        ElementsKind joined = null;
        for (ElementsKind k : ElementsKind.values()) {
            if ((kinds & (1 << k.ordinal())) != 0) joined = joined == null ? k : joined.join(k);
        }
        return joined;
    }

    /**
     * Set when a store at this site missed the fast case of code with no frame of its own (inlined or
     * frameless; see the optimizing tier's element stores), which deoptimizes for the generic store:
     * later code keeps the site where the generic store has a frame.
     */
    public boolean genericStoreWithoutFrame;

    /** The elements kind of the last access, so that recording a kind already seen costs one compare. */
    private ElementsKind lastKind;

    /** The element, or null when the fast path does not apply (the caller takes the generic path). */
    public Object load(IcRuntime ic, Object receiver, Object key) {
        if (receiver instanceof JsArray a && key instanceof Integer i && i >= 0) {
            Elements e = a.elements();
            ElementsKind kind = e.kind();
            if (kind != lastKind) note(ic, kind);
            if (kind != ElementsKind.DICTIONARY && i < e.length()) return e.get(i);
            return null;
        }
        megamorphic(ic, receiver);
        return null;
    }

    /** Stores in place and returns true, or false for the generic path. */
    public boolean store(IcRuntime ic, Object receiver, Object key, Object value) {
        if (receiver instanceof JsArray a && key instanceof Integer i && i >= 0) {
            Elements e = a.elements();
            ElementsKind kind = e.kind();
            if (kind != lastKind) note(ic, kind);
            return e.setIfPresent(i, value) || a.storeAtEnd(i, value);
        }
        megamorphic(ic, receiver);
        return false;
    }

    private void note(IcRuntime ic, ElementsKind kind) {
        lastKind = kind;
        int bit = 1 << kind.ordinal();
        if ((kinds & bit) != 0 || state == IcState.MEGAMORPHIC) return;
        IcState old = state;
        kinds |= bit;
        int n = Integer.bitCount(kinds);
        state = n > IcState.MAX_POLYMORPHIC ? IcState.MEGAMORPHIC : IcState.forCount(n);
        if (ic.trace) ic.trace(site, old.displayName() + " -> " + state.displayName() + " (" + kind.name().toLowerCase() + " elements)");
    }

    private void megamorphic(IcRuntime ic, Object receiver) {
        if (state == IcState.MEGAMORPHIC) return;
        IcState old = state;
        state = IcState.MEGAMORPHIC;
        if (ic.trace) ic.trace(site, old.displayName() + " -> megamorphic (" + (receiver instanceof JsObject o ? o.className() : dev.piste.runtime.ops.JsOps.typeof(receiver)) + " receiver)");
    }
}
