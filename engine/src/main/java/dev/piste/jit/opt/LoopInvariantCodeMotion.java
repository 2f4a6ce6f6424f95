package dev.piste.jit.opt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loop-invariant code motion: values and guards of a loop that compute the same thing on every
 * iteration move to the end of the block that enters the loop (its preheader), so they run once.
 * Only nodes of the blocks that run on every iteration (those dominating every back edge) move, and
 * only when their inputs are defined outside the loop (or moved before them).
 *
 * <p>A moved guard deoptimizes with the interpreter's state when the loop is entered (the header's
 * {@link Block#entryState}, its phis taken from the preheader): nothing of the loop has happened
 * then, so the interpreter runs the loop from its start. A moved guard may fail where the original
 * would not have run (a loop that ends before reaching it): the deoptimization is counted at the
 * header's pc, and a loop whose header has deoptimized before gets no motion in later compilations.
 *
 * <p>What may move depends on what the loop does ({@link Effects}): guards of values
 * (int32/float64 checks, call-target and string guards) always; shape checks when nothing in the loop
 * can change a shape; field and length loads when nothing in it writes them, after the shape check
 * that protects them has moved; context slots and globals when nothing in it writes them.
 *
 * <p>Requirements for contributors: a node kind that writes memory or can run JavaScript must be
 * counted in {@link Effects}; a node kind added to the movable ones must compute the same value
 * and fail the same way wherever its inputs are the same.
 */
public final class LoopInvariantCodeMotion {
    private LoopInvariantCodeMotion() {}

    /** A natural loop: its header, every block in it (the header included), the blocks whose edge goes back to the header. */
    record Loop(Block header, Set<Block> body, List<Block> latches) {}

    /** Pure values: the same inputs, the same value, anywhere. */
    private static final Set<Op> PURE = EnumSet.of(Op.CONSTANT, Op.INT32_CONSTANT, Op.FLOAT64_CONSTANT, Op.INT32_ADD, Op.INT32_SUB,
        Op.INT32_AND, Op.INT32_OR, Op.INT32_XOR, Op.INT32_LESS_THAN, Op.INT32_GREATER_THAN, Op.INT32_LESS_OR_EQUAL,
        Op.INT32_GREATER_OR_EQUAL, Op.INT32_EQUAL, Op.FLOAT64_ADD, Op.FLOAT64_SUB, Op.FLOAT64_MUL, Op.FLOAT64_DIV, Op.FLOAT64_MOD,
        Op.FLOAT64_LESS_THAN, Op.FLOAT64_GREATER_THAN, Op.FLOAT64_LESS_OR_EQUAL, Op.FLOAT64_GREATER_OR_EQUAL, Op.FLOAT64_EQUAL,
        Op.BOX_INT32, Op.BOX_BOOL, Op.BOX_FLOAT64, Op.INT32_TO_FLOAT64, Op.PURE_CALL, Op.FLOAT64_CALL, Op.CLOSURE_CONTEXT,
        Op.LOAD_HOME_OBJECT, Op.PASS);

    /** Guards whose outcome depends on their inputs' values only (values never change; strings are immutable). */
    private static final Set<Op> VALUE_GUARDS = EnumSet.of(Op.CHECKED_TO_INT32, Op.CHECKED_TO_FLOAT64, Op.CHECKED_INT32_ADD,
        Op.CHECKED_INT32_SUB, Op.CHECKED_INT32_MUL, Op.CHECKED_INT32_MOD, Op.CHECK_VALUE, Op.CHECK_CALLEE, Op.STRING_LENGTH,
        Op.CHAR_CODE_AT, Op.CHECK_INITIALIZED);

    static boolean isPure(Op op) { return PURE.contains(op); }
    static boolean isValueGuard(Op op) { return VALUE_GUARDS.contains(op); }

    public static void run(Graph g) {
        // A deopt in inlined code is counted at the caller's pc: a moved guard there could not learn from failing.
        if (g.inliningDepth > 0) return;
        Map<Block, Block> idom = Dominators.of(g);
        List<Loop> loops = loops(g, idom);
        // Inner loops first: what leaves an inner loop may then leave the outer one too.
        loops.sort(Comparator.comparingInt(l -> l.body().size()));
        List<Block> rpo = Dominators.reversePostOrder(g);
        for (Loop loop : loops) hoist(g, loop, idom, rpo);
    }

    static List<Loop> loops(Graph g, Map<Block, Block> idom) {
        List<Loop> loops = new ArrayList<>();
        for (Block h : g.blocks) {
            if (!idom.containsKey(h)) continue;
            List<Block> latches = h.predecessors.stream().filter(p -> idom.containsKey(p) && Dominators.dominates(h, p, idom)).toList();
            if (latches.isEmpty()) continue;
            Set<Block> body = Collections.newSetFromMap(new IdentityHashMap<>());
            body.add(h);
            Deque<Block> work = new ArrayDeque<>(latches);
            while (!work.isEmpty()) {
                Block x = work.pop();
                if (body.add(x)) work.addAll(x.predecessors);
            }
            loops.add(new Loop(h, body, latches));
        }
        return loops;
    }

    private static void hoist(Graph g, Loop loop, Map<Block, Block> idom, List<Block> rpo) {
        Block header = loop.header();
        if (header.entryState == null || g.function.deoptsByPc.containsKey(header.startPc)) return;
        List<Block> outside = header.predecessors.stream().filter(p -> !loop.body().contains(p)).toList();
        if (outside.size() != 1 || outside.getFirst().successors.size() != 1) return;
        Block pre = outside.getFirst();
        Map<Node, Block> where = new IdentityHashMap<>();
        for (Block b : g.blocks) {
            for (Node n : b.phis) where.put(n, b);
            for (Node n : b.nodes) where.put(n, b);
        }
        FrameState atEntry = entryState(header, pre, where);
        Effects effects = Effects.of(loop.body());
        Set<Node> moved = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Node> toPreheader = new ArrayList<>();
        for (Block b : rpo) {
            if (!loop.body().contains(b) || !loop.latches().stream().allMatch(l -> Dominators.dominates(b, l, idom))) continue;
            // The shape check of each object last seen in this block: a field or length load may move only after it.
            Map<Node, Node> lastShapeCheck = new IdentityHashMap<>();
            for (Node n : b.nodes) {
                if (n.op == Op.CHECK_SHAPE) lastShapeCheck.put(n.input(0), n);
                // Constants stay where they are (a constant costs nothing to make, a local live across the loop does).
                if (isConstant(n) || !invariantInputs(n, loop, where, moved) || !movable(n, effects, atEntry != null, lastShapeCheck, moved)) continue;
                // A constant of the loop that a moved node reads: a copy of it goes first.
                for (int i = 0; i < n.inputs.length; i++) {
                    Node in = n.inputs[i];
                    if (!isConstant(in) || !loop.body().contains(where.get(in))) continue;
                    Node copy = g.newNode(in.op, -1).withData(in.data);
                    copy.representation = in.representation;
                    toPreheader.add(copy);
                    n.inputs[i] = copy;
                }
                moved.add(n);
                toPreheader.add(n);
                if (n.frameState != null) n.frameState = atEntry;
                n.afterState = null;
            }
        }
        if (toPreheader.isEmpty()) return;
        for (Block b : loop.body()) b.nodes.removeIf(moved::contains);
        pre.nodes.addAll(pre.nodes.size() - 1, toPreheader);
        for (Node n : toPreheader) n.block = pre;
    }

    /**
     * The interpreter's state at the end of the preheader: the header's entry state with its phis'
     * values from the preheader. Null when that state mentions a value no longer in the graph or a
     * virtual object (then no guard moves).
     */
    private static FrameState entryState(Block header, Block pre, Map<Node, Block> where) {
        int entry = header.predecessors.indexOf(pre);
        boolean[] valid = {true};
        FrameState s = header.entryState.map(v -> {
            Node r = v.op == Op.PHI && where.get(v) == header ? v.input(entry) : v;
            if (r.op == Op.VIRTUAL_OBJECT || !where.containsKey(r)) valid[0] = false;
            return r;
        }, new IdentityHashMap<>());
        return valid[0] ? s : null;
    }

    private static boolean invariantInputs(Node n, Loop loop, Map<Node, Block> where, Set<Node> moved) {
        for (Node in : n.inputs) {
            Block b = where.get(in);
            if (b == null || loop.body().contains(b) && !moved.contains(in) && !isConstant(in)) return false;
        }
        return true;
    }

    private static boolean isConstant(Node n) {
        return n.op == Op.CONSTANT || n.op == Op.INT32_CONSTANT || n.op == Op.FLOAT64_CONSTANT;
    }

    private static boolean movable(Node n, Effects effects, boolean guardsMayMove, Map<Node, Node> lastShapeCheck, Set<Node> moved) {
        if (PURE.contains(n.op)) return true;
        if (!guardsMayMove && n.frameState != null) return false;
        if (VALUE_GUARDS.contains(n.op)) return true;
        return switch (n.op) {
            case CHECK_SHAPE, CHECKED_LOAD_NAMED -> !effects.changesShapes() && !effects.writesFields();
            case LOAD_FIELD, ARRAY_LENGTH -> !effects.writesFields() && !effects.changesShapes()
                && (n.input(0).op == Op.CONSTANT || moved.contains(lastShapeCheck.get(n.input(0))));
            case LOAD_CONTEXT_SLOT, LOAD_CONTEXT -> !effects.writesContexts();
            case LOAD_GLOBAL -> !effects.runsJavaScript();
            default -> false;
        };
    }
}
