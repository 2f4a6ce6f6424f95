package dev.piste.jit.opt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Gives the graph's values JVM locals, reusing a local once the value in it is dead: a linear scan
 * over live intervals (each the hull of the positions where the value is live, from liveness by
 * backward dataflow over the blocks in emission order). Few locals keep the code small (no wide
 * loads and stores) and give HotSpot less to track.
 *
 * <p>What counts as a use, and where: a node's inputs at the node; the values of the frame state of a
 * node that may deoptimize, at the node (its exit reads them there; see {@link #exitValues}); a
 * phi's input at the end of the predecessor it comes from, where the phi is also written. Locals are
 * pooled by JVM type (int, double, reference), so a local keeps one type.
 */
public final class SlotAllocator {
    private SlotAllocator() {}

    /**
     * The values a deoptimization exit writes for a frame state: every register it lists except those
     * still holding their entry value, then the accumulator; for an inlined callee's state also what
     * makes its frame (closure, this, arguments) and then the caller's state's values.
     */
    public static List<Node> exitValues(Graph g, FrameState s) {
        List<Node> values = new ArrayList<>();
        for (Node v : ownExitValues(g, s)) {
            // A virtual object is made at the exit from its slots: those are what is read there.
            if (v.op == Op.VIRTUAL_OBJECT) for (int i = 0; i < v.inputCount(); i++) values.add(v.input(i));
            else values.add(v);
        }
        return values;
    }

    private static List<Node> ownExitValues(Graph g, FrameState s) {
        List<Node> values = new ArrayList<>();
        for (int r = 0; r < s.registers.length; r++) if (writtenAtExit(g, s, r)) values.add(s.registers[r]);
        values.add(s.accumulator);
        if (s.call != null) {
            values.add(s.call.closure());
            values.add(s.call.thisArg());
            values.addAll(s.call.arguments());
        }
        if (s.outer != null) values.addAll(ownExitValues(g, s.outer));
        return values;
    }

    /**
     * Whether an exit writes register r: the frame still holds what a register held on entry, as tier 2
     * writes only frame-resident registers and the arguments of generic calls into it.
     */
    public static boolean writtenAtExit(Graph g, FrameState s, int r) {
        Node v = s.registers[r];
        // Only the compiled function's own frame (not an inlined callee's, made at the exit) holds entry values.
        return v != null && !(s.call == null && v.op == Op.ENTRY && v.data instanceof Integer i && i == r && !g.passedInFrame.get(r));
    }

    /**
     * Whether the code checks, after n, that it has not been invalidated meanwhile (and leaves with
     * n's after-state if it has): after every instruction that may run JavaScript or add a property
     * (the object may be a prototype the code depends on; the JavaScript may assign a global it folded), in code that has dependencies.
     */
    public static boolean leavesWhenInvalidated(Graph g, Node n) {
        return g.hasDependencies() && n.afterState != null
            && (n.op == Op.GENERIC || n.op == Op.STORE_ELEMENT || n.op == Op.TRANSITION_STORE || n.op == Op.CHECKED_STORE_NAMED);
    }

    /**
     * Whether an exception thrown by n is caught in its function (n lies in a try block): tier 2 then
     * writes n's frame state into the frame and the interpreter runs the handler. Inlined code is never
     * inside one (the inliner keeps a callee that can throw out of try blocks).
     */
    public static boolean catchesInInterpreter(Graph g, Node n) {
        boolean mayThrow = switch (n.op) { case GENERIC, THROW, STORE_ELEMENT, LOOP_CHECK -> true; default -> false; };
        return mayThrow && n.frameState != null && n.frameState.outer == null && n.pc >= 0 && g.function.handlerFor(n.pc) >= 0;
    }

    /** The local of each value that has one, the first local free after them, the values something uses, the values live into each block (its phis aside). */
    public record Allocation(Map<Node, Integer> slots, int nextFree, Set<Node> used, Map<Block, Set<Node>> liveIn) {}

    private enum Kind { INT, DOUBLE, REFERENCE }

    private static Kind kind(Node n) {
        return switch (n.representation) {
            case INT32, BOOL -> Kind.INT;
            case FLOAT64 -> Kind.DOUBLE;
            case TAGGED -> Kind.REFERENCE;
        };
    }

    /**
     * Locals for g's values from firstSlot on. With stressDeopt every node with a frame state may
     * deoptimize (--stress-deopt), so its frame state's values are uses there too.
     */
    public static Allocation allocate(Graph g, int firstSlot, boolean stressDeopt) {
        Set<Node> used = new HashSet<>();
        for (Block b : g.blocks) {
            for (Node n : b.nodes) uses(g, n, stressDeopt, used::add);
            for (Node phi : b.phis) for (int i = 0; i < phi.inputCount(); i++) used.add(phi.input(i));
        }
        // Positions: each block's phis share its start position, then one per node.
        Map<Block, int[]> range = new IdentityHashMap<>();
        Map<Node, Integer> position = new IdentityHashMap<>();
        int pos = 0;
        for (Block b : g.blocks) {
            int start = pos;
            for (Node phi : b.phis) position.put(phi, start);
            pos++;
            for (Node n : b.nodes) position.put(n, pos++);
            range.put(b, new int[] {start, pos - 1});
        }
        // Liveness: uses and definitions per block, then live-out to a fixed point.
        Map<Block, Set<Node>> liveIn = new IdentityHashMap<>(), liveOut = new IdentityHashMap<>();
        for (Block b : g.blocks) { liveIn.put(b, new HashSet<>()); liveOut.put(b, new HashSet<>()); }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = g.blocks.size() - 1; i >= 0; i--) {
                Block b = g.blocks.get(i);
                Set<Node> out = new HashSet<>();
                for (Block s : b.successors) {
                    for (Node v : liveIn.get(s)) if (!s.phis.contains(v)) out.add(v);
                    int index = s.predecessors.indexOf(b);
                    for (Node phi : s.phis) out.add(phi.input(index));
                }
                Set<Node> live = new HashSet<>(out);
                for (int k = b.nodes.size() - 1; k >= 0; k--) {
                    Node n = b.nodes.get(k);
                    usesAfter(g, n, live::add);
                    live.remove(n);
                    usesAt(g, n, stressDeopt, live::add);
                }
                live.removeAll(b.phis);
                if (!out.equals(liveOut.get(b))) { liveOut.put(b, out); changed = true; }
                if (!live.equals(liveIn.get(b))) { liveIn.put(b, live); changed = true; }
            }
        }
        // Intervals: the hull of every position where a value is defined or live.
        Map<Node, int[]> interval = new HashMap<>();
        for (Block b : g.blocks) {
            int[] r = range.get(b);
            for (Node v : liveIn.get(b)) cover(interval, v, r[0]);
            for (Node v : liveOut.get(b)) cover(interval, v, r[1]);
            for (Node phi : b.phis) {
                cover(interval, phi, r[0]);
                // Written at the end of each predecessor.
                for (Block p : b.predecessors) cover(interval, phi, range.get(p)[1]);
            }
            for (Node n : b.nodes) {
                int at = position.get(n);
                if (n.op.producesValue() && used.contains(n)) cover(interval, n, at);
                uses(g, n, stressDeopt, v -> cover(interval, v, at));
            }
            for (Block s : b.successors) {
                int index = s.predecessors.indexOf(b);
                for (Node phi : s.phis) cover(interval, phi.input(index), r[1]);
            }
        }
        // Values live through a loop: liveOut of the back edge's block already covers the loop's end,
        // and liveIn of the header its start; the hull spans the whole loop.
        List<Node> order = new ArrayList<>(interval.keySet());
        order.sort(Comparator.comparingInt((Node n) -> interval.get(n)[0]).thenComparingInt(n -> n.id));
        Map<Node, Integer> slots = new IdentityHashMap<>();
        Map<Kind, List<Integer>> free = new HashMap<>();
        for (Kind k : Kind.values()) free.put(k, new ArrayList<>());
        PriorityQueue<Node> active = new PriorityQueue<>(Comparator.comparingInt(n -> interval.get(n)[1]));
        int next = firstSlot;
        for (Node n : order) {
            int start = interval.get(n)[0];
            while (!active.isEmpty() && interval.get(active.peek())[1] < start) {
                Node done = active.poll();
                free.get(kind(done)).add(slots.get(done));
            }
            List<Integer> pool = free.get(kind(n));
            int slot;
            if (!pool.isEmpty()) slot = pool.removeLast();
            else { slot = next; next += kind(n) == Kind.DOUBLE ? 2 : 1; }
            slots.put(n, slot);
            active.add(n);
        }
        return new Allocation(slots, next, used, liveIn);
    }

    private static void cover(Map<Node, int[]> interval, Node v, int at) {
        int[] r = interval.get(v);
        if (r == null) interval.put(v, new int[] {at, at});
        else { r[0] = Math.min(r[0], at); r[1] = Math.max(r[1], at); }
    }

    private static void uses(Graph g, Node n, boolean stressDeopt, java.util.function.Consumer<Node> use) {
        usesAt(g, n, stressDeopt, use);
        usesAfter(g, n, use);
    }

    /** What n reads as it runs: its inputs and, where it may leave for the interpreter, its frame state's values. */
    private static void usesAt(Graph g, Node n, boolean stressDeopt, java.util.function.Consumer<Node> use) {
        for (int i = 0; i < n.inputCount(); i++) if (n.input(i) != null) use.accept(n.input(i));
        if (n.frameState != null && (n.op.canDeoptimize() || stressDeopt && n.op != Op.THROW || catchesInInterpreter(g, n))) {
            for (Node v : exitValues(g, n.frameState)) use.accept(v);
        }
    }

    /** What is read just after n: the after-state when n is followed by the invalidation check (n's own value may be among it). */
    private static void usesAfter(Graph g, Node n, java.util.function.Consumer<Node> use) {
        if (leavesWhenInvalidated(g, n)) for (Node v : exitValues(g, n.afterState)) use.accept(v);
    }
}
