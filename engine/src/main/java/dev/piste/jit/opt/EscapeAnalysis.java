package dev.piste.jit.opt;

import dev.piste.runtime.objects.Shape;
import dev.piste.runtime.values.Undefined;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scalar replacement of allocations that do not escape. An object made by an inlined {@code new}
 * ({@link Op#ALLOCATE}) or an object literal ({@link Op#NEW_OBJECT}) whose every use is its own shape checks, field loads and stores (as the
 * receiver), the constructor's result and frame states, all on the straight line of blocks the
 * inlining made (past its end, frame states only: a cold path that ends in a deoptimization, say),
 * is not made at all: its fields are values, loads read them, its shape is known at
 * each point, its checks go, and a guard that objects of the constructor still start with the shape
 * the code expects ({@link Op#CHECK_INITIAL_SHAPE}) replaces the allocation. Where a frame state
 * mentions the object it becomes a {@link Op#VIRTUAL_OBJECT} (its shape and slot values at that
 * point): deoptimization makes the object then, indistinguishable from one the interpreter made.
 *
 * <p>Requirements for contributors: a node kind that can use an object in a way not listed in
 * {@link #use} makes it escape; the analysis only follows blocks that have one predecessor, so the
 * object's state at every point is the one of the single path to it. Field values are tagged (stores
 * box what they store), and a virtual object holds no other virtual object (storing an object makes
 * it escape).
 */
public final class EscapeAnalysis {
    private EscapeAnalysis() {}

    public static void run(Graph g) {
        List<Node> allocations = new ArrayList<>();
        for (Block b : g.blocks) for (Node n : b.nodes) if (n.op == Op.ALLOCATE || n.op == Op.NEW_OBJECT) allocations.add(n);
        for (Node a : allocations) replace(g, a);
    }

    /**
     * The nodes from a's on, along blocks that each have one predecessor (the previous one); a branch
     * one side of which is a dead end (a block that only deoptimizes, see DeadCodeElimination) goes on
     * along the other side, the dead end's nodes in between (they run, if ever, with the object as it
     * is at the branch).
     */
    private static List<Node> path(Node a, Set<Node> inDeadEnds) {
        List<Node> path = new ArrayList<>();
        Block b = a.block;
        List<Node> nodes = b.nodes.subList(b.nodes.indexOf(a), b.nodes.size());
        Set<Block> seen = new HashSet<>();
        while (seen.add(b)) {
            path.addAll(nodes);
            Block next = null;
            if (b.successors.size() == 1) {
                next = b.successors.getFirst();
            } else if (b.successors.size() == 2) {
                Block s0 = b.successors.get(0), s1 = b.successors.get(1);
                Block dead = deadEnd(s0) ? s0 : deadEnd(s1) ? s1 : null;
                if (dead != null && seen.add(dead)) {
                    path.addAll(dead.nodes);
                    inDeadEnds.addAll(dead.nodes);
                    next = dead == s0 ? s1 : s0;
                }
            }
            if (next == null || next.predecessors.size() != 1) break;
            b = next;
            path.addAll(b.phis);
            nodes = b.nodes;
        }
        return path;
    }

    private static boolean deadEnd(Block s) {
        return s.successors.isEmpty() && s.predecessors.size() == 1 && s.end() != null && s.end().op == Op.DEOPTIMIZE;
    }

    private static void replace(Graph g, Node a) {
        Set<Node> inDeadEnds = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Node> path = path(a, inDeadEnds);
        Set<Node> onPath = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        onPath.addAll(path);
        // The object and what stands for it (the constructor's result, a one-input phi of it, this of a sloppy constructor).
        Set<Node> self = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        self.add(a);
        // Frame registers (of the compiled function's own frame) whose value is the object: a load of one is the object too.
        Set<Integer> held = new HashSet<>();
        for (Node n : path) {
            if (n.op == Op.PHI && n.inputCount() == 1 && self.contains(n.input(0))) self.add(n);
            else if (n.op == Op.CONSTRUCT_RESULT && self.contains(n.input(1)) && (self.contains(n.input(0))
                || n.input(0).op == Op.CONSTANT && n.input(0).data == Undefined.INSTANCE)) self.add(n);
            else if (n.op == Op.SLOPPY_THIS && self.contains(n.input(1))) self.add(n);
            else if (n.op == Op.STORE_FRAME_REGISTER && inDeadEnds.contains(n)) {
                // A dead end must leave the object, and the frame registers that hold it, as the branch had them.
                if (self.contains(n.input(0)) || held.contains((Integer) n.data)) return;
            } else if (n.op == Op.STORE_FRAME_REGISTER) {
                if (self.contains(n.input(0))) held.add((Integer) n.data); else held.remove((Integer) n.data);
            } else if (n.op == Op.LOAD_FRAME_REGISTER && held.contains((Integer) n.data)) self.add(n);
            // A generic instruction may read frame registers by index: the object would have to exist.
            else if (n.op == Op.GENERIC && !held.isEmpty()) return;
        }
        // Past the path the frame would have to hold the object: only when nothing comes after it.
        Node last = path.getLast();
        if (!held.isEmpty() && last.op != Op.RETURN && last.op != Op.THROW) return;
        // Every use must be one we can follow, on the path; past it (where control only goes from the
        // path's last block), frame states alone may mention the object: it is as the path left it.
        List<Node> pastPath = new ArrayList<>();
        for (Block b : g.blocks) {
            for (Node n : concat(b.phis, b.nodes)) {
                boolean uses = false;
                for (int i = 0; i < n.inputCount(); i++) if (self.contains(n.input(i))) uses = true;
                if (mentions(n.frameState, self) || mentions(n.afterState, self)) uses = true;
                if (!uses || self.contains(n) && n != a) continue;
                if (onPath.contains(n)) {
                    if (!use(n, self) || inDeadEnds.contains(n) && usesAsInput(n, self)) return;
                } else if (held.isEmpty() && !usesAsInput(n, self)) {
                    pastPath.add(n);
                } else {
                    return;
                }
            }
        }
        // The shape the object starts with: a literal's is known; for a constructor's, the first use as an
        // input must be a check that fixes it.
        Node first = null;
        for (Node n : path) if (n != a && !self.contains(n) && usesAsInput(n, self)) { first = n; break; }
        Shape shape;
        if (a.op == Op.NEW_OBJECT) {
            shape = (Shape) a.data;
        } else {
            if (first == null || first.op != Op.CHECK_SHAPE || ((Shape[]) first.data).length != 1) return;
            shape = ((Shape[]) first.data)[0];
        }
        if (shape.isDictionary() || shape.propertyCount() != 0) return;
        Shape initial = shape;
        // Walk the path: the shape and slots as they are at each point.
        List<Node> slots = new ArrayList<>();
        Map<Node, Node> replacements = new IdentityHashMap<>();
        List<Node> removed = new ArrayList<>();
        Map<FrameState, FrameState> snapshot = new IdentityHashMap<>();
        Node virtual = null;
        held.clear();
        for (Node n : path) {
            if (n == a) continue;
            if (mentions(n.frameState, self) || mentions(n.afterState, self) || !held.isEmpty() && (n.frameState != null || n.afterState != null)) {
                if (virtual == null) {
                    virtual = virtualObject(g, shape, slots);
                    snapshot.clear();
                }
                n.frameState = rewrite(n.frameState, self, virtual, held, snapshot);
                n.afterState = rewrite(n.afterState, self, virtual, held, snapshot);
            }
            if (self.contains(n)) { removed.add(n); continue; }
            switch (n.op) {
                case STORE_FRAME_REGISTER -> {
                    if (inDeadEnds.contains(n)) continue; // a register the object is not in (see above)
                    if (self.contains(n.input(0))) { held.add((Integer) n.data); removed.add(n); }
                    else held.remove((Integer) n.data);
                    snapshot.clear();
                }
                case CHECK_SHAPE -> {
                    if (!self.contains(n.input(0))) continue;
                    if (!Arrays.asList((Shape[]) n.data).contains(shape)) return; // would always fail: leave the object alone
                    removed.add(n);
                }
                case LOAD_FIELD -> {
                    if (!self.contains(n.input(0))) continue;
                    int slot = slotFor((PropertySpeculation.Fields) n.data, shape);
                    if (slot < 0 || slot >= slots.size()) return;
                    replacements.put(n, slots.get(slot));
                    removed.add(n);
                }
                case STORE_FIELD -> {
                    if (!self.contains(n.input(0))) continue;
                    int slot = slotFor((PropertySpeculation.Fields) n.data, shape);
                    if (slot < 0 || slot >= slots.size()) return;
                    slots.set(slot, n.input(1));
                    replacements.put(n, n.input(1));
                    removed.add(n);
                    virtual = null;
                }
                case TRANSITION_STORE -> {
                    if (!self.contains(n.input(0))) continue;
                    var t = (PropertySpeculation.Transition) n.data;
                    if (t.slot() != slots.size()) return;
                    slots.add(n.input(1));
                    shape = t.to();
                    replacements.put(n, n.input(1));
                    removed.add(n);
                    virtual = null;
                }
                default -> {}
            }
        }
        if (!pastPath.isEmpty()) {
            Node atEnd = virtualObject(g, shape, slots);
            Map<FrameState, FrameState> memo = new IdentityHashMap<>();
            for (Node n : pastPath) {
                n.frameState = rewrite(n.frameState, self, atEnd, Set.of(), memo);
                n.afterState = rewrite(n.afterState, self, atEnd, Set.of(), memo);
            }
        }
        // Committed: a constructor's allocation becomes the check of the shape objects of the constructor
        // start with; a literal's goes (its shape is the realm's, which the code was made for).
        if (a.op == Op.NEW_OBJECT) {
            removed.add(a);
        } else {
            a.op = Op.CHECK_INITIAL_SHAPE;
            a.data = initial;
        }
        for (Node n : removed) if (n != a || a.op == Op.NEW_OBJECT) n.block.nodes.remove(n);
        for (Node n : removed) if (n.op == Op.PHI) n.block.phis.remove(n);
        // What read the removed loads and stores now reads their values: inputs, virtual objects' slots, frame states.
        g.redirect(replacements);
    }

    /** The slot a field access finds for shape, or -1. */
    private static int slotFor(PropertySpeculation.Fields f, Shape shape) {
        for (int i = 0; i < f.shapes().length; i++) if (f.shapes()[i] == shape) return f.slots()[i];
        return -1;
    }

    /** Whether n's use of the object is one this analysis follows. */
    private static boolean use(Node n, Set<Node> self) {
        // Through its frame states only (a guard whose deopt would make the object): followed.
        if (!usesAsInput(n, self)) return true;
        return switch (n.op) {
            case CHECK_SHAPE, LOAD_FIELD, STORE_FRAME_REGISTER -> true;
            case STORE_FIELD, TRANSITION_STORE -> self.contains(n.input(0)) && !self.contains(n.input(1));
            default -> false;
        };
    }

    private static boolean usesAsInput(Node n, Set<Node> self) {
        for (int i = 0; i < n.inputCount(); i++) if (self.contains(n.input(i))) return true;
        return false;
    }

    private static boolean mentions(FrameState s, Set<Node> self) {
        if (s == null) return false;
        if (self.contains(s.accumulator)) return true;
        for (Node r : s.registers) if (r != null && self.contains(r)) return true;
        if (s.call != null && (self.contains(s.call.closure()) || self.contains(s.call.thisArg()) || s.call.arguments().stream().anyMatch(self::contains))) return true;
        return mentions(s.outer, self);
    }

    private static Node virtualObject(Graph g, Shape shape, List<Node> slots) {
        Node v = g.newNode(Op.VIRTUAL_OBJECT, -1, slots.toArray(new Node[0])).withData(shape);
        return v;
    }

    /**
     * s with the object replaced by v, and the frame registers that hold it (of the outermost frame) given
     * v (memoized per virtual object and held set: states between two stores share their rewrite).
     */
    private static FrameState rewrite(FrameState s, Set<Node> self, Node v, Set<Integer> held, Map<FrameState, FrameState> done) {
        if (s == null) return null;
        FrameState r = done.get(s);
        if (r != null) return r;
        Node[] registers = s.registers.clone();
        for (int i = 0; i < registers.length; i++) if (registers[i] != null && self.contains(registers[i])) registers[i] = v;
        if (s.outer == null) for (int h : held) registers[h] = v;
        Node acc = self.contains(s.accumulator) ? v : s.accumulator;
        FrameState.InlinedCall call = s.call;
        if (call != null) {
            call = new FrameState.InlinedCall(call.function(), self.contains(call.closure()) ? v : call.closure(), self.contains(call.thisArg()) ? v : call.thisArg(),
                call.arguments().stream().map(x -> self.contains(x) ? v : x).toList(), call.construct());
        }
        r = new FrameState(s.pc, acc, registers, rewrite(s.outer, self, v, held, done), call);
        done.put(s, r);
        return r;
    }

    private static List<Node> concat(List<Node> a, List<Node> b) {
        List<Node> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
