package dev.piste.bytecode;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Which registers the interpreter may still read from each instruction on: register r is live at pc
 * when some path from the instruction at pc (through jumps and into the exception handler of its
 * try block) reads r before writing it. Tier 2 keeps only live registers in its frame states, so a
 * value no later instruction needs is neither kept for deoptimization nor merged at loop headers.
 *
 * <p>Invariant: only STA, MOV's destination and SAVE_CONTEXT write a register without reading it;
 * every other register operand, and the arguments of calls ({@link Opcode#argumentsOperand}), count as read
 * (reading where an instruction only writes is conservative: it keeps a register live). The
 * registers of this, new.target, the home object and the function are live everywhere: steps and
 * the caller of a derived constructor reach them by their role, not as operands.
 */
public final class Liveness {
    private final BitSet[] liveIn;
    private final BitSet always;

    private Liveness(BitSet[] liveIn, BitSet always) {
        this.liveIn = liveIn;
        this.always = always;
    }

    /** Whether register r may be read from pc on; true for a pc that starts no instruction (nothing is known there). */
    public boolean isLive(int pc, int r) {
        if (always.get(r)) return true;
        BitSet live = pc >= 0 && pc < liveIn.length ? liveIn[pc] : null;
        return live == null || live.get(r);
    }

    public static Liveness of(BytecodeFunction fn) {
        int[] code = fn.code;
        List<Integer> starts = new ArrayList<>();
        for (int pc = 0; pc < code.length; pc += Opcode.of(code[pc]).length()) starts.add(pc);
        BitSet[] uses = new BitSet[code.length], defs = new BitSet[code.length], liveIn = new BitSet[code.length];
        int[][] successors = new int[code.length][];
        for (int pc : starts) {
            Opcode op = Opcode.of(code[pc]);
            uses[pc] = new BitSet();
            defs[pc] = new BitSet();
            liveIn[pc] = new BitSet();
            operands(op, code, pc, uses[pc], defs[pc]);
            int handler = fn.handlerFor(pc);
            int[] next = Opcode.successors(code, pc);
            if (handler >= 0) {
                next = java.util.Arrays.copyOf(next, next.length + 1);
                next[next.length - 1] = handler;
            }
            successors[pc] = next;
        }
        // Backward to a fixed point: live-in = uses + (live-out - defs).
        boolean changed = true;
        BitSet out = new BitSet();
        while (changed) {
            changed = false;
            for (int i = starts.size() - 1; i >= 0; i--) {
                int pc = starts.get(i);
                out.clear();
                for (int s : successors[pc]) if (s >= 0 && s < code.length && liveIn[s] != null) out.or(liveIn[s]);
                out.andNot(defs[pc]);
                out.or(uses[pc]);
                if (!out.equals(liveIn[pc])) {
                    liveIn[pc] = (BitSet) out.clone();
                    changed = true;
                }
            }
        }
        BitSet always = new BitSet();
        for (int r : new int[] {fn.thisRegister, fn.newTargetRegister, fn.homeObjectRegister, fn.functionRegister}) if (r >= 0) always.set(r);
        return new Liveness(liveIn, always);
    }

    private static void operands(Opcode op, int[] code, int pc, BitSet uses, BitSet defs) {
        switch (op) {
            case STA, SAVE_CONTEXT -> { defs.set(code[pc + 1]); return; }
            case MOV -> {
                uses.set(code[pc + 1]);
                if (code[pc + 2] != code[pc + 1]) defs.set(code[pc + 2]);
                return;
            }
            default -> {}
        }
        int arguments = op.argumentsOperand();
        for (int i = 0; i < op.operandCount(); i++) {
            // A call's first argument register starts a range, read only as far as the count says.
            if (i != arguments && op.operand(i) == OperandFormat.REG) uses.set(code[pc + 1 + i]);
        }
        if (arguments >= 0) uses.set(code[pc + 1 + arguments], code[pc + 1 + arguments] + code[pc + 2 + arguments]);
    }
}
