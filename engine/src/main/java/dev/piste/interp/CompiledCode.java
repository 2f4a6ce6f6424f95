package dev.piste.interp;

import java.util.BitSet;

/**
 * Tier-1 code of one function: a generated hidden class (see {@code jit.baseline.BaselineCompiler})
 * that runs a {@link Frame} from {@code frame.pc} with the interpreter's semantics and frame layout.
 * Installed in {@code BytecodeFunction.compiled}, it becomes the entry for every later call.
 */
public abstract class CompiledCode {
    /** Returned by a chunk that jumps outside itself; never seen outside {@link #execute}. */
    static final Object CONTINUE = new Object();

    /** Runs the frame from {@code frame.pc} (an entry point) until it returns a value or suspends. */
    public abstract Object execute(Frame frame, ExecutionState state);

    /**
     * Set when an assumption of this (tier-2) code broke: the code is no longer installed, and
     * activations still running it leave for the interpreter at their next check (after a call).
     */
    public boolean invalidated;

    /** Where the code can be entered: the start, jump targets (loop headers), handlers and resume points. */
    BitSet entries;
    /** What was generated, for --print-jvm-code. */
    byte[] classBytes;
    int chunks;
    int jvmCodeBytes;
    long compileNanos;

    boolean canEnterAt(int pc) { return entries.get(pc); }
}
