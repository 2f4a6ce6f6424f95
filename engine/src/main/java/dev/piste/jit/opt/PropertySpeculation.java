package dev.piste.jit.opt;

import dev.piste.bytecode.Opcode;
import dev.piste.ic.FeedbackVector;
import dev.piste.ic.PropertyCache;
import dev.piste.ic.PropertyCache.Case;
import dev.piste.ic.PropertyCache.CaseKind;
import dev.piste.runtime.objects.Shape;
import dev.piste.runtime.values.Undefined;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape speculation pass. A named load or store whose inline cache holds one to four cases for
 * object receivers becomes a bet on those shapes: {@link Op#CHECK_SHAPE} guards on the receiver (the
 * prototypes the case walked keeping their shapes is a dependency of the code, see
 * {@link Graph#shapeDependencies}; a dispatch checks them inline) followed by a direct slot access
 * ({@link Op#LOAD_FIELD}, {@link Op#STORE_FIELD}, {@link Op#TRANSITION_STORE}), or, when the cases
 * do different things, one dispatch over them ({@link Op#CHECKED_LOAD_NAMED},
 * {@link Op#CHECKED_STORE_NAMED}). A receiver of another shape deoptimizes; the interpreter then runs
 * the instruction through its cache, which learns the new shape, so the next compilation covers it.
 *
 * <p>Requirements for contributors: a guard carries the frame state of the instruction it belongs
 * to (nothing of it has happened yet); the slot accesses after the guards cannot fail, call out or
 * throw. Cases the cache holds for primitives, accessors, array lengths, stale chains, and sites that
 * are uninitialized or megamorphic stay generic (the inline cache handles them).
 */
public final class PropertySpeculation {
    private PropertySpeculation() {}

    /** The slot of the property for each shape a LOAD_FIELD or STORE_FIELD may meet. */
    public record Fields(Shape[] shapes, int[] slots) {
        boolean oneSlot() { return Arrays.stream(slots).allMatch(s -> s == slots[0]); }
        @Override public String toString() {
            if (oneSlot()) return "slot " + slots[0];
            StringBuilder sb = new StringBuilder("slots");
            for (int i = 0; i < shapes.length; i++) sb.append(' ').append(shapes[i]).append(':').append(slots[i]);
            return sb.toString();
        }
    }

    /** A store that adds the property at {@code slot}, giving the receiver the shape {@code to}. */
    public record Transition(Shape to, int slot) {
        @Override public String toString() { return "slot " + slot + " -> " + to; }
    }

    /** The cases of a polymorphic dispatch. */
    public record Cases(List<Case> cases) {
        @Override public String toString() {
            return cases.stream().map(c -> c.kind().name().toLowerCase() + " " + c.receiverShape()).toList().toString();
        }
    }

    private static final Set<CaseKind> DISPATCHED_LOADS = EnumSet.of(CaseKind.OWN_FIELD, CaseKind.PROTO_FIELD, CaseKind.MISSING);
    private static final Set<CaseKind> DISPATCHED_STORES = EnumSet.of(CaseKind.STORE_FIELD, CaseKind.STORE_TRANSITION);

    public static void run(Graph g) {
        if (!(g.function.feedback instanceof FeedbackVector fv)) return;
        literals(g);
        // What used a megamorphic store's value (the accumulator it leaves as it was) uses that accumulator: the store has no value.
        java.util.Map<Node, Node> accumulators = new java.util.IdentityHashMap<>();
        g.rewrite((b, n, out) -> {
            if (n.op != Op.GENERIC || !(n.data instanceof GraphBuilder.Generic gen)
                || gen.opcode() != Opcode.GET_NAMED && gen.opcode() != Opcode.SET_NAMED) return false;
            PropertyCache cache = fv.property(gen.operands()[2]);
            if (cache.state() == dev.piste.ic.IcState.UNINITIALIZED && g.deoptimizeWithoutFeedback) out.add(g.insufficientFeedback(b, n));
            if (gen.opcode() == Opcode.GET_NAMED && cache.onlyStringLength()) {
                // s.length of a string: an int32, once the receiver is checked to be a string.
                Node obj = n.input(1);
                n.becomeChecked(Op.STRING_LENGTH, null, obj);
                n.representation = Representation.INT32;
                out.add(n);
                return true;
            }
            if (cache.state() == dev.piste.ic.IcState.MEGAMORPHIC && !cache.genericWithoutFrame) {
                // Through the stub cache, without the frame the generic access needs (so inlined code can have it too).
                if (gen.opcode() == Opcode.GET_NAMED) n.becomeChecked(Op.MEGAMORPHIC_LOAD, cache, n.input(1));
                else {
                    accumulators.put(n, n.input(0));
                    n.becomeChecked(Op.MEGAMORPHIC_STORE, cache, n.input(1), n.input(0));
                }
                out.add(n);
                return true;
            }
            List<Case> cases = cache.cases();
            return !cases.isEmpty() && (gen.opcode() == Opcode.GET_NAMED ? load(g, b, n, cases, out) : store(g, b, n, cases, out));
        });
        g.redirect(accumulators);
    }

    /**
     * Object literals: {@code {}} (CREATE_OBJECT) becomes a {@link Op#NEW_OBJECT} of the realm's root
     * shape for %Object.prototype%, and the properties the literal then defines by name
     * (DEFINE_NAMED, the object as yet seen by nothing else) {@link Op#TRANSITION_STORE}s along the
     * shapes that defining them makes, known here without feedback: the object has no other use
     * before them in its block (the first other use, or the block's end, ends that). A literal defined
     * past a fast shape's limit, or with an index or __proto__ key, stays generic from there on.
     */
    private static void literals(Graph g) {
        if (g.realm == null || g.realm.objectPrototype == null) return;
        Shape root = dev.piste.runtime.objects.JsObject.rootShapeFor(g.realm.objectPrototype);
        for (Block b : g.blocks) {
            Map<Node, Shape> fresh = new java.util.IdentityHashMap<>();
            for (Node n : b.nodes) {
                if (n.op == Op.GENERIC && n.data instanceof GraphBuilder.Generic gen && gen.opcode() == Opcode.CREATE_OBJECT) {
                    n.becomeChecked(Op.NEW_OBJECT, root);
                    fresh.put(n, root);
                    continue;
                }
                Shape to = null;
                if (n.op == Op.GENERIC && n.data instanceof GraphBuilder.Generic gen && gen.opcode() == Opcode.DEFINE_NAMED
                        && fresh.get(n.input(1)) instanceof Shape shape && n.input(0) != n.input(1)
                        && g.function.constants[gen.operands()[1]] instanceof String name
                        && !name.equals("__proto__") && dev.piste.runtime.objects.PropertyKey.arrayIndex(name) < 0) {
                    to = shape.withDataProperty(name);
                }
                if (to != null) {
                    Node obj = n.input(1), value = n.input(0);
                    n.become(Op.TRANSITION_STORE, new Transition(to, fresh.get(obj).propertyCount()), obj, value);
                    fresh.put(obj, to);
                    continue;
                }
                for (int i = 0; i < n.inputCount(); i++) fresh.remove(n.input(i));
            }
        }
    }

    /** acc = obj.name (inputs: acc, obj). */
    private static boolean load(Graph g, Block b, Node n, List<Case> cases, List<Node> out) {
        Node obj = n.input(1);
        if (cases.stream().allMatch(c -> c.kind() == CaseKind.ARRAY_LENGTH)) {
            checkShapes(g, b, n, obj, shapes(cases), out);
            n.becomeChecked(Op.ARRAY_LENGTH, null, obj); // a length past the int32 range deoptimizes
            n.representation = Representation.INT32;
        } else if (cases.stream().allMatch(c -> c.kind() == CaseKind.OWN_FIELD)) {
            checkShapes(g, b, n, obj, shapes(cases), out);
            n.become(Op.LOAD_FIELD, new Fields(shapes(cases), slots(cases)), obj);
        } else if (cases.size() == 1 && (cases.getFirst().kind() == CaseKind.PROTO_FIELD || cases.getFirst().kind() == CaseKind.MISSING)) {
            Case c = cases.getFirst();
            checkShapes(g, b, n, obj, new Shape[] {c.receiverShape()}, out);
            checkChain(g, b, n, c, out);
            if (c.kind() == CaseKind.MISSING) {
                n.become(Op.CONSTANT, Undefined.INSTANCE);
            } else {
                Node holder = constant(g, b, c.holder(), out);
                n.become(Op.LOAD_FIELD, new Fields(new Shape[] {c.chainShapes().getLast()}, new int[] {c.slot()}), holder);
            }
        } else if (cases.stream().allMatch(c -> DISPATCHED_LOADS.contains(c.kind()))) {
            n.op = Op.CHECKED_LOAD_NAMED;
            n.data = new Cases(cases);
            n.setInputs(new Node[] {obj});
        } else {
            return false;
        }
        out.add(n);
        return true;
    }

    /** obj.name = acc (inputs: acc, obj); the accumulator keeps the value. */
    private static boolean store(Graph g, Block b, Node n, List<Case> cases, List<Node> out) {
        Node value = n.input(0), obj = n.input(1);
        if (cases.stream().allMatch(c -> c.kind() == CaseKind.STORE_FIELD)) {
            checkShapes(g, b, n, obj, shapes(cases), out);
            n.become(Op.STORE_FIELD, new Fields(shapes(cases), slots(cases)), obj, value);
        } else if (cases.size() == 1 && cases.getFirst().kind() == CaseKind.STORE_TRANSITION) {
            Case c = cases.getFirst();
            checkShapes(g, b, n, obj, new Shape[] {c.receiverShape()}, out);
            checkChain(g, b, n, c, out);
            FrameState after = n.afterState;
            n.become(Op.TRANSITION_STORE, new Transition(c.transition(), c.slot()), obj, value);
            // Adding a property changes a shape: if the object is a prototype some code depends on, this
            // code may be invalidated by its own store, and must leave right after it (see OptCompiler).
            n.afterState = after;
        } else if (cases.stream().allMatch(c -> DISPATCHED_STORES.contains(c.kind()))) {
            n.op = Op.CHECKED_STORE_NAMED;
            n.data = new Cases(cases);
            n.setInputs(new Node[] {obj, value});
        } else {
            return false;
        }
        out.add(n);
        return true;
    }


    private static void checkShapes(Graph g, Block b, Node n, Node obj, Shape[] shapes, List<Node> out) {
        out.add(g.guard(Op.CHECK_SHAPE, b, n, obj).withData(shapes));
    }

    /**
     * The prototypes a case walked keep the shapes they had when it was cached: an assumption of the
     * code ({@link Graph#shapeDependencies}), not a guard, since prototypes rarely change.
     */
    private static void checkChain(Graph g, Block b, Node n, Case c, List<Node> out) {
        for (int i = 0; i < c.chain().size(); i++) g.shapeDependencies.add(new Graph.ShapeDependency(c.chain().get(i), c.chainShapes().get(i)));
    }

    private static Node constant(Graph g, Block b, Object value, List<Node> out) {
        Node c = g.newNode(Op.CONSTANT, -1).withData(value);
        c.block = b;
        out.add(c);
        return c;
    }

    private static Shape[] shapes(List<Case> cases) { return cases.stream().map(Case::receiverShape).toArray(Shape[]::new); }
    private static int[] slots(List<Case> cases) { return cases.stream().mapToInt(Case::slot).toArray(); }
}
