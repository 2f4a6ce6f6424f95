package dev.piste.jit.opt;

import dev.piste.bytecode.BytecodeFunction;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Tier 2 from bytecode to a graph ready for code generation: the graph as built, then each pass in
 * order. A pass can be switched off by name ({@code --opt=-name}); the listing hook sees the graph
 * before the first pass and after each one ({@code --print-ir}).
 */
public final class Pipeline {
    private Pipeline() {}

    public record Pass(String name, String what, Consumer<Graph> run) {}

    public static final List<Pass> PASSES = List.of(
        new Pass("variables", "closure variables as context slots, cached globals guarded, initialization checks as guards", VariableAccess::run),
        new Pass("properties", "shape guards and direct slot accesses from the property caches", PropertySpeculation::run),
        new Pass("elements", "elements-kind and bounds guards, unboxed element loads and stores", ElementSpeculation::run),
        new Pass("calls", "builtins called through their intrinsics under a call-target guard", CallSpeculation::run),
        new Pass("numbers", "int32 and float64 speculation, value representations, boxing", Speculation::run),
        new Pass("dead", "what follows a deoptimization that always happens removed, with the blocks only it reached", DeadCodeElimination::run),
        new Pass("ranges", "overflow checks of counters bounded by a comparison removed", RangeAnalysis::run),
        new Pass("inline", "small functions a site always calls inlined, with their speculation", Inliner::run),
        new Pass("escapes", "objects of inlined constructors that do not escape replaced by their fields", EscapeAnalysis::run),
        new Pass("loops", "loop-invariant values and guards moved out of loops", LoopInvariantCodeMotion::run),
        new Pass("bounds", "bounds checks of element loads below a length read before (and a guard that the elements cover it) removed", BoundsCheckElimination::run),
        new Pass("values", "global value numbering of pure values and value guards", ValueNumbering::run),
        new Pass("loads", "a field load whose value is known (loaded or stored before, the slot not written since) replaced by it", LoadElimination::run),
        new Pass("guards", "removal of shape checks already known to pass", GuardElimination::run));

    /**
     * The passes switched off by a spec such as {@code -guards,-properties} (and inlining by
     * {@code --no-inline} when inline is false); throws
     * IllegalArgumentException, naming the passes, for anything else.
     */
    public static Set<String> disabled(String spec, boolean inline) {
        Set<String> off = new LinkedHashSet<>();
        if (!inline) off.add("inline");
        if (spec == null || spec.isBlank()) return off;
        for (String part : spec.split(",")) {
            String name = part.strip();
            if (!name.startsWith("-") || PASSES.stream().noneMatch(p -> p.name.equals(name.substring(1)))) {
                throw new IllegalArgumentException("--opt: '" + name + "' is not -<pass>; the passes are "
                    + PASSES.stream().map(Pass::name).collect(Collectors.joining(", ")));
            }
            off.add(name.substring(1));
        }
        return off;
    }

    /**
     * Builds fn's graph for entry at entryPc (0, or a loop header with the running frame's values, see
     * {@link GraphBuilder#build(BytecodeFunction, int, Object[], int)}) and runs the passes not switched off;
     * listing (may be null) gets each stage's title and graph.
     */
    public static Graph run(BytecodeFunction fn, int entryPc, Object[] entryValues, Set<String> off, boolean deoptimizeWithoutFeedback,
                            dev.piste.runtime.realm.Realm realm, ListingHook listing) throws GraphBuilder.Unsupported {
        Graph g = GraphBuilder.build(fn, entryPc, entryValues, 0);
        g.deoptimizeWithoutFeedback = deoptimizeWithoutFeedback;
        g.realm = realm;
        g.passesOff = off;
        passes(g, listing);
        lowerDoubleFieldStores(g);
        unboxFrameStates(g);
        return g;
    }

    /**
     * A STORE_FIELD of a boxed float64 writes the float64 into the slot's DoubleBox instead
     * (STORE_FIELD_FLOAT64): no Double allocated for each write of a number field in a loop. What used
     * the store's value uses the box node, which is then made only if something other than a frame
     * state needs it. Made after every pass, so that the passes see one kind of field store; not for
     * dictionary-mode shapes (their writes notify ValueWatch, which generated code does not).
     */
    static void lowerDoubleFieldStores(Graph g) {
        java.util.Map<Node, Node> replace = new java.util.IdentityHashMap<>();
        for (Block b : g.blocks) {
            for (Node n : b.nodes) {
                if (n.op != Op.STORE_FIELD || n.input(1).op != Op.BOX_FLOAT64) continue;
                var fields = (PropertySpeculation.Fields) n.data;
                if (java.util.Arrays.stream(fields.shapes()).anyMatch(s -> s.isDictionary())) continue;
                Node box = n.input(1);
                replace.put(n, box);
                n.become(Op.STORE_FIELD_FLOAT64, fields, n.input(0), box.input(0));
            }
        }
        g.redirect(replace);
    }

    /**
     * Frame states take the int32, float64 and boolean values themselves rather than their boxes: an
     * exit boxes what it writes (the same way), so a box that only deoptimization needs is not made on
     * the fast path (a counter past the Integer cache would otherwise be allocated on every iteration).
     * Virtual objects' slots stay as they are (tagged).
     */
    static void unboxFrameStates(Graph g) {
        java.util.function.UnaryOperator<Node> unbox = v -> switch (v.op) {
            case BOX_INT32, BOX_FLOAT64, BOX_BOOL -> v.input(0);
            default -> v;
        };
        java.util.Map<FrameState, FrameState> done = new java.util.IdentityHashMap<>();
        for (Block b : g.blocks) {
            for (Node n : b.nodes) {
                if (n.frameState != null) n.frameState = n.frameState.map(unbox, done);
                if (n.afterState != null) n.afterState = n.afterState.map(unbox, done);
            }
        }
    }

    private static Graph passes(Graph g, ListingHook listing) {
        if (listing != null) listing.print("as built", g);
        for (Pass p : PASSES) {
            if (g.passesOff.contains(p.name)) continue;
            p.run.accept(g);
            if (listing != null) listing.print("after " + p.name, g);
        }
        return g;
    }

    /** A function to inline into caller: its graph through the same passes, its node numbers following the caller's. */
    static Graph forInlining(BytecodeFunction fn, Graph caller) throws GraphBuilder.Unsupported {
        Graph g = GraphBuilder.build(fn, 0, null, caller.nextId, true);
        g.deoptimizeWithoutFeedback = caller.deoptimizeWithoutFeedback;
        g.realm = caller.realm;
        g.passesOff = caller.passesOff;
        g.inliningDepth = caller.inliningDepth + 1;
        passes(g, null);
        caller.nextId = g.nextId;
        return g;
    }

    @FunctionalInterface
    public interface ListingHook { void print(String stage, Graph g); }
}
