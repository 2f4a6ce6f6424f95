package dev.piste.runtime.objects;

/**
 * How an object stores its array-index properties. A kind only ever generalizes, along
 * <pre>
 *   PACKED_INT ──▶ PACKED_DOUBLE ──▶ PACKED_OBJECT
 *       │               │                 │
 *       ▼               ▼                 ▼
 *   HOLEY_INT  ──▶ HOLEY_DOUBLE  ──▶ HOLEY_OBJECT ──▶ DICTIONARY
 * </pre>
 * so a compiled fast path guarded on a kind stays valid for values of that kind. Only DICTIONARY holds
 * elements whose attributes differ from writable/enumerable/configurable.
 */
public enum ElementsKind {
    PACKED_INT, PACKED_DOUBLE, PACKED_OBJECT, HOLEY_INT, HOLEY_DOUBLE, HOLEY_OBJECT, DICTIONARY;

    public boolean isHoley() { return this == HOLEY_INT || this == HOLEY_DOUBLE || this == HOLEY_OBJECT || this == DICTIONARY; }

    public ElementsKind toHoley() {
        return switch (this) {
            case PACKED_INT -> HOLEY_INT;
            case PACKED_DOUBLE -> HOLEY_DOUBLE;
            case PACKED_OBJECT -> HOLEY_OBJECT;
            default -> this;
        };
    }

    /** The least general kind that is at least as general as both. */
    public ElementsKind join(ElementsKind other) {
        if (this == other) return this;
        if (this == DICTIONARY || other == DICTIONARY) return DICTIONARY;
        boolean holey = isHoley() || other.isHoley();
        int rank = Math.max(valueRank(), other.valueRank());
        ElementsKind packed = rank == 0 ? PACKED_INT : rank == 1 ? PACKED_DOUBLE : PACKED_OBJECT;
        return holey ? packed.toHoley() : packed;
    }

    private int valueRank() {
        return switch (this) {
            case PACKED_INT, HOLEY_INT -> 0;
            case PACKED_DOUBLE, HOLEY_DOUBLE -> 1;
            default -> 2;
        };
    }

    static { if (PACKED_INT.join(HOLEY_DOUBLE) != HOLEY_DOUBLE) throw new AssertionError("ElementsKind lattice"); }
}
