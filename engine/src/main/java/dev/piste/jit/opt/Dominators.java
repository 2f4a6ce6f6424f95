package dev.piste.jit.opt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Dominance in a graph: blocks in reverse post-order, and immediate dominators. */
final class Dominators {
    private Dominators() {}

    /** Whether a dominates b, by the immediate dominators idom (see {@link #of}). */
    static boolean dominates(Block a, Block b, Map<Block, Block> idom) {
        for (Block x = b; x != null; x = idom.get(x) == x ? null : idom.get(x)) if (x == a) return true;
        return false;
    }

    /**
     * Facts flowing down the dominator tree: for each block in reverse post-order, what holds at its
     * start (a copy of what held at the end of its immediate dominator when no block on a path between
     * them passes forgets, else nothing known) goes to visit, whose result is what holds at its end.
     */
    static <F> void forwardFacts(Graph g, java.util.function.Predicate<Block> forgets, java.util.function.UnaryOperator<F> copy,
                                 java.util.function.Supplier<F> nothing, java.util.function.BiFunction<Block, F, F> visit) {
        Map<Block, Block> idom = of(g);
        java.util.Set<Block> forgetting = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Block b : g.blocks) if (forgets.test(b)) forgetting.add(b);
        Map<Block, F> atEnd = new java.util.IdentityHashMap<>();
        for (Block b : reversePostOrder(g)) {
            Block d = idom.get(b);
            F known = d != null && d != b && atEnd.containsKey(d) && !anyBetween(d, b, forgetting::contains) ? copy.apply(atEnd.get(d)) : nothing.get();
            atEnd.put(b, visit.apply(b, known));
        }
    }

    /**
     * Whether a block on a path from the end of from to the start of to (a block that reaches to
     * without passing through from; to itself when a loop leads back to it) passes test.
     */
    static boolean anyBetween(Block from, Block to, java.util.function.Predicate<Block> test) {
        java.util.Set<Block> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Deque<Block> work = new java.util.ArrayDeque<>(to.predecessors);
        while (!work.isEmpty()) {
            Block x = work.pop();
            if (x == from || !seen.add(x)) continue;
            if (test.test(x)) return true;
            work.addAll(x.predecessors);
        }
        return false;
    }

    static List<Block> reversePostOrder(Graph g) {
        List<Block> order = new ArrayList<>();
        java.util.Set<Block> seen = new java.util.HashSet<>();
        java.util.Deque<Object[]> stack = new java.util.ArrayDeque<>();
        Block entry = g.blocks.getFirst();
        seen.add(entry);
        stack.push(new Object[] {entry, 0});
        while (!stack.isEmpty()) {
            Object[] top = stack.peek();
            Block b = (Block) top[0];
            int i = (Integer) top[1];
            if (i < b.successors.size()) {
                top[1] = i + 1;
                Block s = b.successors.get(i);
                if (seen.add(s)) stack.push(new Object[] {s, 0});
            } else {
                stack.pop();
                order.add(b);
            }
        }
        java.util.Collections.reverse(order);
        return order;
    }

    /** Immediate dominators (Cooper, Harvey and Kennedy's iterative algorithm); the entry is its own. */
    static Map<Block, Block> of(Graph g) {
        List<Block> rpo = reversePostOrder(g);
        Map<Block, Integer> number = new HashMap<>();
        for (int i = 0; i < rpo.size(); i++) number.put(rpo.get(i), i);
        Map<Block, Block> idom = new HashMap<>();
        Block entry = rpo.getFirst();
        idom.put(entry, entry);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block b : rpo) {
                if (b == entry) continue;
                Block newIdom = null;
                for (Block p : b.predecessors) {
                    if (!idom.containsKey(p)) continue;
                    newIdom = newIdom == null ? p : intersect(p, newIdom, idom, number);
                }
                if (newIdom != null && idom.get(b) != newIdom) { idom.put(b, newIdom); changed = true; }
            }
        }
        return idom;
    }

    private static Block intersect(Block a, Block b, Map<Block, Block> idom, Map<Block, Integer> number) {
        while (a != b) {
            while (number.get(a) > number.get(b)) a = idom.get(a);
            while (number.get(b) > number.get(a)) b = idom.get(b);
        }
        return a;
    }

}
