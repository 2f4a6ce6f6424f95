package dev.piste.jit.opt;

import dev.piste.bytecode.BytecodeFunction;

import java.util.ArrayList;
import java.util.List;

/** The SSA graph of one function: blocks in bytecode order, the first one the entry. */
public final class Graph {
    public final BytecodeFunction function;
    public final List<Block> blocks = new ArrayList<>();
    private int nextId;

    Graph(BytecodeFunction function) { this.function = function; }

    Node newNode(Op op, int pc, Node... inputs) { return new Node(nextId++, op, pc, inputs); }

    public int nodeCount() { return nextId; }
}
