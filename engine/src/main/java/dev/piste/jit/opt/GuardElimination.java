package dev.piste.jit.opt;

import dev.piste.runtime.objects.Shape;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Removes guards whose answer is already known: unboxing checks of values boxed in the same code (see
 * unboxBoxes), and shape checks: a {@link Op#CHECK_SHAPE} of a value that an
 * earlier check (or a transition store) on every path to it has pinned to one of the allowed shapes,
 * with nothing in between that could change a shape. The facts flow through a block and from a
 * block's immediate dominator into it when no path between them runs anything that may run
 * JavaScript or change a shape (generic nodes, transition stores, polymorphic stores): those forget
 * them.
 *
 * <p>Requirements for contributors: a node kind that can change an object's shape must forget the
 * facts here ({@link Effects#changesShapes}); a constant is identified by its value, since every use of a constant
 * is a node of its own.
 */
public final class GuardElimination {
    private GuardElimination() {}

    public static int run(Graph g) {
        int removed = unboxBoxes(g);
        int[] checks = {0};
        Dominators.<Map<Object, Shape>>forwardFacts(g, b -> b.nodes.stream().anyMatch(Effects::changesShapes), IdentityHashMap::new, IdentityHashMap::new, (b, known) -> {
            var it = b.nodes.iterator();
            while (it.hasNext()) {
                Node n = it.next();
                if (n.op == Op.CHECK_SHAPE) {
                    Object key = key(n.input(0));
                    Shape[] allowed = (Shape[]) n.data;
                    Shape s = known.get(key);
                    if (s != null && contains(allowed, s)) { it.remove(); checks[0]++; continue; }
                    if (allowed.length == 1) known.put(key, allowed[0]);
                } else if (Effects.changesShapes(n)) {
                    known.clear();
                    if (n.op == Op.TRANSITION_STORE) known.put(key(n.input(0)), ((PropertySpeculation.Transition) n.data).to());
                }
            }
            return known;
        });
        removed += checks[0];
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
        g.redirect(replace);
        for (Block b : g.blocks) b.nodes.removeIf(replace::containsKey);
        return replace.size();
    }

    private static Object key(Node v) { return v.op == Op.CONSTANT ? v.data : v; }

    private static boolean contains(Shape[] shapes, Shape s) {
        for (Shape x : shapes) if (x == s) return true;
        return false;
    }
}
