package dev.piste.jit.opt;

/**
 * What a {@link Node} is. The names state the contract: {@code GENERIC} does exactly what the
 * interpreter does for its bytecode instruction (through the shared step) and may call out; later
 * passes replace generic nodes by {@code Checked*} nodes (speculation with a guard that deoptimizes)
 * and {@code Unsafe*} nodes (relying on a proven fact).
 */
public enum Op {
    /** A constant value ({@code data}). */
    CONSTANT,
    /** A register's (or, with data -1, the accumulator's) value when the code is entered. */
    ENTRY,
    /** SSA merge of the inputs, one per predecessor block in order. */
    PHI,
    /** A register that lives in the frame (a step reaches it by index): read it. */
    LOAD_FRAME_REGISTER,
    /** ... and write it: input 0 is the value. */
    STORE_FRAME_REGISTER,
    /** The current heap context (SAVE_CONTEXT). */
    LOAD_CONTEXT,
    /** Makes input 0 the current heap context (RESTORE_CONTEXT). */
    STORE_CONTEXT,
    /** A bytecode instruction done by its step; inputs: the accumulator, then the register operands passed by value. */
    GENERIC,
    /** A loop back edge: counters and the interrupt check. */
    LOOP_CHECK,
    // ---- Block ends ----
    JUMP,
    /** Branch on input 0 by the conditional jump's opcode ({@code data}); successors: taken, not taken. */
    BRANCH,
    RETURN,
    THROW,
}
