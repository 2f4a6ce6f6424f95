package dev.piste.jit.opt;

import dev.piste.bytecode.Opcode;
import dev.piste.bytecode.OperandFormat;
import dev.piste.ic.FeedbackVector;
import dev.piste.ic.TypeFeedback;

import java.util.ArrayList;
import java.util.List;

/**
 * The first speculation pass: arithmetic, bitwise and comparison instructions whose sites have only
 * ever seen int32 operands (and int32 or boolean results: never an overflow, never -0) become int32
 * operations. Each gets a guard: {@link Op#CHECKED_TO_INT32} unboxes an operand or deoptimizes,
 * {@link Op#CHECKED_INT32_ADD}/{@link Op#CHECKED_INT32_SUB} deoptimize on overflow; comparisons give
 * an unboxed boolean that a branch consumes directly. Phis whose inputs are all int32 become int32
 * (optimistically around loops, then undone where a back edge brings something else). Values go back
 * to tagged form ({@link Op#BOX_INT32}, {@link Op#BOX_BOOL}) only where a tagged consumer needs them.
 *
 * <p>Requirements for contributors: a guard deoptimizes with the frame state of the instruction it
 * belongs to, so no effect of that instruction has happened when it fails; the pass writes nothing
 * back into the feedback (deoptimization does, when a guard fails).
 */
public final class Speculation {
    private Speculation() {}

    public static void run(Graph g) {
        if (!(g.function.feedback instanceof FeedbackVector fv)) return;
        for (Block b : g.blocks) {
            List<Node> out = new ArrayList<>();
            for (Node n : b.nodes) {
                if (n.op == Op.GENERIC && n.data instanceof GraphBuilder.Generic gen && int32Only(fv, gen)) speculate(g, b, n, gen, out);
                else out.add(n);
            }
            b.nodes.clear();
            b.nodes.addAll(out);
        }
        assignPhiRepresentations(g);
        removeRedundantChecks(g);
        insertConversions(g);
    }

    /** An int32 check of a value that turned out int32 (a loop phi) is the value itself. */
    private static void removeRedundantChecks(Graph g) {
        for (Block b : g.blocks) {
            for (Node n : b.nodes) {
                for (int i = 0; i < n.inputs.length; i++) {
                    Node in = n.inputs[i];
                    if (in.op == Op.CHECKED_TO_INT32 && in.inputs[0].representation == Representation.INT32) n.inputs[i] = in.inputs[0];
                }
            }
            for (Node phi : b.phis) {
                for (int i = 0; i < phi.inputs.length; i++) {
                    Node in = phi.inputs[i];
                    if (in.op == Op.CHECKED_TO_INT32 && in.inputs[0].representation == Representation.INT32) phi.inputs[i] = in.inputs[0];
                }
            }
            b.nodes.removeIf(n -> n.op == Op.CHECKED_TO_INT32 && n.inputs[0].representation == Representation.INT32);
        }
    }

    private static boolean int32Only(FeedbackVector fv, GraphBuilder.Generic gen) {
        Opcode op = gen.opcode();
        if (!SPECULATED.contains(op)) return false;
        int slot = -1;
        for (int i = 0; i < op.operandCount(); i++) if (op.operand(i) == OperandFormat.FEEDBACK) slot = gen.operands()[i];
        return slot >= 0 && fv.typeBits(slot) == TypeFeedback.INT32;
    }

    private static final java.util.Set<Opcode> SPECULATED = java.util.EnumSet.of(Opcode.ADD, Opcode.SUB, Opcode.ADD_SMI, Opcode.INC,
        Opcode.DEC, Opcode.BIT_AND, Opcode.BIT_OR, Opcode.BIT_XOR, Opcode.LT, Opcode.GT, Opcode.LE, Opcode.GE, Opcode.STRICT_EQ);

    /** Replaces n (keeping its id, so that every use stays valid) by unboxing guards plus the int32 operation. */
    private static void speculate(Graph g, Block b, Node n, GraphBuilder.Generic gen, List<Node> out) {
        Opcode op = gen.opcode();
        Node left, right;
        switch (op) {
            case ADD_SMI -> { left = n.input(0); right = constant(g, b, gen.operands()[0], out); }
            case INC, DEC -> { left = n.input(0); right = constant(g, b, 1, out); }
            default -> { left = n.input(1); right = n.input(0); } // acc = r op acc: the register is the left operand
        }
        Node l = unbox(g, b, n, left, out), r = unbox(g, b, n, right, out);
        n.setInputs(new Node[] {l, r});
        n.op = switch (op) {
            case ADD, ADD_SMI, INC -> Op.CHECKED_INT32_ADD;
            case SUB, DEC -> Op.CHECKED_INT32_SUB;
            case BIT_AND -> Op.INT32_AND;
            case BIT_OR -> Op.INT32_OR;
            case BIT_XOR -> Op.INT32_XOR;
            case LT -> Op.INT32_LESS_THAN;
            case GT -> Op.INT32_GREATER_THAN;
            case LE -> Op.INT32_LESS_OR_EQUAL;
            case GE -> Op.INT32_GREATER_OR_EQUAL;
            case STRICT_EQ -> Op.INT32_EQUAL;
            default -> throw new IllegalStateException(op.name());
        };
        n.representation = n.op.name().startsWith("INT32_") && n.op != Op.INT32_AND && n.op != Op.INT32_OR && n.op != Op.INT32_XOR
            ? Representation.BOOL : Representation.INT32;
        out.add(n);
    }

    private static Node constant(Graph g, Block b, int value, List<Node> out) {
        Node c = g.newNode(Op.INT32_CONSTANT, -1).withData(value);
        c.block = b;
        c.representation = Representation.INT32;
        out.add(c);
        return c;
    }

    /** An int32 view of v: v itself when it is int32 already, a constant folded, else a guard with n's frame state. */
    private static Node unbox(Graph g, Block b, Node n, Node v, List<Node> out) {
        if (v.representation == Representation.INT32) return v;
        if (v.op == Op.CONSTANT && v.data instanceof Integer i) return constant(g, b, i, out);
        Node check = g.newNode(Op.CHECKED_TO_INT32, n.pc, v);
        check.block = b;
        check.frameState = n.frameState;
        check.representation = Representation.INT32;
        out.add(check);
        return check;
    }

    /** Phis all of whose inputs are int32 (through other phis, around loops) become int32. */
    private static void assignPhiRepresentations(Graph g) {
        List<Node> phis = new ArrayList<>();
        for (Block b : g.blocks) phis.addAll(b.phis);
        for (Node phi : phis) phi.representation = Representation.INT32;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Node phi : phis) {
                if (phi.representation != Representation.INT32) continue;
                for (Node in : phi.inputs) {
                    if (in.representation != Representation.INT32 && !(in.op == Op.CONSTANT && in.data instanceof Integer)) {
                        phi.representation = Representation.TAGGED;
                        changed = true;
                        break;
                    }
                }
            }
        }
        // Integer constants flowing into int32 phis become int32 constants in the predecessor.
        for (Node phi : phis) {
            if (phi.representation != Representation.INT32) continue;
            for (int i = 0; i < phi.inputs.length; i++) {
                Node in = phi.inputs[i];
                if (in.op == Op.CONSTANT) {
                    Block pred = phi.block.predecessors.get(i);
                    Node c = g.newNode(Op.INT32_CONSTANT, -1).withData(in.data);
                    c.block = pred;
                    c.representation = Representation.INT32;
                    pred.nodes.add(pred.nodes.size() - 1, c);
                    phi.inputs[i] = c;
                }
            }
        }
    }

    /** Where a tagged consumer uses an int32 or boolean value, box it (once per value and block). */
    private static void insertConversions(Graph g) {
        for (Block b : g.blocks) {
            List<Node> out = new ArrayList<>();
            java.util.Map<Node, Node> boxed = new java.util.HashMap<>();
            for (Node n : b.nodes) {
                if (!consumesUnboxed(n)) {
                    for (int i = 0; i < n.inputs.length; i++) {
                        Node in = n.inputs[i];
                        if (in.representation == Representation.TAGGED) continue;
                        Node box = boxed.get(in);
                        if (box == null) {
                            box = g.newNode(in.representation == Representation.BOOL ? Op.BOX_BOOL : Op.BOX_INT32, -1, in);
                            box.block = b;
                            out.add(box);
                            boxed.put(in, box);
                        }
                        n.inputs[i] = box;
                    }
                }
                out.add(n);
            }
            b.nodes.clear();
            b.nodes.addAll(out);
        }
        // Tagged phis fed by unboxed values: box at the end of the predecessor.
        for (Block b : g.blocks) {
            for (Node phi : b.phis) {
                for (int i = 0; i < phi.inputs.length; i++) {
                    Node in = phi.inputs[i];
                    if (phi.representation == Representation.TAGGED && in.representation != Representation.TAGGED) {
                        Block pred = b.predecessors.get(i);
                        Node box = g.newNode(in.representation == Representation.BOOL ? Op.BOX_BOOL : Op.BOX_INT32, -1, in);
                        box.block = pred;
                        pred.nodes.add(pred.nodes.size() - 1, box);
                        phi.inputs[i] = box;
                    } else if (phi.representation == Representation.INT32 && in.representation != Representation.INT32) {
                        throw new IllegalStateException("int32 phi " + phi + " with input " + in);
                    }
                }
            }
        }
    }

    /** Nodes that take int32 or boolean inputs as they are (the code generator reads frame states' unboxed values itself). */
    private static boolean consumesUnboxed(Node n) {
        return switch (n.op) {
            case CHECKED_INT32_ADD, CHECKED_INT32_SUB, INT32_AND, INT32_OR, INT32_XOR, INT32_LESS_THAN, INT32_GREATER_THAN,
                 INT32_LESS_OR_EQUAL, INT32_GREATER_OR_EQUAL, INT32_EQUAL, BOX_INT32, BOX_BOOL, CHECKED_TO_INT32 -> true;
            case BRANCH -> n.inputs.length == 1 && n.inputs[0].representation == Representation.BOOL
                && (n.data == Opcode.JUMP_IF_TRUE || n.data == Opcode.JUMP_IF_FALSE);
            default -> false;
        };
    }
}
