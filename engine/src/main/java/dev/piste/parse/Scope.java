package dev.piste.parse;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A lexical scope, built by {@link ScopeAnalyzer}. Bindings that no closure captures live in the
 * function's registers; captured ones live in a heap context that this scope allocates on entry
 * ({@link #contextSize} &gt; 0). Invariant: a scope with contextSize == 0 creates no context, so the
 * context depth of a lookup counts only scopes with contextSize &gt; 0 between use and binding.
 */
public final class Scope {
    public enum Kind { SCRIPT, FUNCTION, BLOCK, CATCH, CLASS, FUNCTION_NAME,
        /** The var environment of a function whose parameters have expressions (defaults, patterns). */
        FUNCTION_BODY,
        /** The object environment of a {@code with} statement: one binding, {@link #WITH_OBJECT}. */
        WITH }

    public static final String WITH_OBJECT = "%with";

    public final Kind kind;
    public final Scope parent;
    /** The function whose frame holds this scope's registers. */
    public final Ast.FunctionNode function;
    public final Map<String, Binding> bindings = new LinkedHashMap<>();
    /** Number of slots in the heap context this scope creates, 0 for none. */
    public int contextSize;
    /** FUNCTION and SCRIPT scopes: registers taken by bindings of the function (temporaries come after). */
    public int registerCount;
    /** True when a direct eval or with-like construct may see any binding here (all captured). */
    public boolean dynamic;

    public Scope(Kind kind, Scope parent, Ast.FunctionNode function) {
        this.kind = kind; this.parent = parent; this.function = function;
    }

    public boolean createsContext() { return contextSize > 0; }

    public Binding lookupLocal(String name) { return bindings.get(name); }

    @Override public String toString() { return kind + bindings.keySet().toString(); }
}
