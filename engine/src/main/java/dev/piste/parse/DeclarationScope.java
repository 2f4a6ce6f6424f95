package dev.piste.parse;

import java.util.HashMap;
import java.util.HashSet;

/**
 * The declared names of one block, function or script, kept only to find conflicting declarations
 * early ({@code let a; var a;}). This is not the runtime {@link Scope}: ScopeAnalyzer builds that later.
 *
 * <p>Invariants: {@link #vars} holds every var-declared name that is declared in this scope or hoisted
 * through it (a {@code var} inside a nested block passes through every enclosing block up to the function
 * scope), so a later lexical declaration can be checked against it. Maps are created lazily because most
 * blocks declare nothing.
 */
final class DeclarationScope {
    static final int LEXICAL = 1, SLOPPY_BLOCK_FUNCTION = 2;

    final DeclarationScope parent;
    /** Var declarations stop here (function bodies and the script). */
    final boolean functionScope;
    HashMap<String, Integer> lexical;
    HashSet<String> vars;
    /** Names bound by a catch parameter, for the catch body's block scope. */
    HashSet<String> catchParameters;
    boolean catchParameterIsPattern;

    DeclarationScope(DeclarationScope parent, boolean functionScope) {
        this.parent = parent;
        this.functionScope = functionScope;
    }
}
