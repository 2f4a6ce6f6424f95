package dev.piste.jit.opt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bounds checks that cannot fail: an element load {@code a[i]} where {@code i < a.length} held on
 * the way in (the length read by an {@link Op#ARRAY_LENGTH} node of the same array), {@code i}
 * cannot be negative, and nothing between the length read and the load can change the array, loses
 * its bounds check. An array's length may exceed its elements (trailing holes), so one guard after
 * the length read ({@link Op#CHECK_ELEMENTS_COVER}) checks that the elements hold that many: typically
 * once before a loop, where loop-invariant code motion put the length read.
 *
 * <p>A failing cover check deoptimizes with the length read's state and is counted at its pc; a
 * length read whose pc has deoptimized before gets no cover check in later compilations.
 *
 * <p>Requirements for contributors: a node kind that can change an array's elements or length (or
 * run JavaScript) must be in {@link Effects#changesArrays}; {@link #nonNegative} must only answer true for
 * values that can never be below zero.
 */
public final class BoundsCheckElimination {
    private BoundsCheckElimination() {}

    /** index < length is known in the blocks entry dominates. */
    private record Fact(Node index, Node length, Block entry) {}

    public static void run(Graph g) {
        Map<Block, Block> idom = Dominators.of(g);
        List<Fact> facts = new ArrayList<>();
        RangeAnalysis.whenTrue(g, (c, whenTrue) -> {
            if (c.op == Op.INT32_LESS_THAN && c.input(1).op == Op.ARRAY_LENGTH) facts.add(new Fact(c.input(0), c.input(1), whenTrue));
            if (c.op == Op.INT32_GREATER_THAN && c.input(0).op == Op.ARRAY_LENGTH) facts.add(new Fact(c.input(1), c.input(0), whenTrue));
        });
        if (facts.isEmpty()) return;
        Map<Node, Block> where = new IdentityHashMap<>();
        for (Block b : g.blocks) for (Node n : b.nodes) where.put(n, b);
        Set<Node> covered = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Block b : g.blocks) {
            for (Node n : b.nodes) {
                if (n.op != Op.CHECKED_LOAD_ELEMENT || !(n.data instanceof ElementSpeculation.Access access) || access.inBounds()) continue;
                for (Fact f : facts) {
                    Node length = f.length();
                    Block lengthBlock = where.get(length);
                    if (f.index() != n.input(1) || length.input(0) != n.input(0) || lengthBlock == null || length.frameState == null
                        || g.function.deoptsByPc.containsKey(length.frameState.pc) || !Dominators.dominates(f.entry(), b, idom)
                        || !nonNegative(n.input(1), Collections.newSetFromMap(new IdentityHashMap<>()))
                        || changesBetween(length, lengthBlock, n, b)) continue;
                    n.data = access.knownInBounds();
                    if (covered.add(length)) {
                        Node cover = g.newNode(Op.CHECK_ELEMENTS_COVER, length.pc, length.input(0), length);
                        cover.block = lengthBlock;
                        cover.frameState = length.frameState;
                        lengthBlock.nodes.add(lengthBlock.nodes.indexOf(length) + 1, cover);
                    }
                    break;
                }
            }
        }
    }

    /** Whether v is an int32 that is never negative: lengths, non-negative constants, sums and masks of such values, phis of them. */
    static boolean nonNegative(Node v, Set<Node> assumed) {
        return switch (v.op) {
            case INT32_CONSTANT -> (Integer) v.data >= 0;
            case ARRAY_LENGTH, STRING_LENGTH -> true;
            // An unchecked add is one range analysis proved cannot overflow; a checked one deoptimizes if it would.
            case INT32_ADD, CHECKED_INT32_ADD -> nonNegative(v.input(0), assumed) && nonNegative(v.input(1), assumed);
            case INT32_AND -> nonNegative(v.input(0), assumed) || nonNegative(v.input(1), assumed);
            // A phi is assumed non-negative while its inputs are looked at: a cycle of such values keeps the property.
            case PHI -> {
                if (v.representation != Representation.INT32) yield false;
                if (!assumed.add(v)) yield true;
                for (Node in : v.inputs) if (!nonNegative(in, assumed)) yield false;
                yield true;
            }
            default -> false;
        };
    }

    /**
     * Whether something that can change an array runs between length (in lengthBlock) and the load
     * (in loadBlock): after length in its block, before the load in its block, and in every block on a
     * path from one to the other.
     */
    private static boolean changesBetween(Node length, Block lengthBlock, Node load, Block loadBlock) {
        if (lengthBlock == loadBlock) {
            List<Node> nodes = loadBlock.nodes;
            int from = nodes.indexOf(length), to = nodes.indexOf(load);
            if (from < to) return nodes.subList(from + 1, to).stream().anyMatch(Effects::changesArrays);
        }
        List<Node> tail = lengthBlock.nodes.subList(lengthBlock.nodes.indexOf(length) + 1, lengthBlock.nodes.size());
        List<Node> head = loadBlock.nodes.subList(0, loadBlock.nodes.indexOf(load));
        if (tail.stream().anyMatch(Effects::changesArrays) || head.stream().anyMatch(Effects::changesArrays)) return true;
        return Dominators.anyBetween(lengthBlock, loadBlock, x -> x.nodes.stream().anyMatch(Effects::changesArrays));
    }
}
