package dev.piste.jit.opt;

/**
 * The interpreter's state before the instruction at {@code pc}: where every register's and the
 * accumulator's value is. Deoptimization rebuilds the interpreter frame from it. Registers that live in
 * the frame ({@code frameResident}) are null here: their value is already in the frame.
 */
public final class FrameState {
    public final int pc;
    public final Node accumulator;
    public final Node[] registers;

    FrameState(int pc, Node accumulator, Node[] registers) {
        this.pc = pc;
        this.accumulator = accumulator;
        this.registers = registers;
    }
}
