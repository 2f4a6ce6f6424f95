package dev.piste.jit.opt;

import dev.piste.bytecode.Opcode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Range analysis of counters: where a block is only entered when {@code i < n} held (both int32),
 * {@code i + 1} cannot overflow (it is at most n); where it is only entered when {@code i > n} held,
 * {@code i - 1} cannot go below the int32 range. Those additions and subtractions lose their
 * overflow checks ({@link Op#INT32_ADD}, {@link Op#INT32_SUB}): a loop's counter, typically.
 *
 * <p>Requirements for contributors: a fact holds in the blocks the true edge of its branch dominates,
 * and only when that edge is the only way into its block; SSA values do not change, so a fact on a
 * value holds wherever the value is used below it.
 */
public final class RangeAnalysis {
    private RangeAnalysis() {}

    /** value < bound (below) or value > bound (above), known in the blocks entry dominates. */
    private record Fact(Node value, boolean below, Block entry) {}

    public static void run(Graph g) {
        Map<Block, Block> idom = Dominators.of(g);
        List<Fact> facts = new ArrayList<>();
        whenTrue(g, (c, whenTrue) -> {
            switch (c.op) {
                case INT32_LESS_THAN -> { facts.add(new Fact(c.input(0), true, whenTrue)); facts.add(new Fact(c.input(1), false, whenTrue)); }
                case INT32_GREATER_THAN -> { facts.add(new Fact(c.input(0), false, whenTrue)); facts.add(new Fact(c.input(1), true, whenTrue)); }
                default -> {}
            }
        });
        if (facts.isEmpty()) return;
        for (Block b : g.blocks) {
            for (Node n : b.nodes) {
                if (n.op != Op.CHECKED_INT32_ADD && n.op != Op.CHECKED_INT32_SUB) continue;
                Node v = n.op == Op.CHECKED_INT32_ADD && isOne(n.input(0)) ? n.input(1) : n.input(0);
                Node step = v == n.input(0) ? n.input(1) : n.input(0);
                if (!isOne(step)) continue;
                boolean add = n.op == Op.CHECKED_INT32_ADD;
                for (Fact f : facts) {
                    if (f.value == v && f.below == add && Dominators.dominates(f.entry, b, idom)) {
                        n.op = add ? Op.INT32_ADD : Op.INT32_SUB;
                        n.frameState = null;
                        break;
                    }
                }
            }
        }
    }

    /**
     * Each condition a branch tests, with the block its true edge leads to when that edge is the only
     * way into it (the condition holds throughout the blocks that block dominates).
     */
    static void whenTrue(Graph g, java.util.function.BiConsumer<Node, Block> each) {
        for (Block b : g.blocks) {
            Node end = b.end();
            if (end == null || end.op != Op.BRANCH || b.successors.size() != 2 || !(end.data instanceof Opcode kind)) continue;
            if (kind != Opcode.JUMP_IF_TRUE && kind != Opcode.JUMP_IF_FALSE) continue;
            Block whenTrue = kind == Opcode.JUMP_IF_TRUE ? b.successors.get(0) : b.successors.get(1);
            if (whenTrue.predecessors.size() == 1) each.accept(end.input(0), whenTrue);
        }
    }

    private static boolean isOne(Node n) { return n.op == Op.INT32_CONSTANT && n.data instanceof Integer i && i == 1; }
}
