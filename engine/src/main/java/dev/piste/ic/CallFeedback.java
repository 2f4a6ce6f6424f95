package dev.piste.ic;

import dev.piste.runtime.objects.JsObject;

/**
 * The targets a call or {@code new} site has seen: one (monomorphic), up to four (polymorphic), or
 * more (megamorphic). Recorded for the optimizing tier, which guards on the target and inlines it.
 */
public final class CallFeedback {
    final Site site;
    IcState state = IcState.UNINITIALIZED;
    private final JsObject[] targets = new JsObject[IcState.MAX_POLYMORPHIC];
    private int count;

    CallFeedback(Site site) { this.site = site; }

    public IcState state() { return state; }

    public void record(IcRuntime ic, Object target) {
        if (state == IcState.MEGAMORPHIC || !(target instanceof JsObject t)) return;
        for (int i = 0; i < count; i++) if (targets[i] == t) return;
        IcState old = state;
        if (count == targets.length) {
            state = IcState.MEGAMORPHIC;
            java.util.Arrays.fill(targets, null);
            count = 0;
        } else {
            targets[count++] = t;
            state = IcState.forCount(count);
        }
        if (ic.trace) ic.trace(site, old.displayName() + " -> " + state.displayName()
            + (t instanceof dev.piste.runtime.objects.JsFunction f ? " (target " + (f.debugName().isEmpty() ? "<anonymous>" : f.debugName()) + ")" : ""));
    }

    /** The targets of a monomorphic or polymorphic site, in the order first seen (none for a megamorphic one). */
    public java.util.List<JsObject> targets() { return java.util.List.of(java.util.Arrays.copyOf(targets, count)); }

    /** Whether the site is monomorphic or polymorphic with every target one that test accepts (no list made: the generic call asks). */
    public boolean allTargets(java.util.function.Predicate<JsObject> test) {
        if (count == 0) return false;
        for (int i = 0; i < count; i++) if (!test.test(targets[i])) return false;
        return true;
    }

    /** The single target of a monomorphic site, or null. */
    public JsObject monomorphicTarget() { return state == IcState.MONOMORPHIC ? targets[0] : null; }
}
