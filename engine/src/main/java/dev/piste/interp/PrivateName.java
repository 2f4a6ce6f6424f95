package dev.piste.interp;

import dev.piste.runtime.objects.JsObject;

/**
 * A private name ({@code #x}) of one class evaluation. Used as a property key compared by identity;
 * {@code ownKeys} lists only strings and symbols, so private members never show through reflection.
 */
public final class PrivateName {
    public final String description;
    /** The class whose private method or accessor this name is, for V8's brand-check message; null for fields. */
    JsObject methodOwner;
    boolean staticMethod;
    public PrivateName(String description) { this.description = description; }
    @Override public String toString() { return description; }
}
