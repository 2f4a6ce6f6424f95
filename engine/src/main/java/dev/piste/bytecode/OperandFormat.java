package dev.piste.bytecode;

/** What an instruction operand means; the disassembler prints operands from this alone. */
public enum OperandFormat {
    /** A register index, printed r0, r1 … */
    REG,
    /** A constant-pool index, printed with the constant. */
    CONST,
    /** A plain int immediate. */
    IMM,
    /** An absolute code index to jump to. */
    JUMP,
    /** A feedback-vector slot index, printed [fN]. */
    FEEDBACK
}
