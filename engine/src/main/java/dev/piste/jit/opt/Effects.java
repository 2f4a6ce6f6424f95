package dev.piste.jit.opt;

import java.util.Collection;

/**
 * What nodes may do to memory, for the passes that move or drop reads and checks across them (loop-
 * invariant code motion, guard elimination, bounds-check elimination): the one place where node
 * kinds are classified by their effects. A node kind that writes memory or can run JavaScript must be
 * counted here.
 */
record Effects(boolean runsJavaScript, boolean writesFields, boolean changesShapes, boolean writesContexts) {

    /** What the nodes of blocks may do, together. */
    static Effects of(Collection<Block> blocks) {
        boolean js = false, fields = false, shapes = false, contexts = false;
        for (Block b : blocks) {
            for (Node n : b.nodes) {
                js |= runsJavaScript(n);
                fields |= writesFields(n);
                shapes |= changesShapes(n);
                contexts |= writesContexts(n);
            }
        }
        return new Effects(js, fields, shapes, contexts);
    }

    /** Anything may happen: a generic node, or an element store, whose slow path is the generic store (setters, appends). */
    static boolean runsJavaScript(Node n) {
        return n.op == Op.GENERIC || n.op == Op.STORE_ELEMENT;
    }

    /** May give an object another shape: adding properties, or a builtin's fast path (it changes what it is given). */
    static boolean changesShapes(Node n) {
        return runsJavaScript(n) || switch (n.op) {
            case TRANSITION_STORE, CHECKED_STORE_NAMED, CHECKED_INTRINSIC -> true;
            default -> false;
        };
    }

    /** May write an object's named properties. */
    static boolean writesFields(Node n) {
        return changesShapes(n) || n.op == Op.STORE_FIELD || n.op == Op.STORE_FIELD_FLOAT64 || n.op == Op.MEGAMORPHIC_STORE;
    }

    /** May change an array's elements or length. */
    static boolean changesArrays(Node n) {
        return runsJavaScript(n) || n.op == Op.CHECKED_INTRINSIC || n.op == Op.LITERAL_APPEND;
    }

    /** May write a context slot or the frame's current context. */
    static boolean writesContexts(Node n) {
        return runsJavaScript(n) || n.op == Op.STORE_CONTEXT_SLOT || n.op == Op.STORE_CONTEXT;
    }
}
