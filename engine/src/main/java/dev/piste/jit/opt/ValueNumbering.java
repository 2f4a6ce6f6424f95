package dev.piste.jit.opt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Global value numbering: a pure value or a guard of values computed again where the same
 * computation dominates it is the earlier one. The later node goes; its uses (inputs, frame states)
 * use the earlier one. A guard dominated by the same guard cannot fail (values do not change), so it
 * goes too.
 *
 * <p>Only nodes whose result depends on their inputs alone are numbered ({@link
 * LoopInvariantCodeMotion#isPure}, {@link LoopInvariantCodeMotion#isValueGuard}); loads from memory
 * and shape checks are not (see GuardElimination for those).
 */
public final class ValueNumbering {
    private ValueNumbering() {}

    /**
     * What makes two nodes compute the same: the operation, its data (by equals: 0 and -0, 1 and 1.0
     * stay apart, JavaScript objects are compared by identity), the representation and the inputs.
     */
    private record Key(Op op, Object data, Representation representation, List<Node> inputs) {
        @Override public boolean equals(Object o) {
            if (!(o instanceof Key k) || op != k.op || representation != k.representation || inputs.size() != k.inputs.size()) return false;
            for (int i = 0; i < inputs.size(); i++) if (inputs.get(i) != k.inputs.get(i)) return false;
            return Objects.equals(data, k.data);
        }

        @Override public int hashCode() {
            int h = op.hashCode() * 31 + Objects.hashCode(representation);
            for (Node in : inputs) h = h * 31 + System.identityHashCode(in);
            return h * 31 + Objects.hashCode(data);
        }
    }

    public static int run(Graph g) {
        Map<Block, Block> idom = Dominators.of(g);
        Map<Key, List<Node>> seen = new HashMap<>();
        Map<Node, Node> replace = new IdentityHashMap<>();
        for (Block b : Dominators.reversePostOrder(g)) {
            var it = b.nodes.iterator();
            while (it.hasNext()) {
                Node n = it.next();
                if (!LoopInvariantCodeMotion.isPure(n.op) && !LoopInvariantCodeMotion.isValueGuard(n.op)) continue;
                Node[] inputs = n.inputs.clone();
                for (int i = 0; i < inputs.length; i++) inputs[i] = replace.getOrDefault(inputs[i], inputs[i]);
                // A lowered instruction keeps its bytecode operands as data: they say where it came from, not what it computes.
                Object data = n.data instanceof GraphBuilder.Generic ? null : n.data;
                Key key = new Key(n.op, data, n.representation, Arrays.asList(inputs));
                List<Node> candidates = seen.computeIfAbsent(key, k -> new ArrayList<>());
                Node same = null;
                for (Node c : candidates) if (Dominators.dominates(c.block, b, idom)) { same = c; break; }
                if (same == null) { candidates.add(n); n.block = b; continue; }
                it.remove();
                replace.put(n, same);
            }
        }
        g.redirect(replace);
        return replace.size();
    }
}
