package dev.piste.ic;

/** The inline-cache state machine: it only moves forward (uninitialized → … → megamorphic). */
public enum IcState {
    UNINITIALIZED, MONOMORPHIC, POLYMORPHIC, MEGAMORPHIC;

    /** Most entries a polymorphic cache holds before it goes megamorphic. */
    public static final int MAX_POLYMORPHIC = 4;

    public String displayName() { return name().toLowerCase(); }

    static IcState forCount(int entries) {
        return entries == 0 ? UNINITIALIZED : entries == 1 ? MONOMORPHIC : POLYMORPHIC;
    }
}
