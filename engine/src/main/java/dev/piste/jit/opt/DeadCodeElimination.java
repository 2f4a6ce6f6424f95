package dev.piste.jit.opt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dead-code elimination: nothing after an unconditional deoptimization ({@link Op#DEOPTIMIZE}, a
 * site the interpreter never ran) ever runs, so it ends its block: the rest of the block and its
 * edges go, then the blocks no longer reachable, then the phis left with one value (they are that
 * value). Cold paths so cost no code, and the values only they used are dead.
 *
 * <p>Requirements for contributors: a block may end in {@link Op#DEOPTIMIZE} (no successors); code
 * that walks block ends must expect it.
 */
public final class DeadCodeElimination {
    private DeadCodeElimination() {}

    public static void run(Graph g) {
        boolean changed = false;
        for (Block b : g.blocks) {
            int k = -1;
            for (int i = 0; i < b.nodes.size(); i++) if (b.nodes.get(i).op == Op.DEOPTIMIZE) { k = i; break; }
            if (k < 0 || k == b.nodes.size() - 1 && b.successors.isEmpty()) continue;
            b.nodes.subList(k + 1, b.nodes.size()).clear();
            for (Block s : List.copyOf(b.successors)) removeEdges(b, s);
            changed = true;
        }
        if (!changed) return;
        // Blocks the entry no longer reaches go, with their edges into the others.
        Set<Block> reached = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Block> work = new ArrayDeque<>(List.of(g.blocks.getFirst()));
        while (!work.isEmpty()) {
            Block x = work.pop();
            if (reached.add(x)) work.addAll(x.successors);
        }
        for (Block u : g.blocks) {
            if (reached.contains(u)) continue;
            for (Block s : List.copyOf(u.successors)) removeEdges(u, s);
        }
        g.blocks.removeIf(u -> !reached.contains(u));
        for (int i = 0; i < g.blocks.size(); i++) g.blocks.get(i).id = i;
        // A phi whose inputs are all one value (besides itself) is that value.
        Map<Node, Node> replace = new IdentityHashMap<>();
        boolean again = true;
        while (again) {
            again = false;
            for (Block b : g.blocks) {
                for (Node phi : List.copyOf(b.phis)) {
                    Node same = null;
                    boolean trivial = true;
                    for (Node in : phi.inputs) {
                        Node v = resolve(in, replace);
                        if (v == phi || v == same) continue;
                        if (same != null) { trivial = false; break; }
                        same = v;
                    }
                    if (!trivial || same == null) continue;
                    replace.put(phi, same);
                    b.phis.remove(phi);
                    again = true;
                }
            }
        }
        g.redirect(replace);
    }

    private static Node resolve(Node v, Map<Node, Node> replace) {
        while (replace.containsKey(v)) v = replace.get(v);
        return v;
    }

    /** Removes every edge from from to to, and the phi inputs that came along them. */
    private static void removeEdges(Block from, Block to) {
        while (from.successors.remove(to)) {}
        for (int i = to.predecessors.size() - 1; i >= 0; i--) {
            if (to.predecessors.get(i) != from) continue;
            to.predecessors.remove(i);
            for (Node phi : to.phis) {
                List<Node> inputs = new ArrayList<>(Arrays.asList(phi.inputs));
                inputs.remove(i);
                phi.setInputs(inputs.toArray(new Node[0]));
            }
        }
    }
}
