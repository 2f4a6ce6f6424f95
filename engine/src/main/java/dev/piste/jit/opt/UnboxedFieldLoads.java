package dev.piste.jit.opt;

import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The field loads whose value tier 2 may keep as the slot's raw content, a {@code DoubleBox}
 * included, instead of the JavaScript value (which a box gives only as a newly allocated Double):
 * those whose only uses are CHECKED_TO_FLOAT64 (which reads the number from a box) and frame states
 * (whose exits give the interpreter the box's value), all in the load's block, with nothing between
 * the load and its last use that could write into a box: no STORE_FIELD_FLOAT64 and nothing that runs
 * JavaScript (which may run optimized code that does). A raw value read after its box was written
 * would be the new number; this rule keeps every use before any such write.
 */
final class UnboxedFieldLoads {
    private UnboxedFieldLoads() {}

    /** Operations that write no box and run no JavaScript. */
    private static final Set<Op> QUIET = EnumSet.of(Op.CONSTANT, Op.INT32_CONSTANT, Op.FLOAT64_CONSTANT,
        Op.CHECKED_TO_INT32, Op.CHECKED_INT32_ADD, Op.CHECKED_INT32_SUB, Op.CHECKED_INT32_MUL, Op.CHECKED_INT32_MOD,
        Op.INT32_ADD, Op.INT32_SUB, Op.INT32_AND, Op.INT32_OR, Op.INT32_XOR, Op.INT32_LESS_THAN, Op.INT32_GREATER_THAN,
        Op.INT32_LESS_OR_EQUAL, Op.INT32_GREATER_OR_EQUAL, Op.INT32_EQUAL, Op.CHECKED_TO_FLOAT64, Op.INT32_TO_FLOAT64,
        Op.FLOAT64_ADD, Op.FLOAT64_SUB, Op.FLOAT64_MUL, Op.FLOAT64_DIV, Op.FLOAT64_MOD, Op.FLOAT64_LESS_THAN,
        Op.FLOAT64_GREATER_THAN, Op.FLOAT64_LESS_OR_EQUAL, Op.FLOAT64_GREATER_OR_EQUAL, Op.FLOAT64_EQUAL, Op.FLOAT64_CALL,
        Op.BOX_INT32, Op.BOX_BOOL, Op.BOX_FLOAT64, Op.PASS, Op.CHECK_SHAPE, Op.LOAD_FIELD, Op.ARRAY_LENGTH,
        Op.STRING_LENGTH, Op.CHECKED_LOAD_ELEMENT, Op.CHECK_ELEMENTS_COVER, Op.CHECK_VALUE);

    static Set<Node> find(Graph g) {
        Map<Node, Block> blockOf = new IdentityHashMap<>();
        Map<Node, Integer> lastUse = new IdentityHashMap<>();
        Set<Node> refused = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Block b : g.blocks) for (Node n : b.nodes) if (n.op == Op.LOAD_FIELD) blockOf.put(n, b);
        if (blockOf.isEmpty()) return Set.of();
        for (Block b : g.blocks) {
            for (Node phi : b.phis) for (Node in : phi.inputs) refused.add(in);
            if (b.entryState != null) mentions(b.entryState, v -> refused.add(v), refused);
            for (int i = 0; i < b.nodes.size(); i++) {
                Node n = b.nodes.get(i);
                Block here = b;
                // A state of a node that is not quiet may be read after the node ran (an exception into a
                // catch exit, a lazy deoptimization after it): the node counts as between.
                int stateAt = QUIET.contains(n.op) ? i : i + 1;
                java.util.function.Consumer<Node> inState = v -> {
                    if (blockOf.get(v) != here) refused.add(v);
                    else lastUse.merge(v, stateAt, Math::max);
                };
                for (Node in : n.inputs) {
                    if (n.op == Op.CHECKED_TO_FLOAT64 && blockOf.get(in) == here) lastUse.merge(in, i, Math::max);
                    else refused.add(in);
                }
                if (n.frameState != null) mentions(n.frameState, inState, refused);
                if (n.afterState != null) mentions(n.afterState, inState, refused);
            }
        }
        Set<Node> raw = Collections.newSetFromMap(new IdentityHashMap<>());
        for (var e : blockOf.entrySet()) {
            Node x = e.getKey();
            if (refused.contains(x) || !lastUse.containsKey(x)) continue;
            var nodes = e.getValue().nodes;
            boolean quiet = true;
            for (int i = nodes.indexOf(x) + 1; i < Math.min(lastUse.get(x), nodes.size()) && quiet; i++) quiet = QUIET.contains(nodes.get(i).op);
            if (quiet) raw.add(x);
        }
        return raw;
    }

    /** Every value a state names (outer frames included); a virtual object's slots are refused (materializing one copies them). */
    private static void mentions(FrameState s, java.util.function.Consumer<Node> use, Set<Node> refused) {
        for (; s != null; s = s.outer) {
            for (Node v : s.registers) value(v, use, refused);
            value(s.accumulator, use, refused);
            if (s.call != null) {
                value(s.call.closure(), use, refused);
                value(s.call.thisArg(), use, refused);
                for (Node v : s.call.arguments()) value(v, use, refused);
            }
        }
    }

    private static void value(Node v, java.util.function.Consumer<Node> use, Set<Node> refused) {
        if (v == null) return;
        if (v.op == Op.VIRTUAL_OBJECT) { refused.addAll(java.util.Arrays.asList(v.inputs)); return; }
        use.accept(v);
    }
}
