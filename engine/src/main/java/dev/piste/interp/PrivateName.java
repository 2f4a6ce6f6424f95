package dev.piste.interp;

/**
 * A private name ({@code #x}) of one class evaluation. Used as a property key compared by identity;
 * {@code ownKeys} lists only strings and symbols, so private members never show through reflection.
 */
public final class PrivateName {
    public final String description;
    public PrivateName(String description) { this.description = description; }
    @Override public String toString() { return description; }
}
