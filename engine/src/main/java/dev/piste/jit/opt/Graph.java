package dev.piste.jit.opt;

import dev.piste.bytecode.BytecodeFunction;

import java.util.ArrayList;
import java.util.List;

/** The SSA graph of one function: blocks in bytecode order, the first one the entry. */
public final class Graph {
    public final BytecodeFunction function;
    public final List<Block> blocks = new ArrayList<>();
    int nextId;
    /** How deep this graph's function is inlined (0: the function being compiled), and the passes switched off. */
    int inliningDepth;
    java.util.Set<String> passesOff = java.util.Set.of();
    /** What inlining decided at each call site it looked at, for --trace-opt. */
    public final List<String> inliningDecisions = new ArrayList<>();
    /** The realm the code is made for (the shapes it starts literal objects with are its); null when not known. */
    public dev.piste.runtime.realm.Realm realm;
    /** Registers the code writes into the frame as arguments of generic calls (see GraphBuilder.Generic). */
    public final java.util.BitSet passedInFrame = new java.util.BitSet();
    /** On-stack replacement: the loop header the code is entered at (0: entered at the start). */
    public int osrPc;
    /** OSR: the values of the frame's registers, then its accumulator, when the code was compiled: their kinds guide speculation. */
    public Object[] entryValues;
    /** OSR: the interpreter's state at the loop header, in entry values (a guard on an entry value deoptimizes with it). */
    public FrameState entryState;

    Graph(BytecodeFunction function) { this.function = function; }

    /** An assumption the code makes without a guard: {@code object} keeps {@code shape} (a prototype on a chain the code folded). */
    public record ShapeDependency(dev.piste.runtime.objects.JsObject object, dev.piste.runtime.objects.Shape shape) {}

    /**
     * What the code assumes without guards. Whoever installs the code must watch these and discard the
     * code when one breaks; activations still running it leave at their next check (lazy deoptimization).
     */
    public final List<ShapeDependency> shapeDependencies = new ArrayList<>();

    /**
     * An assumption the code makes without a guard: a global variable keeps the value the code folded
     * ({@code value}). A property of the global object: {@code object} and its {@code slot} (see
     * runtime.objects.ValueWatch); a global let or class binding: {@code object} null, watched by name
     * in the realm.
     */
    public record GlobalDependency(dev.piste.runtime.realm.Realm realm, String name, dev.piste.runtime.objects.JsObject object, int slot, Object value) {}

    /** Globals the code folded to constants: whoever installs the code watches them as it does shapeDependencies. */
    public final List<GlobalDependency> globalDependencies = new ArrayList<>();

    /** Whether the code assumes anything without a guard (then it checks after call-outs whether it was invalidated). */
    public boolean hasDependencies() { return !shapeDependencies.isEmpty() || !globalDependencies.isEmpty(); }

    Node newNode(Op op, int pc, Node... inputs) { return new Node(nextId++, op, pc, inputs); }

    /**
     * Whether a site the interpreter never ran deoptimizes when reached ({@link Op#DEOPTIMIZE}), so
     * that the next compilation has its feedback; else it stays generic (--always-opt, which is to
     * keep code in tier 2).
     */
    public boolean deoptimizeWithoutFeedback = true;

    /** What a pass does to one node: adds to out what replaces it and returns true, or returns false to keep it (after whatever it added). */
    @FunctionalInterface
    interface Rewrite { boolean apply(Block b, Node n, List<Node> out); }

    /** Rebuilds every block's nodes through rewrite, in order. */
    void rewrite(Rewrite rewrite) {
        for (Block b : blocks) {
            List<Node> out = new ArrayList<>();
            for (Node n : b.nodes) if (!rewrite.apply(b, n, out)) out.add(n);
            b.nodes.clear();
            b.nodes.addAll(out);
        }
    }

    /** A guard of instruction n, in block b: it deoptimizes with n's frame state (nothing of n has happened yet). */
    Node guard(Op op, Block b, Node n, Node... inputs) {
        Node c = newNode(op, n.pc, inputs);
        c.block = b;
        c.frameState = n.frameState;
        return c;
    }

    /** An unconditional deoptimization in block b before n, a site without feedback, with n's frame state. */
    Node insufficientFeedback(Block b, Node n) { return guard(Op.DEOPTIMIZE, b, n); }

    public int nodeCount() { return nextId; }

    /**
     * Every use of a key of replace now uses its value (followed while that is replaced too): the
     * inputs of phis and nodes, frame states (and the slots of the virtual objects they mention) and
     * loop headers' entry states. The replaced nodes are left where they are.
     */
    void redirect(java.util.Map<Node, Node> replace) {
        if (replace.isEmpty()) return;
        java.util.Set<Node> virtualsDone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.function.UnaryOperator<Node> resolve = v -> {
            while (v != null && replace.containsKey(v)) v = replace.get(v);
            return v;
        };
        java.util.function.UnaryOperator<Node> inState = new java.util.function.UnaryOperator<>() {
            @Override public Node apply(Node v) {
                Node r = resolve.apply(v);
                if (r != null && r.op == Op.VIRTUAL_OBJECT && virtualsDone.add(r)) for (int i = 0; i < r.inputs.length; i++) r.inputs[i] = apply(r.inputs[i]);
                return r;
            }
        };
        java.util.Map<FrameState, FrameState> done = new java.util.IdentityHashMap<>();
        for (Block b : blocks) {
            for (Node phi : b.phis) for (int i = 0; i < phi.inputs.length; i++) phi.inputs[i] = resolve.apply(phi.inputs[i]);
            for (Node n : b.nodes) {
                for (int i = 0; i < n.inputs.length; i++) n.inputs[i] = resolve.apply(n.inputs[i]);
                if (n.frameState != null) n.frameState = n.frameState.map(inState, done);
                if (n.afterState != null) n.afterState = n.afterState.map(inState, done);
            }
            if (b.entryState != null) b.entryState = b.entryState.map(inState, done);
        }
    }

    /**
     * A value that a frame state (or a virtual object in one) names and no block defines, or null: a
     * pass removed a node, or made it an effect with no value, without redirecting the states that
     * name it (see redirect).
     */
    Node undefinedInStates() {
        java.util.Set<Node> defined = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Block b : blocks) { defined.addAll(b.nodes); defined.addAll(b.phis); }
        java.util.Set<Node> virtuals = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Node[] missing = {null};
        java.util.function.UnaryOperator<Node> check = new java.util.function.UnaryOperator<>() {
            @Override public Node apply(Node v) {
                if (v == null || missing[0] != null) return v;
                if (v.op == Op.VIRTUAL_OBJECT) {
                    if (virtuals.add(v)) for (Node in : v.inputs) apply(in);
                } else if (!defined.contains(v) || !v.op.producesValue()) {
                    missing[0] = v;
                }
                return v;
            }
        };
        java.util.Map<FrameState, FrameState> done = new java.util.IdentityHashMap<>();
        for (Block b : blocks) {
            for (Node n : b.nodes) {
                if (n.frameState != null) n.frameState.map(check, done);
                if (n.afterState != null) n.afterState.map(check, done);
            }
            if (b.entryState != null) b.entryState.map(check, done);
        }
        return missing[0];
    }
}
