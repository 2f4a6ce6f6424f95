package dev.piste.bytecode;

/**
 * The compiled form of one JavaScript function (or script): code, constants, register count,
 * exception handlers and the source map from code index to line and column. Immutable after emission
 * except for the profiling counters, which every tier updates.
 *
 * <p>Register layout: bindings chosen by the scope analysis first (including the pseudo-registers for
 * {@code this}, {@code new.target}, home object and the function itself, see {@link #thisRegister}),
 * then temporaries. Parameters arrive in the registers listed by {@link #parameterRegisters}
 * (-1 for a parameter that lives in the context or is a pattern, which the prologue then handles).
 */
public final class BytecodeFunction {
    public final String name;
    public final String sourceName;
    public final int[] code;
    public final Object[] constants;
    public final int registerCount;
    /** Triples (startPc, endPc, handlerPc): innermost first; acc holds the exception at the handler. */
    public final int[] handlers;
    /** Pairs (pc, packed line&lt;&lt;12|column) sorted by pc: the position of the instruction at pc and after. */
    public final int[] positions;
    public final int feedbackSlotCount;
    public final FunctionFlags flags;
    public final int length;
    /** Register for each declared parameter, or -1. */
    public final int[] parameterRegisters;
    public final int thisRegister, newTargetRegister, homeObjectRegister, functionRegister;
    /** Context slots that receive parameters directly (captured simple parameters), -1 when not. */
    public final int[] parameterContextSlots;
    /** Size of the function-scope heap context created on entry (0 = none). */
    public final int functionContextSize;
    public final String sourceText;
    public final int line, column;

    /** A class's implicit constructor: {@code constructor(...args) { super(...args); }} for derived classes,
     *  an empty body for base classes. The interpreter constructs through it directly. */
    public boolean implicitConstructor;

    /** Source rendering of callees by call pc, for TypeError messages; empty when unknown. */
    public java.util.Map<Integer, String> calleeTexts = java.util.Map.of();

    /** Registers [0, bindingRegisterCount) hold bindings and start as undefined; the rest are temporaries,
     *  always written before they are read. */
    public int bindingRegisterCount;

    /** Whether the frame must keep the actual arguments as an array (CREATE_ARGUMENTS / CREATE_REST). */
    public boolean needsArgumentsArray = true;

    /** The feedback vector (a dev.piste.ic.FeedbackVector), made after the first few calls; null before. */
    public Object feedback;

    /** Set by %NeverOptimizeFunction: later tiers must leave this function alone. */
    public boolean neverOptimize;

    /** Tier-1 code (a dev.piste.interp.CompiledCode) once compiled: every later call enters it. */
    public Object compiled;
    /** Tier-2 code (a dev.piste.interp.CompiledCode) once optimized; discarded when it deoptimizes. */
    public Object optimized;
    /** Tier-2 code entered at the loop header {@code optimizedOsrPc} by on-stack replacement; discarded when it deoptimizes. */
    public Object optimizedOsr;
    public int optimizedOsrPc = -1;
    /** Set by %OptimizeOsr: the next back edge enters tier-2 code at its loop, whatever the counts. */
    public boolean osrRequested;
    /**
     * How tier 2's last code of this function had to be made to fit HotSpot's method size: 0 as one
     * method, 1 as one method without inlining, 2 split into methods with inlining. A recompilation
     * (after a deopt, or for another entry) starts from there rather than trying again what did not fit.
     */
    public byte optFit;
    /** Why tier 2 does not optimize this function (refused, or deoptimized too often), or null. */
    public String optRefusal;
    /** How many times this function's optimized code deoptimized. */
    public int deoptCount;
    /** Times its tier-2 code was dropped for a call site whose callee got code after it was compiled (see TierUp.calleeGotCode). */
    public int calleeRecompiles;
    /** Deoptimizations for want of feedback (a site optimized code reached before it ever ran): they cost no bet, so they are counted apart. */
    public int softDeoptCount;
    /** Deoptimizations by bytecode position of the instruction whose guard failed (soft ones included). */
    public final java.util.Map<Integer, Integer> deoptsByPc = new java.util.TreeMap<>();
    /** Why tier 1 refused this function, or null. */
    public String tierRefusal;
    /** Ticks (calls plus loop iterations, in every tier): what the tier-up policy counts. */
    public int hotness;
    /** The hotness at which the tier-up policy looks at this function again (0: never looked at yet). */
    public int tierUpAt;
    /** The hotness when tier-1 code was installed. */
    public int hotnessAtTierUp;
    /** Profiler samples that found this function on top of the stack, by tier. */
    public int interpretedSamples, compiledSamples;
    /** Compiled samples and hotness when tier-1 cost was last measured (each measurement covers the window since). */
    public int measuredSamples, measuredHotness;
    /** Tier-1 cost per tick in the first window after installation, while HotSpot still interprets the new class. */
    public double firstWindowCost;
    public long firstWindowTicks;
    /** The randomized tier-up policy's draw for this function, in [0, 1); negative until drawn. */
    public double tierQuantile = -1;

    /** Invocation count, for the tier-up policy. */
    public int invocationCount;
    /** Back-edge count, for the tier-up policy and OSR. */
    public int backEdgeCount;

    public BytecodeFunction(String name, String sourceName, int[] code, Object[] constants, int registerCount,
                            int[] handlers, int[] positions, int feedbackSlotCount, FunctionFlags flags, int length,
                            int[] parameterRegisters, int[] parameterContextSlots, int thisRegister, int newTargetRegister,
                            int homeObjectRegister, int functionRegister, int functionContextSize, String sourceText,
                            int line, int column) {
        this.name = name; this.sourceName = sourceName; this.code = code; this.constants = constants;
        this.registerCount = registerCount; this.handlers = handlers; this.positions = positions;
        this.feedbackSlotCount = feedbackSlotCount; this.flags = flags; this.length = length;
        this.parameterRegisters = parameterRegisters; this.parameterContextSlots = parameterContextSlots;
        this.thisRegister = thisRegister; this.newTargetRegister = newTargetRegister;
        this.homeObjectRegister = homeObjectRegister; this.functionRegister = functionRegister;
        this.functionContextSize = functionContextSize; this.sourceText = sourceText;
        this.line = line; this.column = column;
    }

    /** Source line of the instruction at pc (1-based), or the function's line. */
    public int lineAt(int pc) { int p = positionAt(pc); return p < 0 ? line : p >>> 12; }
    public int columnAt(int pc) { int p = positionAt(pc); return p < 0 ? column : p & 0xFFF; }

    private int positionAt(int pc) {
        int lo = 0, hi = positions.length / 2 - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (positions[mid * 2] <= pc) { found = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return found < 0 ? -1 : positions[found * 2 + 1];
    }

    /** The handler pc for an exception at pc, or -1. */
    public int handlerFor(int pc) {
        for (int i = 0; i < handlers.length; i += 3) {
            if (pc >= handlers[i] && pc < handlers[i + 1]) return handlers[i + 2];
        }
        return -1;
    }

    @Override public String toString() { return "BytecodeFunction(" + (name.isEmpty() ? "<anonymous>" : name) + ")"; }
}
