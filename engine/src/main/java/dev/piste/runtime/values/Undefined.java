package dev.piste.runtime.values;

/** The {@code undefined} value: a singleton, compared by identity. */
public final class Undefined {
    public static final Undefined INSTANCE = new Undefined();
    private Undefined() {}
    @Override public String toString() { return "undefined"; }
}
