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
    /**
     * While tier-2 code of this frame runs a call made by a function inlined into it: those inlined
     * functions with their positions (this frame's pc is then the outermost call's); null otherwise.
     */
    public InlinedCallers inlined;
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
    /** Tier-2 code split into methods: what one method hands over to the next (see Handover); null otherwise. */
    public Handover handover;

    /**
     * What a method of tier-2 code split into methods (see OptCompiler's Region) hands over to the
     * next: the values live across the move (tagged ones, and int32, booleans and float64 as longs) and
     * the block the next one starts at. Made once per activation, only by split code, so that frames
     * of other code stay small.
     */
    public static final class Handover {
        public final Object[] values;
        public final long[] numbers;
        public int entry;

        public Handover(int values, int numbers) {
            this.values = new Object[values];
            this.numbers = new long[numbers];
        }
    }

    public Frame(Closure closure, Object[] registers, HeapContext context, Object[] arguments) {
        this.closure = closure;
        this.code = closure.code;
        this.registers = registers;
        this.context = context;
        this.arguments = arguments;
    }

}
