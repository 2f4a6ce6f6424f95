package dev.piste.jit.opt;

import dev.piste.bytecode.Opcode;
import dev.piste.ic.FeedbackVector;
import dev.piste.runtime.objects.ElementsKind;

import java.util.ArrayList;
import java.util.List;

/**
 * The elements speculation pass. An element load or store whose cache has only seen arrays of one
 * elements kind with int32 keys reads or writes the array's storage directly: the key is guarded to
 * be an int32, a load ({@link Op#CHECKED_LOAD_ELEMENT}) deoptimizes for another receiver, another
 * kind, an index out of bounds or a hole, and gives ints and doubles unboxed; a store
 * ({@link Op#STORE_ELEMENT}) takes int and double values unboxed (guarded) and falls back to the
 * generic store for anything its fast case does not cover (appending, holes, another kind), which
 * also keeps the cache learning; in code with no frame of its own for the generic store (inlined or
 * frameless), an append is still made there, and anything else deoptimizes, the site marked so that
 * later code leaves it framed.
 *
 * <p>Requirements for contributors: the guards carry the frame state of the instruction (nothing of
 * it has happened when they fail).
 */
public final class ElementSpeculation {
    private ElementSpeculation() {}

    /**
     * What an element node knows: the elements kind it is specialized for, its site's feedback slot,
     * (inBounds) that its index is inside the elements (see BoundsCheckElimination), and for a store
     * (genericNeedsFrame) that the site has needed the generic store where code had no frame for it:
     * the store then keeps the code it is in framed (see Inliner.needsFrame).
     */
    public record Access(ElementsKind kind, int feedbackSlot, boolean inBounds, boolean genericNeedsFrame) {
        Access(ElementsKind kind, int feedbackSlot) { this(kind, feedbackSlot, false, false); }
        Access knownInBounds() { return new Access(kind, feedbackSlot, true, genericNeedsFrame); }
        @Override public String toString() { return kind.name().toLowerCase() + (inBounds ? " in bounds" : ""); }
    }

    public static void run(Graph g) {
        if (!(g.function.feedback instanceof FeedbackVector fv)) return;
        java.util.Map<Node, Node> accumulators = new java.util.IdentityHashMap<>();
        g.rewrite((b, n, out) -> {
            if (n.op != Op.GENERIC || !(n.data instanceof GraphBuilder.Generic gen)) return false;
            if (literal(g, n, gen, accumulators)) { out.add(n); return true; }
            int slot = gen.opcode() == Opcode.GET_KEYED ? gen.operands()[1] : gen.opcode() == Opcode.SET_KEYED ? gen.operands()[2] : -1;
            if (slot < 0) return false;
            if (fv.keyed(slot).state() == dev.piste.ic.IcState.UNINITIALIZED && g.deoptimizeWithoutFeedback) out.add(g.insufficientFeedback(b, n));
            // A store's fallback is the generic store (no deopt): a polymorphic site speculates on the kind its arrays end in.
            ElementsKind seen = gen.opcode() == Opcode.SET_KEYED ? fv.keyed(slot).joinedKind() : fv.keyed(slot).monomorphicKind();
            if (!(seen instanceof ElementsKind k)) return false;
            Access a = new Access(k, slot, false, gen.opcode() == Opcode.SET_KEYED && fv.keyed(slot).genericStoreWithoutFrame);
            return gen.opcode() == Opcode.GET_KEYED ? load(g, b, n, a, out) : store(g, b, n, a, out);
        });
        g.redirect(accumulators);
    }

    /**
     * Array literals without spreads: CREATE_ARRAY becomes a {@link Op#NEW_ARRAY} of the realm's
     * %Array.prototype%, and its element pushes (ARRAY_PUSH, ARRAY_PUSH_HOLE: the bytecode makes them
     * only on the literal's own array) {@link Op#LITERAL_APPEND}s, which need no frame and have no
     * value: what used a push's value (the accumulator it leaves as it was, in the next instructions'
     * frame states) uses that accumulator (put in accumulators, for Graph.redirect).
     */
    private static boolean literal(Graph g, Node n, GraphBuilder.Generic gen, java.util.Map<Node, Node> accumulators) {
        switch (gen.opcode()) {
            case CREATE_ARRAY -> {
                if (g.realm == null || g.realm.arrayPrototype == null) return false;
                n.become(Op.NEW_ARRAY, g.realm.arrayPrototype);
            }
            case ARRAY_PUSH -> {
                accumulators.put(n, n.input(0));
                n.become(Op.LITERAL_APPEND, Boolean.FALSE, n.input(1), n.input(0));
            }
            case ARRAY_PUSH_HOLE -> {
                accumulators.put(n, n.input(0));
                n.become(Op.LITERAL_APPEND, Boolean.TRUE, n.input(1));
            }
            default -> { return false; }
        }
        return true;
    }

    /** The representation the storage of a kind gives and takes. */
    static Representation representation(ElementsKind k) {
        return switch (k) {
            case PACKED_INT, HOLEY_INT -> Representation.INT32;
            case PACKED_DOUBLE, HOLEY_DOUBLE -> Representation.FLOAT64;
            default -> Representation.TAGGED;
        };
    }

    /** acc = base[acc] (inputs: acc, base). */
    private static boolean load(Graph g, Block b, Node n, Access a, List<Node> out) {
        ElementsKind k = a.kind();
        if (k == ElementsKind.DICTIONARY) return false;
        Node key = check(g, b, n, n.input(0), Representation.INT32, out);
        n.op = Op.CHECKED_LOAD_ELEMENT;
        n.data = a;
        n.representation = representation(k);
        n.setInputs(new Node[] {n.input(1), key});
        out.add(n);
        return true;
    }

    /** base[key] = acc (inputs: acc, base, key); the accumulator keeps the value. */
    private static boolean store(Graph g, Block b, Node n, Access a, List<Node> out) {
        ElementsKind k = a.kind();
        if (k == ElementsKind.DICTIONARY) return false;
        Node value = n.input(0);
        Node key = check(g, b, n, n.input(2), Representation.INT32, out);
        Representation rep = representation(k);
        Node stored = rep == Representation.TAGGED ? value : check(g, b, n, value, rep, out);
        n.op = Op.STORE_ELEMENT;
        n.data = a;
        n.setInputs(new Node[] {n.input(1), key, stored, value});
        out.add(n);
        return true;
    }

    /** v guarded into rep with n's frame state (the numbers pass drops the guard when v is already in rep). */
    private static Node check(Graph g, Block b, Node n, Node v, Representation rep, List<Node> out) {
        Node c = g.guard(rep == Representation.INT32 ? Op.CHECKED_TO_INT32 : Op.CHECKED_TO_FLOAT64, b, n, v);
        c.representation = rep;
        out.add(c);
        return c;
    }
}
