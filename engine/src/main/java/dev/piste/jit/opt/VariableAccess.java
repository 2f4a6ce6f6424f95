package dev.piste.jit.opt;

import dev.piste.bytecode.Opcode;
import dev.piste.ic.FeedbackVector;
import dev.piste.ic.GlobalCache;
import dev.piste.ic.IcState;

import java.util.ArrayList;
import java.util.List;

/**
 * The variables pass: closure variables become direct slot accesses of the context
 * ({@link Op#LOAD_CONTEXT_SLOT}, {@link Op#STORE_CONTEXT_SLOT}, from the current context); a global
 * variable load whose cache has found it becomes a read guarded to still find it there
 * ({@link Op#LOAD_GLOBAL}); a temporal-dead-zone check becomes a guard that the binding is initialized
 * ({@link Op#CHECK_INITIALIZED}: the interpreter throws the ReferenceError). None of these needs the
 * frame, so they can be inlined.
 */
public final class VariableAccess {
    private VariableAccess() {}

    /** A context slot: so many contexts up from the given one, then the slot. */
    public record ContextSlot(int depth, int slot) {
        @Override public String toString() { return "up " + depth + " slot " + slot; }
    }

    /** A global variable: its cache (for a property of the global object) and name. */
    public record Global(GlobalCache cache, String name) {
        @Override public String toString() { return name; }
    }

    public static void run(Graph g) {
        FeedbackVector fv = g.function.feedback instanceof FeedbackVector v ? v : null;
        for (Block b : g.blocks) {
            List<Node> out = new ArrayList<>();
            for (Node n : b.nodes) {
                if (n.op == Op.GENERIC && n.data instanceof GraphBuilder.Generic gen) {
                    int[] o = gen.operands();
                    switch (gen.opcode()) {
                        case LDA_CONTEXT -> {
                            become(n, Op.LOAD_CONTEXT_SLOT, new ContextSlot(o[0], o[1]), context(g, b, out));
                            out.add(n);
                            continue;
                        }
                        case STA_CONTEXT -> {
                            Node value = n.input(0);
                            become(n, Op.STORE_CONTEXT_SLOT, new ContextSlot(o[0], o[1]), context(g, b, out), value);
                            out.add(n);
                            continue;
                        }
                        case CHECK_HOLE -> {
                            Node value = n.input(0);
                            Node check = g.newNode(Op.CHECK_INITIALIZED, n.pc, value);
                            check.block = b;
                            check.frameState = n.frameState;
                            out.add(check);
                            // The instruction's value is the accumulator, unchanged.
                            become(n, Op.PASS, null, value);
                            out.add(n);
                            continue;
                        }
                        case LDA_GLOBAL -> {
                            if (fv != null && fv.global(o[1]).state() != IcState.UNINITIALIZED) {
                                n.op = Op.LOAD_GLOBAL;
                                n.data = new Global(fv.global(o[1]), (String) g.function.constants[o[0]]);
                                n.setInputs(new Node[0]);
                                out.add(n);
                                continue;
                            }
                        }
                        default -> {}
                    }
                }
                out.add(n);
            }
            b.nodes.clear();
            b.nodes.addAll(out);
        }
    }

    private static Node context(Graph g, Block b, List<Node> out) {
        Node c = g.newNode(Op.LOAD_CONTEXT, -1);
        c.block = b;
        out.add(c);
        return c;
    }

    private static void become(Node n, Op op, Object data, Node... inputs) {
        n.op = op;
        n.data = data;
        n.frameState = null;
        n.setInputs(inputs);
    }
}
