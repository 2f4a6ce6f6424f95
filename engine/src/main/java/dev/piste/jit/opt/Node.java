package dev.piste.jit.opt;

import java.util.ArrayList;
import java.util.List;

/**
 * A value or an action of the optimizing tier's SSA graph. A node's {@link Op} states its contract;
 * its inputs are the values it uses, in order. A node that may call out or deoptimize carries the
 * {@link FrameState} of the interpreter just before the bytecode instruction it comes from.
 */
public final class Node {
    public final int id;
    public Op op;
    Node[] inputs;
    /** The bytecode instruction this node comes from, or -1 (phis, constants, entry values). */
    public final int pc;
    /** CONSTANT: the value. ENTRY: the register (or -1 for the accumulator). GENERIC: the opcode's operands. */
    public Object data;
    public FrameState frameState;
    /**
     * For an instruction that may run JavaScript: the interpreter's state after it (at the next
     * instruction, its result in the accumulator), where an activation whose code was invalidated
     * meanwhile leaves for the interpreter (lazy deoptimization). Null where the next pc is not one.
     */
    public FrameState afterState;
    public Representation representation = Representation.TAGGED;
    public Block block;
    /** Set when SSA construction found this phi trivial: every use stands for the replacement. */
    Node replacement;
    /** Nodes that use this one (maintained for phis, which simplification replaces). */
    final List<Node> users = new ArrayList<>();

    Node(int id, Op op, int pc, Node... inputs) {
        this.id = id;
        this.op = op;
        this.pc = pc;
        this.inputs = inputs;
        for (Node in : inputs) if (in != null) in.users.add(this);
    }

    Node withData(Object value) { data = value; return this; }

    /**
     * This node turns into an operation that cannot fail (a pass lowered its instruction): it keeps
     * its id, so every use stays valid, and loses its frame states.
     */
    void become(Op newOp, Object newData, Node... newInputs) {
        op = newOp;
        data = newData;
        frameState = null;
        afterState = null;
        setInputs(newInputs);
    }

    /** As {@link #become}, into an operation that may still deoptimize: it keeps the frame state before its instruction. */
    void becomeChecked(Op newOp, Object newData, Node... newInputs) {
        FrameState state = frameState;
        become(newOp, newData, newInputs);
        frameState = state;
    }

    public int inputCount() { return inputs.length; }
    public Node input(int i) { return inputs[i]; }

    void setInputs(Node[] newInputs) {
        inputs = newInputs;
        for (Node in : newInputs) if (in != null) in.users.add(this);
    }

    void replaceInput(Node old, Node replacement) {
        for (int i = 0; i < inputs.length; i++) if (inputs[i] == old) { inputs[i] = replacement; replacement.users.add(this); }
    }

    @Override public String toString() { return "v" + id; }
}
