package dev.piste.jit.opt;

import dev.piste.bytecode.BytecodeFunction;
import dev.piste.bytecode.Opcode;
import dev.piste.bytecode.OperandFormat;
import dev.piste.jit.baseline.BaselineCompiler;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.Null;
import dev.piste.runtime.values.Undefined;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Builds the SSA graph of a function from its bytecode: one block per basic block, registers and the
 * accumulator renamed into values (SSA construction on the fly, after Braun et al. 2013: definitions
 * per block, phis created on demand, incomplete phis in loop headers until their back edges are
 * filled, trivial phis removed), every bytecode instruction that may call out or throw a
 * {@link Op#GENERIC} node with the {@link FrameState} before it.
 *
 * <p>Requirements for contributors:
 * <ol>
 *   <li>Registers that steps reach by index ({@code BaselineCompiler.frameResident}) are not renamed:
 *       they live in the frame, read and written by explicit nodes, and frame states leave them out.
 *   <li>Exception handlers are not part of the graph: an exception caught by the function is to leave
 *       the optimized code by deoptimization to the handler, from the frame state of the throwing node.
 *   <li>Generators and async functions are not built (they stay in tier 1).
 * </ol>
 */
public final class GraphBuilder {
    /** A function this builder does not handle, with the reason. */
    public static final class Unsupported extends Exception {
        /** For code too large for one method: its size in bytes of JVM code (-1: another reason, or not measured). */
        public final int bytes;
        public Unsupported(String reason) { this(reason, -1); }
        public Unsupported(String reason, int bytes) { super(reason, null, false, false); this.bytes = bytes; }
    }

    private final BytecodeFunction fn;
    private final int[] code;
    private final Graph graph;
    private final BitSet resident;
    /** The registers each instruction's state needs: frame states list no others. */
    private final dev.piste.bytecode.Liveness liveness;
    /** Whether the graph is for inlining (no loop entry states: see Block.entryState). */
    private final boolean forInlining;
    /** The accumulator's variable number (registers are 0 .. registerCount - 1). */
    private final int acc;
    private final Block[] blockAt;
    private Block current;
    /** The block that defines the entry values when the first bytecode block is a loop header; null otherwise. */
    private Block syntheticEntry;
    /** A definition the next block receives from the previous block's last instruction (FOR_IN_NEXT's key). */
    private Node pendingAccumulator;

    /** Where the code is entered: 0, or the loop header of on-stack replacement. */
    private final int entryPc;

    private GraphBuilder(BytecodeFunction fn, int entryPc, boolean forInlining) {
        this.fn = fn;
        this.entryPc = entryPc;
        this.code = fn.code;
        this.graph = new Graph(fn);
        // Inlined code has no frame: every register is a value (and frame states hold them all). Such a
        // graph is only used if no instruction in it is left to reach registers by index.
        this.resident = forInlining ? new BitSet() : BaselineCompiler.writtenByIndex(fn);
        this.forInlining = forInlining;
        this.liveness = dev.piste.bytecode.Liveness.of(fn);
        this.acc = fn.registerCount;
        this.blockAt = new Block[code.length + 1];
    }

    public static Graph build(BytecodeFunction fn) throws Unsupported { return build(fn, 0, null, 0); }

    /**
     * The graph of code entered at {@code entryPc}: 0, or a loop header for on-stack replacement, where
     * the values come from a running frame. For OSR, {@code entryValues} are that frame's registers and
     * then its accumulator at the header ({@link Graph#entryValues}): their kinds let speculation take
     * them unboxed, guarded once at the entry.
     */
    public static Graph build(BytecodeFunction fn, int entryPc, Object[] entryValues, int firstNodeId) throws Unsupported {
        return build(fn, entryPc, entryValues, firstNodeId, false);
    }

    /** As above; forInlining: no register lives in the frame (see the constructor). */
    static Graph build(BytecodeFunction fn, int entryPc, Object[] entryValues, int firstNodeId, boolean forInlining) throws Unsupported {
        if (fn.flags.generator() || fn.flags.async()) throw new Unsupported("generators and async functions stay in tier 1");
        GraphBuilder b = new GraphBuilder(fn, entryPc, forInlining);
        b.graph.nextId = firstNodeId;
        if (entryPc != 0) {
            b.graph.osrPc = entryPc;
            b.graph.entryValues = entryValues;
        }
        b.makeBlocks();
        b.fill();
        b.finish();
        return b.graph;
    }

    // ---- Blocks and edges ----

    private static boolean endsBlock(Opcode op) {
        return op.isJump() || op == Opcode.RETURN || op == Opcode.THROW;
    }

    private void makeBlocks() {
        BitSet leaders = new BitSet(code.length);
        leaders.set(0);
        for (int pc = 0; pc < code.length; ) {
            Opcode op = Opcode.of(code[pc]);
            for (int i = 0; i < op.operandCount(); i++) if (op.operand(i) == OperandFormat.JUMP) leaders.set(code[pc + 1 + i]);
            pc += op.length();
            if (endsBlock(op) && pc < code.length) leaders.set(pc);
        }
        // Reachable blocks only, in bytecode order.
        List<Integer> starts = new ArrayList<>();
        for (int pc = leaders.nextSetBit(0); pc >= 0 && pc < code.length; pc = leaders.nextSetBit(pc + 1)) starts.add(pc);
        Block[] byStart = new Block[code.length];
        for (int s : starts) byStart[s] = new Block(-1, s);
        BitSet reached = new BitSet(code.length);
        List<Integer> work = new ArrayList<>(List.of(entryPc));
        reached.set(entryPc);
        while (!work.isEmpty()) {
            int start = work.removeLast();
            for (int succ : successorPcs(start, leaders)) if (!reached.get(succ)) { reached.set(succ); work.add(succ); }
        }
        // A jump back to the entry makes the entry block a loop header (always so for OSR): the entry
        // values then come from a block of their own, so that the header can merge them with the back edge.
        boolean startIsTarget = entryPc != 0;
        for (int pc = 0; pc < code.length; pc += Opcode.of(code[pc]).length()) {
            Opcode op = Opcode.of(code[pc]);
            for (int i = 0; i < op.operandCount(); i++) if (op.operand(i) == OperandFormat.JUMP && code[pc + 1 + i] == entryPc) startIsTarget = true;
        }
        if (startIsTarget) graph.blocks.add(new Block(0, 0));
        for (int s : starts) {
            if (!reached.get(s)) continue;
            Block b = new Block(graph.blocks.size(), s);
            graph.blocks.add(b);
            blockAt[s] = b;
        }
        if (startIsTarget) {
            Block entry = graph.blocks.getFirst();
            entry.successors.add(blockAt[entryPc]);
            blockAt[entryPc].predecessors.add(entry);
            syntheticEntry = entry;
        }
        for (Block b : graph.blocks) {
            if (b == syntheticEntry) continue;
            for (int succ : successorPcs(b.startPc, leaders)) {
                Block s = blockAt[succ];
                b.successors.add(s);
                s.predecessors.add(b);
            }
        }
    }

    /** The pc of the last instruction of the block starting at start. */
    private int lastInstruction(int start, BitSet leaders) {
        int pc = start, last = start;
        while (pc < code.length && (pc == start || !leaders.get(pc))) {
            last = pc;
            Opcode op = Opcode.of(code[pc]);
            pc += op.length();
            if (endsBlock(op)) break;
        }
        return last;
    }

    /** Successor block starts: taken target first, then the fall-through. */
    private int[] successorPcs(int start, BitSet leaders) {
        return Opcode.successors(code, lastInstruction(start, leaders));
    }

    // ---- Filling blocks ----

    private void fill() throws Unsupported {
        for (Block b : graph.blocks) {
            current = b;
            if (allPredecessorsFilled(b)) seal(b);
            if (b.id == 0) {
                for (int r = 0; r < fn.registerCount; r++) if (!resident.get(r)) define(r, add(node(Op.ENTRY, -1).withData(r)));
                define(acc, add(node(Op.ENTRY, -1).withData(-1)));
            }
            if (b == syntheticEntry) {
                if (entryPc != 0) graph.entryState = withState(node(Op.JUMP, -1), entryPc).frameState;
                end(node(Op.JUMP, -1));
                b.filled = true;
                continue;
            }
            if (pendingAccumulator != null) {
                if (b.predecessors.size() != 1) throw new Unsupported("a for-in loop whose body is also a jump target");
                define(acc, pendingAccumulator);
                pendingAccumulator = null;
            }
            if (!forInlining && b.predecessors.stream().anyMatch(p -> p.id >= b.id)) b.entryState = stateAt(b.startPc);
            int pc = b.startPc;
            int end = b.id + 1 < graph.blocks.size() ? graph.blocks.get(b.id + 1).startPc : code.length;
            boolean ended = false;
            while (pc < end && !ended) {
                Opcode op = Opcode.of(code[pc]);
                ended = instruction(op, pc);
                pc += op.length();
                if (!ended && pc < end && blockAt[pc] != null) break;
            }
            if (!ended) end(node(Op.JUMP, -1));
            b.filled = true;
            for (Block s : b.successors) if (!s.sealed && s.id <= b.id && allPredecessorsFilled(s)) seal(s);
        }
        for (Block b : graph.blocks) if (!b.sealed) seal(b);
    }

    private boolean allPredecessorsFilled(Block b) {
        for (Block p : b.predecessors) if (!p.filled) return false;
        return true;
    }

    /** Translates one instruction; returns true when it ends the block. */
    private boolean instruction(Opcode op, int pc) throws Unsupported {
        int a = op.operandCount() > 0 ? code[pc + 1] : 0;
        switch (op) {
            case LDA -> define(acc, register(a));
            case STA -> storeRegister(a, read(acc));
            case MOV -> storeRegister(code[pc + 2], register(a));
            case LDA_CONST -> define(acc, constant(fn.constants[a]));
            case LDA_SMI -> define(acc, constant(a));
            case LDA_UNDEFINED -> define(acc, constant(Undefined.INSTANCE));
            case LDA_NULL -> define(acc, constant(Null.INSTANCE));
            case LDA_TRUE -> define(acc, constant(Boolean.TRUE));
            case LDA_FALSE -> define(acc, constant(Boolean.FALSE));
            case LDA_HOLE -> define(acc, constant(Realm.HOLE));
            case SAVE_CONTEXT -> storeRegister(a, add(node(Op.LOAD_CONTEXT, pc)));
            case RESTORE_CONTEXT -> add(node(Op.STORE_CONTEXT, pc, register(a)));
            case DEBUGGER -> {}
            case JUMP -> { end(node(Op.JUMP, pc)); return true; }
            case LOOP -> {
                add(withState(node(Op.LOOP_CHECK, pc), pc));
                end(node(Op.JUMP, pc));
                return true;
            }
            case JUMP_IF_TRUE, JUMP_IF_FALSE, JUMP_IF_NULLISH, JUMP_IF_NOT_NULLISH, JUMP_IF_UNDEFINED, JUMP_IF_NOT_UNDEFINED, JUMP_IF_HOLE -> {
                end(node(Op.BRANCH, pc, read(acc)).withData(op));
                return true;
            }
            case JUMP_IF_REG_SMI -> {
                end(node(Op.BRANCH, pc, register(a)).withData(new Object[] {op, code[pc + 2]}));
                return true;
            }
            case FOR_IN_NEXT -> {
                Node key = add(withState(node(Op.GENERIC, pc, read(acc), register(a)).withData(operands(op, pc)), pc));
                end(node(Op.BRANCH, pc, key).withData(op));
                pendingAccumulator = key;
                return true;
            }
            case RETURN -> { end(node(Op.RETURN, pc, read(acc))); return true; }
            case THROW -> { end(withState(node(Op.THROW, pc, read(acc)), pc)); return true; }
            case SUSPEND, AWAIT, GENERATOR_START -> throw new Unsupported("suspension outside a generator");
            default -> {
                if (BaselineCompiler.translation(op) != BaselineCompiler.Translation.STEP) throw new IllegalStateException(op.name());
                List<Node> inputs = new ArrayList<>();
                inputs.add(read(acc));
                for (int i = 0; i < op.operandCount(); i++) if (BaselineCompiler.passesValue(op, i)) inputs.add(register(code[pc + 1 + i]));
                Generic generic = (Generic) operands(op, pc);
                for (int i = 0; i < generic.argumentCount(); i++) {
                    graph.passedInFrame.set(generic.firstArgument() + i);
                    inputs.add(register(generic.firstArgument() + i));
                }
                Node n = withState(node(Op.GENERIC, pc, inputs.toArray(new Node[0])).withData(generic), pc);
                define(acc, add(n));
                n.afterState = stateAt(pc + op.length());
            }
        }
        return false;
    }

    private Object operands(Opcode op, int pc) { return new Generic(op, Arrays.copyOfRange(code, pc + 1, pc + op.length())); }

    /**
     * The opcode and operands of a {@link Op#GENERIC} node. Its inputs are the accumulator, the
     * registers the instruction takes by value, then the arguments it reads from the frame by index
     * (a call's), which the node stores there itself just before the instruction.
     */
    public record Generic(Opcode opcode, int[] operands) {
        /** The first register of the arguments the instruction reads from the frame (CALL, SUPER_CALL, NEW, CALL_RUNTIME). */
        public int firstArgument() { return opcode.argumentsOperand() < 0 ? 0 : operands[opcode.argumentsOperand()]; }

        /** How many arguments the instruction reads from the frame (0 for an instruction that reads none). */
        public int argumentCount() { return opcode.argumentsOperand() < 0 ? 0 : operands[opcode.argumentsOperand() + 1]; }

        /** The i-th of those arguments of the generic node n (its last inputs). */
        public Node argument(Node n, int i) { return n.input(n.inputCount() - argumentCount() + i); }
    }

    private Node register(int r) {
        if (resident.get(r)) return add(node(Op.LOAD_FRAME_REGISTER, -1).withData(r));
        return read(r);
    }

    private void storeRegister(int r, Node value) {
        if (resident.get(r)) add(node(Op.STORE_FRAME_REGISTER, -1, value).withData(r));
        else define(r, value);
    }

    private Node withState(Node n, int pc) {
        n.frameState = stateAt(pc);
        return n;
    }

    /** The interpreter's state at pc in the current definitions: the registers it may still read there. */
    private FrameState stateAt(int pc) {
        Node[] registers = new Node[fn.registerCount];
        for (int r = 0; r < fn.registerCount; r++) if (!resident.get(r) && liveness.isLive(pc, r)) registers[r] = read(r);
        return new FrameState(pc, read(acc), registers);
    }

    private Node constant(Object value) { return add(node(Op.CONSTANT, -1).withData(value)); }

    private Node node(Op op, int pc, Node... inputs) { return graph.newNode(op, pc, inputs); }

    private Node add(Node n) {
        n.block = current;
        current.nodes.add(n);
        return n;
    }

    private void end(Node n) { add(n); }

    // ---- SSA construction ----

    private void define(int variable, Node value) { current.definitions.put(variable, value); }

    private Node read(int variable) { return resolve(read(variable, current)); }

    private Node read(int variable, Block b) {
        Node v = b.definitions.get(variable);
        return v != null ? resolve(v) : readRecursive(variable, b);
    }

    private Node readRecursive(int variable, Block b) {
        Node value;
        if (!b.sealed) {
            Node phi = newPhi(b);
            b.incompletePhis.put(variable, phi);
            value = phi;
        } else if (b.predecessors.size() == 1) {
            value = read(variable, b.predecessors.getFirst());
        } else if (b.predecessors.isEmpty()) {
            throw new IllegalStateException("variable " + variable + " read before any definition in " + fn);
        } else {
            Node phi = newPhi(b);
            b.definitions.put(variable, phi);
            value = addPhiOperands(variable, phi);
        }
        b.definitions.put(variable, value);
        return value;
    }

    private Node newPhi(Block b) {
        Node phi = graph.newNode(Op.PHI, -1);
        phi.block = b;
        b.phis.add(phi);
        return phi;
    }

    private Node addPhiOperands(int variable, Node phi) {
        Block b = phi.block;
        Node[] operands = new Node[b.predecessors.size()];
        for (int i = 0; i < operands.length; i++) operands[i] = read(variable, b.predecessors.get(i));
        phi.setInputs(operands);
        return tryRemoveTrivialPhi(phi);
    }

    private Node tryRemoveTrivialPhi(Node phi) {
        Node same = null;
        for (Node in : phi.inputs) {
            in = resolve(in);
            if (in == same || in == phi) continue;
            if (same != null) return phi;
            same = in;
        }
        if (same == null) {
            // Only reachable through itself: a value no path defines (an infinite loop's dead variable).
            same = graph.newNode(Op.CONSTANT, -1).withData(Undefined.INSTANCE);
            same.block = graph.blocks.getFirst();
            same.block.nodes.addFirst(same);
        }
        phi.replacement = same;
        phi.block.phis.remove(phi);
        for (Node user : List.copyOf(phi.users)) {
            if (user != phi && user.op == Op.PHI && user.replacement == null && user.inputs.length > 0) tryRemoveTrivialPhi(user);
        }
        return same;
    }

    private void seal(Block b) {
        for (var e : b.incompletePhis.entrySet()) addPhiOperands(e.getKey(), e.getValue());
        b.incompletePhis.clear();
        b.sealed = true;
    }

    static Node resolve(Node n) {
        while (n != null && n.replacement != null) n = n.replacement;
        return n;
    }

    /** Replaces every use of a removed phi by what it stands for. */
    private void finish() {
        for (Block b : graph.blocks) {
            b.entryState = resolved(b.entryState);
            for (Node phi : b.phis) resolveInputs(phi);
            for (Node n : b.nodes) {
                resolveInputs(n);
                n.frameState = resolved(n.frameState);
                n.afterState = resolved(n.afterState);
            }
        }
    }

    private static FrameState resolved(FrameState s) {
        if (s == null) return null;
        Node[] regs = s.registers.clone();
        for (int i = 0; i < regs.length; i++) regs[i] = resolve(regs[i]);
        return new FrameState(s.pc, resolve(s.accumulator), regs);
    }

    private static void resolveInputs(Node n) {
        for (int i = 0; i < n.inputs.length; i++) n.inputs[i] = resolve(n.inputs[i]);
    }
}
