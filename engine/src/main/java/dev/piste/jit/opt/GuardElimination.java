package dev.piste.jit.opt;

import dev.piste.runtime.objects.Shape;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Removes shape checks whose answer is already known: a {@link Op#CHECK_SHAPE} of a value that an
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
        int removed = 0;
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
