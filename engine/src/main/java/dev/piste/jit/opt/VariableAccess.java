package dev.piste.jit.opt;

import dev.piste.bytecode.Opcode;
import dev.piste.ic.FeedbackVector;
import dev.piste.ic.GlobalCache;
import dev.piste.ic.IcState;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.objects.Shape;
import dev.piste.runtime.objects.ValueWatch;
import dev.piste.runtime.realm.Realm;

import java.util.ArrayList;
import java.util.List;

/**
 * The variables pass: closure variables become direct slot accesses of the context
 * ({@link Op#LOAD_CONTEXT_SLOT}, {@link Op#STORE_CONTEXT_SLOT}, from the current context); a global
 * variable load whose cache has found it becomes a read guarded to still find it there
 * ({@link Op#LOAD_GLOBAL}); a temporal-dead-zone check becomes a guard that the binding is initialized
 * ({@link Op#CHECK_INITIALIZED}: the interpreter throws the ReferenceError). None of these needs the
 * frame, so they can be inlined. A global that was never reassigned is folded to its value: the
 * code depends on it keeping that value ({@link Graph#globalDependencies}), and is discarded when it
 * is assigned (a global assigned while code depended on it is not folded again).
 */
public final class VariableAccess {
    private VariableAccess() {}

    /** A context slot: so many contexts up from the given one, then the slot. */
    public record ContextSlot(int depth, int slot) {
        @Override public String toString() { return "up " + depth + " slot " + slot; }
    }

    /** A global variable: its cache (for a property of the global object) and name. */
    public record Global(GlobalCache cache, String name) {
        @Override public String toString() { return name; }
    }

    public static void run(Graph g) {
        FeedbackVector fv = g.function.feedback instanceof FeedbackVector v ? v : null;
        g.rewrite((b, n, out) -> {
            if (n.op != Op.GENERIC || !(n.data instanceof GraphBuilder.Generic gen)) return false;
            int[] o = gen.operands();
            switch (gen.opcode()) {
                case LDA_CONTEXT -> n.become(Op.LOAD_CONTEXT_SLOT, new ContextSlot(o[0], o[1]), context(g, b, out));
                case STA_CONTEXT -> n.become(Op.STORE_CONTEXT_SLOT, new ContextSlot(o[0], o[1]), context(g, b, out), n.input(0));
                case CHECK_HOLE -> {
                    Node value = n.input(0);
                    out.add(g.guard(Op.CHECK_INITIALIZED, b, n, value));
                    // The instruction's value is the accumulator, unchanged.
                    n.become(Op.PASS, null, value);
                }
                case LDA_GLOBAL -> {
                    if (fv == null) return false;
                    if (fv.global(o[1]).state() == IcState.UNINITIALIZED) {
                        // Never run (a cold error path, say): it deoptimizes when reached, so nothing after it is compiled.
                        if (g.deoptimizeWithoutFeedback) out.add(g.insufficientFeedback(b, n));
                        return false;
                    }
                    if (folded(g, fv.global(o[1])) instanceof Folded f) {
                        n.become(Op.CONSTANT, f.value());
                        break;
                    }
                    // It keeps its frame state: the read deoptimizes when the global is not where the cache found it.
                    n.op = Op.LOAD_GLOBAL;
                    n.data = new Global(fv.global(o[1]), (String) g.function.constants[o[0]]);
                    n.setInputs(new Node[0]);
                }
                default -> { return false; }
            }
            out.add(n);
            return true;
        });
    }

    /** A global's value the code may take as a constant. */
    private record Folded(Object value) {}

    /**
     * The value of the global the cache found, when the code may fold it: a const binding that is
     * initialized (it never changes), or a let/class binding or a data property of the global object
     * (var and function declarations, builtins such as Math) that was never assigned, deleted or
     * shadowed while code depended on it, with a dependency on its value. Null otherwise.
     */
    private static Folded folded(Graph g, GlobalCache cache) {
        Realm realm = cache.realm();
        if (realm == null) return null;
        String name = cache.name();
        if (cache.isLexical()) {
            Object v = realm.globalLexicals.get(name);
            if (v == null || v == Realm.HOLE) return null;
            if (realm.globalConstants.contains(name)) return new Folded(v);
            if (realm.lexicalChangedBefore(name)) return null;
            g.globalDependencies.add(new Graph.GlobalDependency(realm, name, null, -1, v));
            return new Folded(v);
        }
        JsObject global = realm.globalObject;
        Shape shape = global.shape();
        int slot = cache.slot();
        if (!shape.isDictionary() || slot < 0 || slot >= shape.slotCount() || !name.equals(shape.keyAt(slot))) return null;
        int attrs = shape.attributesAt(slot);
        // A configurable property may also be deleted (a write, as far as the watch goes) or shadowed by
        // a later global let, const or class of its name: the code watches the name for that too.
        if (PropertyAttributes.isAccessor(attrs) || ValueWatch.changedBefore(global, slot) || realm.lexicalChangedBefore(name)) return null;
        Object v = dev.piste.runtime.objects.DoubleBox.read(global.slots()[slot]);
        g.globalDependencies.add(new Graph.GlobalDependency(realm, name, global, slot, v));
        return new Folded(v);
    }

    private static Node context(Graph g, Block b, List<Node> out) {
        Node c = g.newNode(Op.LOAD_CONTEXT, -1);
        c.block = b;
        out.add(c);
        return c;
    }

}
