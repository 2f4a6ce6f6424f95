package dev.piste.jit.opt;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Redundant load elimination: a {@link Op#LOAD_FIELD} of a slot of an object whose value is already
 * known there (loaded, or stored by a {@link Op#STORE_FIELD}, earlier on every path to it, with nothing
 * in between that may write that slot) is that value. Facts are (object, slot) -> value. A store to
 * slot k forgets slot k of every object (another node may be the same object) and knows the value it
 * stored; anything else that may write fields or change shapes ({@link Effects#writesFields}) forgets
 * them all. Facts flow through a block, and from a block's immediate dominator into it when no block on
 * a path between them writes fields (as in GuardElimination).
 *
 * <p>Requirements for contributors: only loads and stores of one slot whatever the shape take part
 * (a polymorphic one reads a slot chosen at run time); a node kind that may write an object's slots
 * must count as writing fields in Effects.
 */
public final class LoadElimination {
    private LoadElimination() {}

    private record Slot(Node object, int slot) {}

    public static int run(Graph g) {
        Map<Node, Node> replace = new IdentityHashMap<>();
        Dominators.<Map<Slot, Node>>forwardFacts(g, b -> b.nodes.stream().anyMatch(Effects::writesFields), HashMap::new, HashMap::new, (b, known) -> {
            var it = b.nodes.iterator();
            while (it.hasNext()) {
                Node n = it.next();
                if (n.op == Op.LOAD_FIELD && n.data instanceof PropertySpeculation.Fields f && f.oneSlot()) {
                    Slot key = new Slot(resolve(n.input(0), replace), f.slots()[0]);
                    Node value = known.get(key);
                    if (value != null) {
                        it.remove();
                        replace.put(n, value);
                        continue;
                    }
                    known.put(key, n);
                } else if (n.op == Op.STORE_FIELD && n.data instanceof PropertySpeculation.Fields f && f.oneSlot()) {
                    int slot = f.slots()[0];
                    known.keySet().removeIf(k -> k.slot() == slot);
                    known.put(new Slot(resolve(n.input(0), replace), slot), resolve(n.input(1), replace));
                } else if (Effects.writesFields(n)) {
                    known.clear();
                }
            }
            return known;
        });
        g.redirect(replace);
        return replace.size();
    }

    private static Node resolve(Node v, Map<Node, Node> replace) {
        while (replace.containsKey(v)) v = replace.get(v);
        return v;
    }
}
