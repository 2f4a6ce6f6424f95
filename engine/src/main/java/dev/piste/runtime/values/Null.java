package dev.piste.runtime.values;

/** The {@code null} value: a singleton, compared by identity. (Java null never appears as a JS value.) */
public final class Null {
    public static final Null INSTANCE = new Null();
    private Null() {}
    @Override public String toString() { return "null"; }
}
