package dev.piste.parse;

/**
 * Where an identifier use finds its binding: a register of the current frame, a slot of the context
 * {@code depth} levels up the context chain, or the global scope (global object and script-level
 * lexical declarations, looked up by name).
 */
public record Resolution(Kind kind, Binding binding, int index, int depth) {
    public enum Kind { REGISTER, CONTEXT, GLOBAL }

    public static Resolution global() { return new Resolution(Kind.GLOBAL, null, -1, 0); }
}
