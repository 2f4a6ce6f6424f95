package dev.piste.parse;

import java.util.ArrayList;

/**
 * What the parser knows about the function whose body it is in: which of {@code yield}, {@code await},
 * {@code super}, {@code new.target}, {@code return} are allowed, and the labels and loops that
 * {@code break} and {@code continue} can target. Arrows copy the super/new.target permissions of their
 * enclosing function because they inherit those bindings.
 */
final class FunctionContext {
    final FunctionContext parent;
    /** Null for the script and for class field initializers (which have no FunctionNode of their own). */
    final Ast.FunctionNode function;
    final boolean arrow;
    boolean strict;
    /** {@code await} starts an AwaitExpression here. */
    boolean canAwait;
    /** {@code await} is reserved (async functions, class static blocks). */
    boolean awaitReserved;
    /** {@code yield} starts a YieldExpression here (generator bodies). */
    boolean canYield;
    boolean superPropertyAllowed, superCallAllowed, newTargetAllowed, returnAllowed;
    /** In a class field initializer or static block, where {@code arguments} is forbidden. */
    boolean classFieldInitializer;
    /** True while the formal parameters are being parsed (yield/await expressions are errors there). */
    boolean inParameters;

    /** Labels in scope, innermost last. */
    final ArrayList<Label> labels = new ArrayList<>();
    /** Number of labels directly in front of the statement being parsed (they become loop labels). */
    int pendingLabels;
    int loopDepth, breakableDepth;

    static final class Label {
        final String name;
        boolean loop;
        Label(String name) { this.name = name; }
    }

    FunctionContext(FunctionContext parent, Ast.FunctionNode function, boolean arrow) {
        this.parent = parent;
        this.function = function;
        this.arrow = arrow;
    }
}
