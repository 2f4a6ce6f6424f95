package dev.piste.jit.opt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A basic block of the SSA graph: phis, then nodes in order, the last one a block end. */
public final class Block {
    public int id;
    /** The bytecode position where the block starts. */
    public final int startPc;
    public final List<Node> phis = new ArrayList<>();
    public final List<Node> nodes = new ArrayList<>();
    public final List<Block> predecessors = new ArrayList<>();
    public final List<Block> successors = new ArrayList<>();
    /**
     * A loop header's: the interpreter's state when the header is entered, its values the header's
     * phis (see LoopInvariantCodeMotion). Passes that replace values keep it current through
     * {@link Graph#redirect}; null for other blocks and for blocks of inlined functions.
     */
    FrameState entryState;
    // SSA construction state (Braun et al., "Simple and Efficient Construction of SSA Form", 2013).
    boolean sealed, filled;
    final Map<Integer, Node> definitions = new HashMap<>();
    final Map<Integer, Node> incompletePhis = new HashMap<>();

    Block(int id, int startPc) { this.id = id; this.startPc = startPc; }

    public Node end() { return nodes.isEmpty() ? null : nodes.getLast(); }

    @Override public String toString() { return "B" + id; }
}
