package dev.piste.jit;

/**
 * The measured costs the tier-up policy decides from: what a compilation costs (timed, per bytecode
 * unit), and what a tick costs in each tier (from the sampling profiler: self time per tick, never
 * timed on each call). Each figure starts from a prior and follows what is observed.
 *
 * <p>The compiled cost is observed, not assumed: a freshly defined class runs in HotSpot's own
 * interpreter until HotSpot compiles it, and those samples count. Before a function has been
 * compiled its compiled cost is its interpreted cost times the ratio observed on the functions that
 * ran in both tiers.
 */
public final class CostModel {
    /** Samples a function needs in a tier before its own figure replaces the estimate. */
    public static final int MIN_SAMPLES = 3;
    /**
     * Samples a window of compiled code needs before it moves the compiled/interpreted ratio: a short
     * window right after installation (HotSpot still interpreting the new class) once measured tier 1
     * 2.6x slower than the interpreter from four samples.
     */
    public static final int MIN_RATIO_SAMPLES = 10;
    /**
     * The highest compiled/interpreted ratio the model assumes. Measurements are noisy, and at 1.0 the
     * break-even of every function not yet compiled is never: nothing more would be compiled, so nothing
     * more measured, and tier 1 would stay off for good (it did, in one run of eight of a benchmark).
     */
    static final double MAX_RATIO = 0.9;
    private static final double ALPHA = 0.25;

    public final long samplePeriodNanos;
    private double compileNanosPerUnit;
    private double warmupNanosPerUnit;
    private int warmups;
    private double interpretedNanosPerTickPerUnit;
    private double compiledToInterpretedRatio;
    private int compilations;
    private int ratioObservations;

    public CostModel(long samplePeriodNanos) {
        this(samplePeriodNanos, 1500, 3.0, 0.5);
    }

    public CostModel(long samplePeriodNanos, double compileNanosPerUnit, double interpretedNanosPerTickPerUnit, double ratio) {
        this.samplePeriodNanos = samplePeriodNanos;
        this.compileNanosPerUnit = compileNanosPerUnit;
        this.interpretedNanosPerTickPerUnit = interpretedNanosPerTickPerUnit;
        this.compiledToInterpretedRatio = ratio;
    }

    /**
     * B: the expected cost of compiling a function of this many bytecode units: generating and
     * defining the class, plus what its first runs cost in HotSpot's interpreter beyond the steady state.
     */
    public double compileNanos(int units) { return (compileNanosPerUnit + warmupNanosPerUnit) * Math.max(units, 1); }

    /** Records the excess cost of a compiled function's first window over its steady state. */
    public void recordWarmup(int units, double excessNanos) {
        double perUnit = Math.max(0, excessNanos) / Math.max(units, 1);
        warmupNanosPerUnit += (warmups++ == 0 ? 1 : ALPHA) * (perUnit - warmupNanosPerUnit);
    }

    public double warmupNanosPerUnit() { return warmupNanosPerUnit; }

    /**
     * Records a compilation. One outlier (the first compilation loads the class-file library; a GC
     * may strike) moves the estimate by at most a factor of four.
     */
    public void recordCompile(int units, long nanos) {
        double perUnit = (double) nanos / Math.max(units, 1);
        if (compilations++ == 0) { compileNanosPerUnit = Math.min(perUnit, compileNanosPerUnit * 4); return; }
        perUnit = Math.max(compileNanosPerUnit / 4, Math.min(perUnit, compileNanosPerUnit * 4));
        compileNanosPerUnit += ALPHA * (perUnit - compileNanosPerUnit);
    }

    /** ci: self time per tick in the interpreter, measured when the function has samples, else estimated from its size. */
    public double interpretedNanos(int units, long ticks, long samples) {
        if (samples >= MIN_SAMPLES && ticks > 0) {
            double measured = (double) samples * samplePeriodNanos / ticks;
            interpretedNanosPerTickPerUnit += ALPHA * (measured / Math.max(units, 1) - interpretedNanosPerTickPerUnit);
            return measured;
        }
        return interpretedNanosPerTickPerUnit * Math.max(units, 1);
    }

    /** cc: the compiled cost per tick expected for a function whose interpreted cost is ci. */
    public double compiledNanos(double interpretedNanos) { return interpretedNanos * compiledToInterpretedRatio; }

    /** Records a function measured in both tiers, so that later estimates of cc follow what compiled code really costs. */
    public void recordBothTiers(double interpretedNanos, double compiledNanos) {
        if (!(interpretedNanos > 0)) return;
        double ratio = Math.min(MAX_RATIO, compiledNanos / interpretedNanos);
        compiledToInterpretedRatio += (ratioObservations++ == 0 ? 0.5 : ALPHA) * (ratio - compiledToInterpretedRatio);
    }

    public double compiledToInterpretedRatio() { return compiledToInterpretedRatio; }
    public double compileNanosPerUnit() { return compileNanosPerUnit; }
}
