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
     * Set on tier-2 code that runs a call without a frame ({@link #executeFrameless}): code that throws
     * nothing, reaches no register by index, and calls only functions with code to enter (and then has
     * no loop), of a function whose frame would be made from its closure, this and arguments alone
     * (see tier 2's OptCompiler.runsWithoutFrame). While it calls, a frame without registers stands for it.
     */
    public boolean frameless;

    /**
     * Runs a call of closure with this and the arguments {@code args[first .. first + count)}, without a
     * frame: the frame is made, pushed and handed to the interpreter only when the code deoptimizes,
     * from the same closure, this and arguments. {@code none} is null (the body's frame local).
     */
    public Object executeFrameless(Frame none, ExecutionState state, Object[] args, Closure closure, Object thisArg, int first, int count) {
        throw new IllegalStateException("no frameless entry");
    }

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
