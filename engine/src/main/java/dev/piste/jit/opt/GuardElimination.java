package dev.piste.jit.opt;

import dev.piste.runtime.objects.Shape;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Removes guards whose answer is already known: unboxing checks of values boxed in the same code (see
 * unboxBoxes), and shape checks: a {@link Op#CHECK_SHAPE} of a value that an
 * earlier check (or a transition store) on every path to it has pinned to one of the allowed shapes,
 * with nothing in between that could change a shape. The facts flow through a block and into a
 * successor that has it as its only predecessor; anything that may run JavaScript or change a shape
 * (generic nodes, transition stores, polymorphic stores) forgets them.
 *
 * <p>Requirements for contributors: a node kind that can change an object's shape must forget the
 * facts here ({@link #forgets}); a constant is identified by its value, since every use of a constant
 * is a node of its own.
 */
public final class GuardElimination {
    private GuardElimination() {}

    public static int run(Graph g) {
        int removed = unboxBoxes(g);
        Map<Block, Map<Object, Shape>> atEnd = new IdentityHashMap<>();
        for (Block b : g.blocks) {
            Map<Object, Shape> known = b.predecessors.size() == 1 && atEnd.containsKey(b.predecessors.getFirst())
                ? new IdentityHashMap<>(atEnd.get(b.predecessors.getFirst())) : new IdentityHashMap<>();
            var it = b.nodes.iterator();
            while (it.hasNext()) {
                Node n = it.next();
                if (n.op == Op.CHECK_SHAPE) {
                    Object key = key(n.input(0));
                    Shape[] allowed = (Shape[]) n.data;
                    Shape s = known.get(key);
                    if (s != null && contains(allowed, s)) { it.remove(); removed++; continue; }
                    if (allowed.length == 1) known.put(key, allowed[0]);
                } else if (forgets(n)) {
                    known.clear();
                    if (n.op == Op.TRANSITION_STORE) known.put(key(n.input(0)), ((PropertySpeculation.Transition) n.data).to());
                }
            }
            atEnd.put(b, known);
        }
        return removed;
    }

    /**
     * A check that unboxes a box made here cannot fail: CHECKED_TO_INT32 of a BOX_INT32 is the int32
     * boxed, CHECKED_TO_FLOAT64 of a BOX_FLOAT64 the float64, of a BOX_INT32 a conversion (common where
     * inlining joins a caller's unboxed value to a callee's check).
     */
    private static int unboxBoxes(Graph g) {
        java.util.Map<Node, Node> replace = new IdentityHashMap<>();
        for (Block b : g.blocks) {
            for (Node n : b.nodes) {
                if (n.inputCount() != 1) continue;
                Node in = n.input(0);
                if (n.op == Op.CHECKED_TO_INT32 && in.op == Op.BOX_INT32) replace.put(n, in.input(0));
                else if (n.op == Op.CHECKED_TO_FLOAT64 && in.op == Op.BOX_FLOAT64) replace.put(n, in.input(0));
                else if (n.op == Op.CHECKED_TO_FLOAT64 && in.op == Op.BOX_INT32) {
                    n.op = Op.INT32_TO_FLOAT64;
                    n.frameState = null;
                    n.setInputs(new Node[] {in.input(0)});
                }
            }
        }
        if (replace.isEmpty()) return 0;
        for (Block b : g.blocks) {
            b.nodes.removeIf(replace::containsKey);
            for (Node phi : b.phis) redirect(phi, replace);
            for (Node n : b.nodes) {
                redirect(n, replace);
                n.frameState = redirect(n.frameState, replace);
                n.afterState = redirect(n.afterState, replace);
            }
        }
        return replace.size();
    }

    private static void redirect(Node n, java.util.Map<Node, Node> replace) {
        for (int i = 0; i < n.inputCount(); i++) if (replace.containsKey(n.input(i))) n.inputs[i] = replace.get(n.input(i));
    }

    private static FrameState redirect(FrameState s, java.util.Map<Node, Node> replace) {
        if (s == null) return null;
        Node[] registers = s.registers.clone();
        boolean changed = false;
        for (int i = 0; i < registers.length; i++) {
            if (registers[i] != null && registers[i].op == Op.VIRTUAL_OBJECT) redirect(registers[i], replace);
            if (registers[i] != null && replace.containsKey(registers[i])) { registers[i] = replace.get(registers[i]); changed = true; }
        }
        if (s.accumulator.op == Op.VIRTUAL_OBJECT) redirect(s.accumulator, replace);
        if (s.call != null && s.call.thisArg().op == Op.VIRTUAL_OBJECT) redirect(s.call.thisArg(), replace);
        Node acc = replace.getOrDefault(s.accumulator, s.accumulator);
        FrameState outer = redirect(s.outer, replace);
        FrameState.InlinedCall call = s.call == null ? null : new FrameState.InlinedCall(s.call.function(), replace.getOrDefault(s.call.closure(), s.call.closure()),
            replace.getOrDefault(s.call.thisArg(), s.call.thisArg()), s.call.arguments().stream().map(a -> replace.getOrDefault(a, a)).toList(), s.call.construct());
        if (!changed && acc == s.accumulator && outer == s.outer && (call == null || call.equals(s.call))) return s;
        return new FrameState(s.pc, acc, registers, outer, call);
    }

    private static boolean forgets(Node n) {
        return switch (n.op) {
            case GENERIC, TRANSITION_STORE, CHECKED_STORE_NAMED, STORE_ELEMENT -> true;
            default -> false;
        };
    }

    private static Object key(Node v) { return v.op == Op.CONSTANT ? v.data : v; }

    private static boolean contains(Shape[] shapes, Shape s) {
        for (Shape x : shapes) if (x == s) return true;
        return false;
    }
}
