package dev.piste.interp;

import dev.piste.bytecode.BytecodeFunction;

/**
 * The complete state of one interpreter activation between two instructions: registers, accumulator,
 * current heap context and the position of the next instruction. Nothing else is kept on the Java
 * stack across instructions, so a frame can be captured, resumed in a fresh activation, suspended
 * (generators, await) or rebuilt from a compiled tier's metadata (deoptimization).
 */
public final class Frame {
    public final Closure closure;
    public final BytecodeFunction code;
    public Object[] registers;
    public HeapContext context;
    public int pc;
    public Object accumulator;
    /** The actual arguments (for rest parameters and the arguments object). */
    public final Object[] arguments;
    /** The calling frame while this one runs (for stack traces); null at the bottom. */
    public Frame caller;
    /** The function-scope context created on entry (where captured this/new.target live). */
    public HeapContext functionContext;
    /** The last SUSPEND yielded an iterator result object to pass through unchanged (yield*). */
    public boolean yieldedResultObject;
    /** The frame is suspended at an AWAIT (async functions and async generators). */
    public boolean awaiting;
    /** For a suspended generator: the register that receives the resume mode. */
    public int resumeModeRegister = -1;
    /** The tier running this frame: 0 interpreter, 1 baseline code, 2 optimized code. */
    public byte tier;
    /**
     * Tier-2 code split into methods (see OptCompiler.Region): the values live across the move from
     * one method to the next (tagged ones), and the block the next one starts at.
     */
    public Object[] regionValues;
    /** ... and those the code holds unboxed (int32 and booleans as ints, float64 as its bits). */
    public long[] regionNumbers;
    public int regionEntry;

    public Frame(Closure closure, Object[] registers, HeapContext context, Object[] arguments) {
        this.closure = closure;
        this.code = closure.code;
        this.registers = registers;
        this.context = context;
        this.arguments = arguments;
    }

}
