package dev.piste.jit.opt;

import dev.piste.bytecode.Opcode;
import dev.piste.bytecode.OperandFormat;
import dev.piste.ic.FeedbackVector;
import dev.piste.ic.TypeFeedback;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The number speculation pass. Arithmetic, bitwise and comparison instructions whose sites have only
 * ever seen int32 operands (and int32 or boolean results: never an overflow, never -0) become int32
 * operations; those that have only seen numbers (int32 and doubles, overflows, -0) become float64
 * operations. Guards unbox the operands ({@link Op#CHECKED_TO_INT32}, {@link Op#CHECKED_TO_FLOAT64})
 * and int32 + and - deoptimize on overflow; comparisons give an unboxed boolean that a branch consumes
 * directly. Phis take the narrowest representation all their inputs fit (int32, then float64,
 * optimistically around loops, widened where a back edge brings something else). Values are boxed
 * only where a tagged consumer needs them.
 *
 * <p>Requirements for contributors: a guard deoptimizes with the frame state of the instruction it
 * belongs to, so no effect of that instruction has happened when it fails; the pass writes nothing
 * back into the feedback (the interpreter does, when it re-executes the instruction after a deopt).
 */
public final class Speculation {
    private Speculation() {}

    private static final int NUMBER_BITS = TypeFeedback.INT32 | TypeFeedback.DOUBLE | TypeFeedback.OVERFLOW | TypeFeedback.MINUS_ZERO;
    private static final Set<Opcode> INT32_OPS = EnumSet.of(Opcode.ADD, Opcode.SUB, Opcode.MUL, Opcode.MOD, Opcode.ADD_SMI, Opcode.INC,
        Opcode.DEC, Opcode.NEGATE, Opcode.BIT_AND, Opcode.BIT_OR, Opcode.BIT_XOR, Opcode.BIT_NOT, Opcode.LT, Opcode.GT, Opcode.LE, Opcode.GE,
        Opcode.STRICT_EQ);
    private static final Set<Opcode> FLOAT64_OPS = EnumSet.of(Opcode.ADD, Opcode.SUB, Opcode.MUL, Opcode.DIV, Opcode.MOD, Opcode.ADD_SMI,
        Opcode.INC, Opcode.DEC, Opcode.NEGATE, Opcode.LT, Opcode.GT, Opcode.LE, Opcode.GE);

    public static void run(Graph g) {
        if (!(g.function.feedback instanceof FeedbackVector fv)) return;
        g.rewrite((b, n, out) -> {
            if (n.op != Op.GENERIC || !(n.data instanceof GraphBuilder.Generic gen)) return false;
            int bits = feedbackBits(fv, gen.opcode(), gen.operands());
            boolean conversion = gen.opcode() == Opcode.TO_NUMERIC || gen.opcode() == Opcode.TO_NUMBER;
            if (bits == 0 && g.deoptimizeWithoutFeedback && (conversion || INT32_OPS.contains(gen.opcode()) || FLOAT64_OPS.contains(gen.opcode()))) {
                out.add(g.insufficientFeedback(b, n));
            }
            if (conversion && bits != 0 && (bits & ~NUMBER_BITS) == 0) { alreadyNumber(n, bits == TypeFeedback.INT32 ? Representation.INT32 : Representation.FLOAT64, out); return true; }
            if (bits == TypeFeedback.INT32 && INT32_OPS.contains(gen.opcode())) { speculate(g, b, n, gen, Representation.INT32, out); return true; }
            if (bits != 0 && (bits & ~NUMBER_BITS) == 0 && FLOAT64_OPS.contains(gen.opcode())) { speculate(g, b, n, gen, Representation.FLOAT64, out); return true; }
            pure(n, gen);
            return false;
        });
        assignPhiRepresentations(g);
        simplifyChecks(g);
        insertConversions(g);
    }

    /**
     * Instructions that need no frame and can neither call JavaScript nor throw, whatever their
     * operands: === (as a boolean), typeof and ! become {@link Op#PURE_CALL}s of the runtime's own
     * functions, which inlined code can contain.
     */
    private static boolean pure(Node n, GraphBuilder.Generic gen) {
        java.lang.constant.ClassDesc ops = java.lang.constant.ClassDesc.of("dev.piste.runtime.ops.JsOps");
        var cdObject = java.lang.constant.ConstantDescs.CD_Object;
        var cdBoolean = java.lang.constant.ConstantDescs.CD_boolean;
        var kind = java.lang.constant.DirectMethodHandleDesc.Kind.STATIC;
        switch (gen.opcode()) {
            case STRICT_EQ -> {
                n.data = java.lang.constant.MethodHandleDesc.ofMethod(kind, ops, "strictEquals", java.lang.constant.MethodTypeDesc.of(cdBoolean, cdObject, cdObject));
                n.setInputs(new Node[] {n.input(1), n.input(0)});
                n.representation = Representation.BOOL;
            }
            case TYPEOF -> n.data = java.lang.constant.MethodHandleDesc.ofMethod(kind, ops, "typeof",
                java.lang.constant.MethodTypeDesc.of(java.lang.constant.ConstantDescs.CD_String, cdObject));
            case NOT -> {
                n.data = java.lang.constant.MethodHandleDesc.ofMethod(kind, ops, "isFalsy", java.lang.constant.MethodTypeDesc.of(cdBoolean, cdObject));
                n.representation = Representation.BOOL;
            }
            default -> { return false; }
        }
        n.op = Op.PURE_CALL;
        n.frameState = null;
        n.afterState = null;
        return true;
    }

    /**
     * TO_NUMERIC or TO_NUMBER (x++ as a value, +x) of a value that has always been a number: the value
     * itself, guarded to be one (n becomes the guard, with its frame state: the conversion is redone
     * by the interpreter when it fails).
     */
    private static void alreadyNumber(Node n, Representation rep, List<Node> out) {
        n.becomeChecked(rep == Representation.INT32 ? Op.CHECKED_TO_INT32 : Op.CHECKED_TO_FLOAT64, null, n.input(0));
        n.representation = rep;
        out.add(n);
    }

    private static int feedbackBits(FeedbackVector fv, Opcode op, int[] operands) {
        for (int i = 0; i < op.operandCount(); i++) if (op.operand(i) == OperandFormat.FEEDBACK) return fv.typeBits(operands[i]);
        return 0;
    }

    /** Replaces n (keeping its id, so that every use stays valid) by unboxing guards plus the operation on unboxed values. */
    private static void speculate(Graph g, Block b, Node n, GraphBuilder.Generic gen, Representation rep, List<Node> out) {
        Opcode op = gen.opcode();
        Node left, right;
        switch (op) {
            case ADD_SMI -> { left = n.input(0); right = constant(g, b, gen.operands()[0], rep, out); }
            case INC, DEC -> { left = n.input(0); right = constant(g, b, 1, rep, out); }
            // -x is x * -1: the int32 multiply deoptimizes for -0 (x = 0) and overflow (the smallest int32); ~x is x ^ -1.
            case NEGATE, BIT_NOT -> { left = n.input(0); right = constant(g, b, -1, rep, out); }
            default -> { left = n.input(1); right = n.input(0); } // acc = r op acc: the register is the left operand
        }
        Node l = unbox(g, b, n, left, rep, out), r = unbox(g, b, n, right, rep, out);
        n.setInputs(new Node[] {l, r});
        boolean int32 = rep == Representation.INT32;
        n.op = switch (op) {
            case ADD, ADD_SMI, INC -> int32 ? Op.CHECKED_INT32_ADD : Op.FLOAT64_ADD;
            case SUB, DEC -> int32 ? Op.CHECKED_INT32_SUB : Op.FLOAT64_SUB;
            case MUL, NEGATE -> int32 ? Op.CHECKED_INT32_MUL : Op.FLOAT64_MUL;
            case MOD -> int32 ? Op.CHECKED_INT32_MOD : Op.FLOAT64_MOD;
            case DIV -> Op.FLOAT64_DIV;
            case BIT_AND -> Op.INT32_AND;
            case BIT_OR -> Op.INT32_OR;
            case BIT_XOR, BIT_NOT -> Op.INT32_XOR;
            case LT -> int32 ? Op.INT32_LESS_THAN : Op.FLOAT64_LESS_THAN;
            case GT -> int32 ? Op.INT32_GREATER_THAN : Op.FLOAT64_GREATER_THAN;
            case LE -> int32 ? Op.INT32_LESS_OR_EQUAL : Op.FLOAT64_LESS_OR_EQUAL;
            case GE -> int32 ? Op.INT32_GREATER_OR_EQUAL : Op.FLOAT64_GREATER_OR_EQUAL;
            case STRICT_EQ -> Op.INT32_EQUAL;
            default -> throw new IllegalStateException(op.name());
        };
        n.representation = switch (op) {
            case LT, GT, LE, GE, STRICT_EQ -> Representation.BOOL;
            default -> rep;
        };
        out.add(n);
    }

    private static Node constant(Graph g, Block b, Number value, Representation rep, List<Node> out) {
        Node c = rep == Representation.INT32 ? g.newNode(Op.INT32_CONSTANT, -1).withData(value.intValue())
            : g.newNode(Op.FLOAT64_CONSTANT, -1).withData(value.doubleValue());
        c.block = b;
        c.representation = rep;
        out.add(c);
        return c;
    }

    /** v in representation rep: v itself, a constant, a conversion, or else a guard with n's frame state. */
    private static Node unbox(Graph g, Block b, Node n, Node v, Representation rep, List<Node> out) {
        if (v.representation == rep) return v;
        if (v.op == Op.CONSTANT && v.data instanceof Integer i) return constant(g, b, i, rep, out);
        if (rep == Representation.FLOAT64 && v.op == Op.CONSTANT && v.data instanceof Double d) return constant(g, b, d, rep, out);
        if (rep == Representation.FLOAT64 && v.representation == Representation.INT32) return add(g, b, Op.INT32_TO_FLOAT64, v, rep, out);
        Node check = g.guard(rep == Representation.INT32 ? Op.CHECKED_TO_INT32 : Op.CHECKED_TO_FLOAT64, b, n, v);
        check.representation = rep;
        out.add(check);
        return check;
    }

    private static Node add(Graph g, Block b, Op op, Node input, Representation rep, List<Node> out) {
        Node c = g.newNode(op, -1, input);
        c.block = b;
        c.representation = rep;
        out.add(c);
        return c;
    }

    /** What a phi input allows the phi to be: int32, float64 or tagged (an OSR entry value: what it was when compiled). */
    private static Representation fits(Graph g, Node in) {
        if (in.op == Op.ENTRY && g.osrPc != 0) {
            int r = (Integer) in.data;
            Object v = g.entryValues[r < 0 ? g.entryValues.length - 1 : r];
            return v instanceof Integer ? Representation.INT32 : v instanceof Double ? Representation.FLOAT64 : Representation.TAGGED;
        }
        if (in.op == Op.CONSTANT) return in.data instanceof Integer ? Representation.INT32 : in.data instanceof Double ? Representation.FLOAT64 : Representation.TAGGED;
        return in.representation == Representation.BOOL ? Representation.TAGGED : in.representation;
    }

    private static Representation join(Representation a, Representation b) {
        if (a == b) return a;
        if (a == Representation.TAGGED || b == Representation.TAGGED) return Representation.TAGGED;
        return Representation.FLOAT64; // int32 and float64
    }

    /** Phis start int32 (optimistic) and widen to what their inputs fit, until nothing changes. */
    private static void assignPhiRepresentations(Graph g) {
        List<Node> phis = new ArrayList<>();
        for (Block b : g.blocks) phis.addAll(b.phis);
        for (Node phi : phis) phi.representation = Representation.INT32;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Node phi : phis) {
                Representation r = phi.representation;
                for (Node in : phi.inputs) r = join(r, fits(g, in));
                if (r != phi.representation) { phi.representation = r; changed = true; }
            }
        }
        // Inputs of unboxed phis in the phi's representation, made at the end of the predecessor.
        for (Node phi : phis) {
            if (phi.representation == Representation.TAGGED) continue;
            for (int i = 0; i < phi.inputs.length; i++) {
                Node in = phi.inputs[i];
                if (in.representation == phi.representation && in.op != Op.CONSTANT) continue;
                Block pred = phi.block.predecessors.get(i);
                Node c;
                if (in.op == Op.CONSTANT) {
                    c = phi.representation == Representation.INT32 ? g.newNode(Op.INT32_CONSTANT, -1).withData(in.data)
                        : g.newNode(Op.FLOAT64_CONSTANT, -1).withData(((Number) in.data).doubleValue());
                } else if (in.op == Op.ENTRY) {
                    // An OSR entry value, unboxed once as the code is entered; a value of another kind deoptimizes at the loop header.
                    c = g.newNode(phi.representation == Representation.INT32 ? Op.CHECKED_TO_INT32 : Op.CHECKED_TO_FLOAT64, g.osrPc, in);
                    c.frameState = g.entryState;
                } else {
                    c = g.newNode(Op.INT32_TO_FLOAT64, -1, in);
                }
                c.block = pred;
                c.representation = phi.representation;
                pred.nodes.add(pred.nodes.size() - 1, c);
                phi.inputs[i] = c;
            }
        }
    }

    /**
     * Checks made before the phis' representations were known: a check of a value already in the
     * wanted representation is the value; a float64 check of an int32 is a conversion.
     */
    private static void simplifyChecks(Graph g) {
        Map<Node, Node> replace = new HashMap<>();
        for (Block b : g.blocks) {
            for (Node n : b.nodes) {
                if ((n.op == Op.CHECKED_TO_INT32 || n.op == Op.CHECKED_TO_FLOAT64) && n.inputs[0].representation == n.representation) {
                    replace.put(n, n.inputs[0]);
                } else if (n.op == Op.CHECKED_TO_FLOAT64 && n.inputs[0].representation == Representation.INT32) {
                    n.op = Op.INT32_TO_FLOAT64;
                    n.frameState = null;
                }
            }
        }
        if (replace.isEmpty()) return;
        for (Block b : g.blocks) b.nodes.removeIf(replace::containsKey);
        // Frame states too: a check that was an instruction (TO_NUMERIC of a number) is its value there.
        g.redirect(replace);
    }

    /**
     * Where a tagged consumer uses an unboxed value, it gets a box made in its own block (after the
     * value if the value is defined there, else at the block's start; for a phi input, at the end of
     * the predecessor), unless a box of the value already exists in a block that dominates it. So a
     * value is boxed only on the paths that need it, and at most once along any path.
     */
    private static void insertConversions(Graph g) {
        Map<Block, Block> idom = Dominators.of(g);
        Map<Node, List<Node>> boxes = new HashMap<>();
        Map<Block, List<Node>> atStart = new HashMap<>(), atEnd = new HashMap<>();
        Map<Node, List<Node>> after = new HashMap<>();
        for (Block b : Dominators.reversePostOrder(g)) {
            for (Node n : b.nodes) {
                for (int i = 0; i < n.inputs.length; i++) {
                    Node v = n.inputs[i];
                    if (v.representation == Representation.TAGGED || takesUnboxed(n, i)) continue;
                    n.inputs[i] = boxIn(g, v, b, false, idom, boxes, atStart, atEnd, after);
                }
            }
            for (Block succ : b.successors) {
                int index = succ.predecessors.indexOf(b);
                for (Node phi : succ.phis) {
                    if (phi.representation != Representation.TAGGED || phi.inputs[index].representation == Representation.TAGGED) continue;
                    phi.inputs[index] = boxIn(g, phi.inputs[index], b, true, idom, boxes, atStart, atEnd, after);
                }
            }
        }
        for (Block b : g.blocks) {
            List<Node> out = new ArrayList<>(atStart.getOrDefault(b, List.of()));
            for (int i = 0; i < b.nodes.size(); i++) {
                Node n = b.nodes.get(i);
                if (i == b.nodes.size() - 1) out.addAll(atEnd.getOrDefault(b, List.of()));
                out.add(n);
                out.addAll(after.getOrDefault(n, List.of()));
            }
            b.nodes.clear();
            b.nodes.addAll(out);
        }
    }

    private static Node boxIn(Graph g, Node v, Block use, boolean atEndOfUse, Map<Block, Block> idom, Map<Node, List<Node>> boxes,
                              Map<Block, List<Node>> atStart, Map<Block, List<Node>> atEnd, Map<Node, List<Node>> after) {
        List<Node> existing = boxes.computeIfAbsent(v, k -> new ArrayList<>());
        for (Node box : existing) if (Dominators.dominates(box.block, use, idom)) return box;
        Node box = g.newNode(boxOp(v), -1, v);
        box.block = use;
        existing.add(box);
        if (atEndOfUse) atEnd.computeIfAbsent(use, k -> new ArrayList<>()).add(box);
        else if (v.block == use && v.op != Op.PHI) after.computeIfAbsent(v, k -> new ArrayList<>()).add(box);
        else atStart.computeIfAbsent(use, k -> new ArrayList<>()).add(box);
        return box;
    }

    private static Op boxOp(Node in) {
        return switch (in.representation) {
            case BOOL -> Op.BOX_BOOL;
            case INT32 -> Op.BOX_INT32;
            case FLOAT64 -> Op.BOX_FLOAT64;
            case TAGGED -> throw new IllegalStateException();
        };
    }

    /** Whether input i of n is taken as it is, unboxed (the code generator boxes frame-state values itself at deopt exits). */
    private static boolean takesUnboxed(Node n, int i) {
        return switch (n.op) {
            case CHECKED_LOAD_ELEMENT, CHAR_CODE_AT -> i == 1;
            // A float64 checked to be an int32 (Math.floor's result, say) is checked as it is, not boxed first.
            case CHECKED_TO_INT32 -> n.inputs[0].representation == Representation.FLOAT64;
            // The value as it came (input 3) is boxed by the code generator where the generic store or a use needs it.
            case STORE_ELEMENT -> i == 1 || i == 3 || i == 2 && ElementSpeculation.representation(((ElementSpeculation.Access) n.data).kind()) != Representation.TAGGED;
            default -> consumesUnboxed(n);
        };
    }

    /** Nodes that take all their inputs unboxed. */
    private static boolean consumesUnboxed(Node n) {
        return switch (n.op) {
            case CHECKED_INT32_ADD, CHECKED_INT32_SUB, CHECKED_INT32_MUL, CHECKED_INT32_MOD, FLOAT64_MOD, INT32_ADD, INT32_SUB, INT32_AND, INT32_OR, INT32_XOR, INT32_LESS_THAN, INT32_GREATER_THAN,
                 INT32_LESS_OR_EQUAL, INT32_GREATER_OR_EQUAL, INT32_EQUAL, BOX_INT32, BOX_BOOL, BOX_FLOAT64, INT32_TO_FLOAT64,
                 FLOAT64_ADD, FLOAT64_SUB, FLOAT64_MUL, FLOAT64_DIV, FLOAT64_LESS_THAN, FLOAT64_GREATER_THAN,
                 FLOAT64_LESS_OR_EQUAL, FLOAT64_GREATER_OR_EQUAL, FLOAT64_EQUAL, FLOAT64_CALL -> true;
            case BRANCH -> n.inputs.length == 1 && n.inputs[0].representation == Representation.BOOL
                && (n.data == Opcode.JUMP_IF_TRUE || n.data == Opcode.JUMP_IF_FALSE);
            default -> false;
        };
    }
}
