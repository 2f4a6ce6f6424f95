package dev.piste.parse;

/**
 * A declared name. Exactly one of {@link #register} and {@link #contextSlot} is &ge; 0 once
 * {@link ScopeAnalyzer} has allocated storage: a register when no closure captures the binding, a
 * context slot when one does. Script-level var and function bindings are properties of the global
 * object instead and have neither.
 */
public final class Binding {
    public enum Kind { VAR, LET, CONST, FUNCTION, PARAMETER, CLASS, CATCH_PARAMETER, FUNCTION_NAME, INTERNAL;
        public boolean isLexical() { return this == LET || this == CONST || this == CLASS; }
    }

    public final String name;
    public final Kind kind;
    public final Scope scope;
    public boolean captured;
    /** A use may run before the declaration initialized the binding: the emitter must check the TDZ. */
    public boolean needsTdzCheck;
    /** Source offset after which uses in the declaring function see the binding initialized; null = unknown. */
    public Integer declarationEnd;
    /** A parameter of a list with defaults or patterns: in its TDZ until bound. */
    public boolean tdzParameter;
    public int register = -1;
    public int contextSlot = -1;

    public Binding(String name, Kind kind, Scope scope) { this.name = name; this.kind = kind; this.scope = scope; }

    public boolean isGlobalObjectProperty() { return register < 0 && contextSlot < 0; }

    public boolean isConst() { return kind == Kind.CONST || kind == Kind.FUNCTION_NAME; }

    @Override public String toString() { return kind + " " + name + (register >= 0 ? " r" + register : contextSlot >= 0 ? " c" + contextSlot : " global"); }
}
