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

    Node newNode(Op op, int pc, Node... inputs) { return new Node(nextId++, op, pc, inputs); }

    /**
     * Whether a site the interpreter never ran deoptimizes when reached ({@link Op#DEOPTIMIZE}), so
     * that the next compilation has its feedback; else it stays generic (--always-opt, which is to
     * keep code in tier 2).
     */
    public boolean deoptimizeWithoutFeedback = true;

    /** An unconditional deoptimization in block b before n, a site without feedback, with n's frame state. */
    Node insufficientFeedback(Block b, Node n) {
        Node d = newNode(Op.DEOPTIMIZE, n.pc);
        d.block = b;
        d.frameState = n.frameState;
        return d;
    }

    public int nodeCount() { return nextId; }
}
