package dev.piste.jit;

/**
 * When to stop interpreting a function and compile it: the ski-rental problem. Interpreting costs
 * {@code ci} per tick (a call or a loop iteration), compiled code {@code cc}, compiling {@code B} once.
 * Paying rent until it reaches the purchase price, {@code k = B / (ci - cc)} ticks, costs at most twice
 * what an oracle that knew the future would pay; drawing the threshold at random from the density
 * {@code e^(x/k) / (k (e - 1))} on {@code [0, k]} lowers the expected ratio to {@code e / (e - 1)} ≈ 1.58.
 *
 * <p>Pure arithmetic: the measurements come from {@link CostModel}, the random quantile from the caller.
 */
public final class TierPolicy {
    public enum Kind { FIXED, BREAKEVEN, RANDOMIZED }

    /** A threshold that is never reached. */
    public static final long NEVER = Integer.MAX_VALUE;

    public final Kind kind;
    /** Ticks before compiling under {@link Kind#FIXED}. */
    public final long fixedThreshold;

    public TierPolicy(Kind kind, long fixedThreshold) {
        this.kind = kind;
        this.fixedThreshold = fixedThreshold;
    }

    public static Kind parse(String name) {
        return switch (name) {
            case "fixed" -> Kind.FIXED;
            case "breakeven" -> Kind.BREAKEVEN;
            case "randomized" -> Kind.RANDOMIZED;
            default -> throw new IllegalArgumentException("--tier-policy must be fixed, breakeven or randomized, not " + name);
        };
    }

    /** The break-even number of ticks {@code ceil(B / (ci - cc))}; {@link #NEVER} when compiled code is not cheaper. */
    public static long breakEven(double compileNanos, double interpretedNanos, double compiledNanos) {
        double saving = interpretedNanos - compiledNanos;
        if (!(saving > 0)) return NEVER;
        double k = Math.ceil(compileNanos / saving);
        return k >= NEVER ? NEVER : Math.max(1, (long) k);
    }

    /**
     * The randomized rule's threshold for quantile {@code u} in [0, 1): the inverse of the distribution
     * function {@code F(x) = (e^(x/k) - 1) / (e - 1)}, that is {@code x = k ln(1 + u (e - 1))}.
     */
    public static long randomized(long k, double u) {
        if (k >= NEVER) return NEVER;
        double x = k * Math.log1p(u * (Math.E - 1));
        return Math.max(1, (long) Math.ceil(x));
    }

    /** The threshold for a function with these costs; {@code u} is the function's own random quantile. */
    public long threshold(double compileNanos, double interpretedNanos, double compiledNanos, double u) {
        return switch (kind) {
            case FIXED -> fixedThreshold;
            case BREAKEVEN -> breakEven(compileNanos, interpretedNanos, compiledNanos);
            case RANDOMIZED -> randomized(breakEven(compileNanos, interpretedNanos, compiledNanos), u);
        };
    }

    /**
     * What a policy pays on a function that runs {@code n} ticks, with threshold {@code t}: rent until
     * the threshold, then the purchase and compiled ticks. The competitive analysis compares this with
     * {@link #optimalCost}.
     */
    public static double cost(long n, long t, double compileNanos, double interpretedNanos, double compiledNanos) {
        if (n < t) return n * interpretedNanos;
        return t * interpretedNanos + compileNanos + (n - t) * compiledNanos;
    }

    /** What an oracle that knows {@code n} pays: the cheaper of never compiling and compiling at once. */
    public static double optimalCost(long n, double compileNanos, double interpretedNanos, double compiledNanos) {
        return Math.min(n * interpretedNanos, compileNanos + n * compiledNanos);
    }
}
