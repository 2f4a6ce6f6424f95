package dev.piste.interp;

import dev.piste.bytecode.BytecodeFunction;
import dev.piste.jit.CostModel;
import dev.piste.jit.TierPolicy;
import dev.piste.jit.baseline.BaselineCompiler;

import java.io.PrintStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.SplittableRandom;

/**
 * Moves hot functions from the interpreter to tier 1: counts ticks, asks the {@link TierPolicy} when
 * compiling pays, compiles, installs the code for all later calls, and moves a running interpreter
 * activation into it at a loop header (on-stack replacement). One per execution state (realm).
 *
 * <p>Requirements for contributors:
 * <ol>
 *   <li>A function that cannot be compiled stays in the interpreter, with its reason in
 *       {@code tierRefusal} and in the --trace-opt output; compilation never fails a program.
 *   <li>Installed code is entered only at its entry points ({@link CompiledCode#canEnterAt}); any other
 *       frame state continues in the interpreter.
 * </ol>
 */
public final class TierUp {
    /** Options of the JIT, from the command line or the embedder; null streams print nothing. */
    public record Settings(TierPolicy policy, boolean alwaysBaseline, boolean alwaysOpt, int optTicks, boolean stressOsr, boolean osr,
                           PrintStream trace, PrintStream traceDeopt, PrintStream jvmCodeListing, PrintStream irListing, boolean verify, String filter,
                           String baselineFilter, long seed, java.util.Set<String> disabledPasses, int optMethodBytes) {}

    final Settings settings;
    final CostModel costs;
    private final SplittableRandom random;
    private final MethodHandles.Lookup lookup = MethodHandles.lookup();
    /** Totals for reports (--jit-stats). */
    int compiledFunctions, refusedFunctions, osrEntries;
    long compiledUnits, compiledInstructions, compileNanos, generateNanos, jvmCodeBytes;
    private final long startNanos = System.nanoTime();
    /** The first hundred functions tier 1 refused, with the reason. */
    private final java.util.List<String> refusals = new java.util.ArrayList<>();
    private long firstInstallNanos = -1;

    /** The realm of the state this policy serves: tier-2 code is made for it (its shapes, its constants). */
    private final dev.piste.runtime.realm.Realm realm;

    private TierUp(Settings settings, CostModel costs, dev.piste.runtime.realm.Realm realm) {
        this.settings = settings;
        this.realm = realm;
        this.costs = costs;
        this.random = new SplittableRandom(settings.seed());
    }

    /** Turns the JIT on for a state, with the sampling profiler that measures its costs. */
    public static TierUp install(ExecutionState state, Settings settings, long samplePeriodNanos) {
        TierUp t = new TierUp(settings, new CostModel(samplePeriodNanos), state.realm);
        state.tierUp = t;
        state.stressOsr = settings.stressOsr();
        t.stressDeopt = state.stressDeopt != null;
        ProfileSampler.register(state, samplePeriodNanos);
        return t;
    }

    boolean stressOsr() { return settings.stressOsr(); }

    /** A call found {@code fn.hotness >= fn.tierUpAt}: compile now, or set the next point to look again. */
    void onHotCall(BytecodeFunction fn) {
        if (settings.alwaysOpt()) { alwaysOpt(fn); return; }
        if (fn.compiled != null) { hotInTierOne(fn); return; }
        if (fn.tierRefusal != null) { fn.tierUpAt = Integer.MAX_VALUE; return; }
        if (settings.stressOsr()) { fn.tierUpAt = 0; return; }
        long k = settings.alwaysBaseline() ? 0 : threshold(fn);
        if (fn.hotness >= k) compile(fn, k);
        else {
            notYet(fn, k);
        }
    }

    /**
     * A loop back edge of an interpreted frame found the function hot or already compiled: returns
     * true when the frame is to continue in compiled code at {@code loopHeader}.
     */
    boolean onHotLoop(Frame frame, int loopHeader) {
        BytecodeFunction fn = frame.code;
        if (wantsOptimizedOsr(fn)) return true; // run() enters tier 2 at the header (optimizedAtLoop)
        if (settings.alwaysOpt()) { fn.tierUpAt = 0; return false; }
        if (fn.compiled == null) {
            if (fn.tierRefusal != null) { fn.tierUpAt = Integer.MAX_VALUE; return false; }
            long k = settings.alwaysBaseline() || settings.stressOsr() ? 0 : threshold(fn);
            if (fn.hotness < k) { notYet(fn, k); return false; }
            compile(fn, k);
            if (fn.compiled == null) return false;
        }
        if (!settings.osr() || !((CompiledCode) fn.compiled).canEnterAt(loopHeader)) return false;
        osrEntries++;
        if (traced(fn)) settings.trace().printf("[opt] %s: OSR from tier 0 to 1 at the loop at %d:%d (pc %d)%n",
            describe(fn), fn.lineAt(loopHeader), fn.columnAt(loopHeader), loopHeader);
        return true;
    }

    // ---- Tier 2 (first version: --always-opt and %OptimizeFunctionOnNextCall) ----

    int optimizedFunctions, deoptimizations, optRefusals, invalidations, inlinedCalls;
    long optimizeNanos;
    /** --stress-deopt: optimized code deoptimizes at seeded random points. */
    boolean stressDeopt;

    /** Where a tier-1 function is looked at again for tier 2: after --opt-ticks more ticks (never without tier 2). */
    private int nextOptimizationCheck(BytecodeFunction fn) {
        if (settings.optTicks() <= 0 || fn.optRefusal != null || fn.neverOptimize) return Integer.MAX_VALUE;
        return (int) Math.min(Integer.MAX_VALUE, (long) fn.hotness + settings.optTicks());
    }

    /** A call of a tier-1 function that reached its tier-2 check: optimize it, once its feedback has settled. */
    private void hotInTierOne(BytecodeFunction fn) {
        if (fn.optimized == null && fn.optRefusal == null && !fn.neverOptimize && fn.feedback != null) optimize(fn);
        fn.tierUpAt = fn.optimized != null ? Integer.MAX_VALUE : nextOptimizationCheck(fn);
    }

    /** --always-opt: optimize every function at its first call that finds feedback to speculate on. */
    private void alwaysOpt(BytecodeFunction fn) {
        if (fn.optimized != null || fn.optRefusal != null) { fn.tierUpAt = Integer.MAX_VALUE; return; }
        fn.tierUpAt = 0;
        // From the third call: the feedback vector (made at the second by default) has seen a run.
        if (fn.feedback != null && fn.invocationCount >= 3) optimize(fn);
    }

    // ---- On-stack replacement into tier 2 ----

    int osrOptimizedEntries;

    /**
     * Whether a frame of fn at a loop back edge is to continue in tier-2 code: %OptimizeOsr asked for it,
     * or --always-opt, or the function ran its tier-2 check's ticks in tier 1 (a long-running loop of one
     * call reaches tier 2 without waiting for the next call).
     */
    private boolean wantsOptimizedOsr(BytecodeFunction fn) {
        if (!settings.osr() || fn.optRefusal != null || fn.neverOptimize || fn.feedback == null) return false;
        if (fn.osrRequested || settings.alwaysOpt()) return true;
        return fn.compiled != null && settings.optTicks() > 0 && fn.hotness >= fn.tierUpAt;
    }

    /** A tier-1 back edge reached the function's tier-2 check: true when the frame is to leave for tier 2 at this loop. */
    boolean onHotLoopInTierOne(BytecodeFunction fn) {
        if (wantsOptimizedOsr(fn)) return true;
        hotInTierOne(fn);
        return false;
    }

    /**
     * A frame stands at a loop header, its registers and accumulator in the frame: the tier-2 code that
     * continues it there (compiled now from the frame's values if needed), or null to go on in a lower
     * tier. The function's own entry is optimized too, so that its later calls start in tier 2.
     */
    CompiledCode optimizedAtLoop(Frame frame) {
        BytecodeFunction fn = frame.code;
        int header = frame.pc;
        if (!wantsOptimizedOsr(fn) && !(fn.optimizedOsr != null && fn.optimizedOsrPc == header)) return null;
        fn.osrRequested = false;
        if (fn.optimizedOsr == null || fn.optimizedOsrPc != header) {
            Object[] values = java.util.Arrays.copyOf(frame.registers, fn.registerCount + 1);
            values[fn.registerCount] = frame.accumulator;
            CompiledCode code = optimize(fn, header, values);
            if (code == null) return null;
            fn.optimizedOsr = code;
            fn.optimizedOsrPc = header;
        }
        if (fn.optimized == null && fn.optRefusal == null) optimize(fn);
        fn.tierUpAt = Integer.MAX_VALUE;
        osrOptimizedEntries++;
        if (traced(fn)) settings.trace().printf("[opt] %s: OSR from tier %d to 2 at the loop at %d:%d (pc %d)%n",
            describe(fn), frame.tier, fn.lineAt(header), fn.columnAt(header), header);
        return (CompiledCode) fn.optimizedOsr;
    }

    /** Compiles fn to tier 2 now (%OptimizeFunctionOnNextCall), if it has feedback and tier 2 takes it. */
    void optimizeNow(BytecodeFunction fn) {
        if (fn.optimized == null && fn.optRefusal == null) optimize(fn);
    }

    private void optimize(BytecodeFunction fn) {
        CompiledCode code = optimize(fn, 0, null);
        if (code != null) fn.optimized = code;
    }

    /** Tier-2 code of fn entered at entryPc (0, or a loop header with the frame's values), or null when refused (the reason in optRefusal). */
    private CompiledCode optimize(BytecodeFunction fn, int entryPc, Object[] entryValues) {
        long start = System.nanoTime();
        String entry = entryPc == 0 ? "" : " for OSR at pc " + entryPc;
        try {
            var listing = settings.irListing() != null && matches(fn)
                ? (dev.piste.jit.opt.Pipeline.ListingHook) (stage, graph) -> settings.irListing().print(dev.piste.jit.opt.IrPrinter.print(graph, describe(fn) + entry + " " + stage))
                : null;
            java.util.Set<String> passesOff = settings.disabledPasses();
            if (fn.optFit != 0 && traced(fn)) settings.trace().printf("[opt] %s: compiling %s, as its last code had to be%n", describe(fn),
                fn.optFit == 1 ? "without inlining" : "split into methods");
            if (fn.optFit == 1) {
                passesOff = new java.util.HashSet<>(passesOff);
                passesOff.add("inline");
            }
            dev.piste.jit.opt.Graph g = dev.piste.jit.opt.Pipeline.run(fn, entryPc, entryValues, passesOff, !settings.alwaysOpt(), realm, listing);
            dev.piste.jit.opt.OptCompiler.Output out;
            ClassLoader loader = TierUp.class.getClassLoader();
            try {
                out = dev.piste.jit.opt.OptCompiler.compile(g, loader, stressDeopt, settings.optMethodBytes(), fn.optFit == 2, -1);
            } catch (dev.piste.jit.opt.GraphBuilder.Unsupported tooLarge) {
                // One method is better than several (a loop cut between methods crosses on every iteration):
                // the function alone may fit (unless inlining did not even double it); else the code is split, inlining kept.
                boolean inlined = g.inliningDecisions.stream().anyMatch(d -> d.endsWith(": inlined"));
                int limit = Math.min(settings.optMethodBytes(), dev.piste.jit.baseline.BaselineCompiler.HUGE_METHOD_LIMIT);
                if (!inlined || tooLarge.bytes >= 2 * limit) {
                    out = dev.piste.jit.opt.OptCompiler.compile(g, loader, stressDeopt, settings.optMethodBytes(), true, tooLarge.bytes);
                    fn.optFit = 2;
                } else {
                    if (traced(fn)) settings.trace().printf("[opt] %s: %s with inlining; compiling again without%n", describe(fn), tooLarge.getMessage());
                    java.util.Set<String> off = new java.util.HashSet<>(settings.disabledPasses());
                    off.add("inline");
                    dev.piste.jit.opt.Graph alone = dev.piste.jit.opt.Pipeline.run(fn, entryPc, entryValues, off, !settings.alwaysOpt(), realm, listing);
                    try {
                        out = dev.piste.jit.opt.OptCompiler.compile(alone, loader, stressDeopt, settings.optMethodBytes(), false, -1);
                        g = alone;
                        fn.optFit = 1;
                    } catch (dev.piste.jit.opt.GraphBuilder.Unsupported stillTooLarge) {
                        if (traced(fn)) settings.trace().printf("[opt] %s: %s without inlining either; splitting the code with inlining%n", describe(fn), stillTooLarge.getMessage());
                        out = dev.piste.jit.opt.OptCompiler.compile(g, loader, stressDeopt, settings.optMethodBytes(), true, tooLarge.bytes);
                        fn.optFit = 2;
                    }
                }
            }
            if (traced(fn)) for (String d : g.inliningDecisions) settings.trace().printf("[opt] %s: inlining %s%n", describe(fn), d);
            if (settings.verify()) {
                var errors = dev.piste.jit.JvmCode.verify(out.classBytes(), java.lang.constant.ClassDesc.of(dev.piste.jit.opt.OptCompiler.CLASS_NAME), TierUp.class.getClassLoader());
                if (!errors.isEmpty()) throw new dev.piste.jit.opt.GraphBuilder.Unsupported("generated code does not verify: " + errors.getFirst().getMessage());
            }
            Class<?> cls = lookup.defineHiddenClassWithClassData(out.classBytes(), out.classData(), true).lookupClass();
            CompiledCode code = (CompiledCode) lookup.findConstructor(cls, MethodType.methodType(void.class)).invoke();
            code.frameless = out.frameless();
            code.classBytes = out.classBytes();
            code.jvmCodeBytes = out.jvmCodeBytes();
            code.compileNanos = System.nanoTime() - start;
            optimizeNanos += code.compileNanos;
            inlinedCalls += (int) g.inliningDecisions.stream().filter(d -> d.endsWith(": inlined")).count();
            for (var d : out.shapeDependencies()) {
                if (d.object().shape() != d.shape()) throw new dev.piste.jit.opt.GraphBuilder.Unsupported("a prototype changed shape during compilation");
            }
            for (var d : out.globalDependencies()) {
                Object now = d.object() != null ? dev.piste.runtime.objects.DoubleBox.read(d.object().slots()[d.slot()]) : d.realm().globalLexicals.get(d.name());
                if (now != d.value()) throw new dev.piste.jit.opt.GraphBuilder.Unsupported("a global changed during compilation");
            }
            for (var d : out.shapeDependencies()) {
                dev.piste.runtime.objects.JsObject o = d.object();
                dev.piste.runtime.objects.ShapeWatch.watch(o, () -> invalidate(fn, code, "a prototype it depends on (" + o.shape() + ") changed shape", true));
            }
            for (var d : out.globalDependencies()) {
                // A global assigned once is not folded again: no failed bet to count.
                Runnable onChange = () -> invalidate(fn, code, "global " + d.name() + " it folded was assigned", false);
                // A property of the global object is watched by slot, and by name for a let, const or class that would shadow it.
                boolean watched = d.object() != null
                    ? dev.piste.runtime.objects.ValueWatch.watch(d.object(), d.slot(), onChange) && d.realm().watchLexical(d.name(), onChange)
                    : d.realm().watchLexical(d.name(), onChange);
                if (!watched) throw new dev.piste.jit.opt.GraphBuilder.Unsupported("a global it folded was assigned during compilation");
            }
            optimizedFunctions++;
            if (settings.jvmCodeListing() != null && matches(fn)) {
                settings.jvmCodeListing().print(dev.piste.jit.baseline.JvmCodePrinter.print(describe(fn) + " in tier 2" + entry, out.classBytes()));
            }
            if (traced(fn)) settings.trace().printf("[opt] %s: tier -> 2%s after %d calls (%d deopts so far): %d guards, %d bytes of JVM code%s, compiled in %s%n",
                describe(fn), entry, fn.invocationCount, fn.deoptCount, out.guards(), out.jvmCodeBytes(),
                (out.methods() > 1 ? " in the largest of " + out.methods() + " methods" : "") + (out.frameless() ? " (and a frameless entry)" : ""), nanos(code.compileNanos));
            return code;
        } catch (dev.piste.jit.opt.GraphBuilder.Unsupported e) {
            optRefusals++;
            fn.optRefusal = e.getMessage();
            if (traced(fn)) settings.trace().printf("[opt] %s: not optimized%s: %s%n", describe(fn), entry, e.getMessage());
        } catch (Throwable e) {
            fn.optRefusal = "internal error in the optimizing compiler: " + e;
            if (traced(fn)) settings.trace().printf("[opt] %s: not optimized%s: %s%n", describe(fn), entry, fn.optRefusal);
        }
        return null;
    }

    /**
     * Something code depends on changed (what, for --trace-deopt): the code is discarded at once, and
     * activations still running it leave at their next check (lazy deoptimization, reported as they
     * do); counted as a deopt of the function when the change was a failed bet.
     */
    private void invalidate(BytecodeFunction fn, CompiledCode code, String what, boolean counted) {
        if (code.invalidated) return;
        code.invalidated = true;
        if (fn.optimized != code && fn.optimizedOsr != code) return;
        invalidations++;
        // The function's entry and OSR code come from the same feedback: both go, and the event counts once.
        fn.optimized = null;
        fn.optimizedOsr = null;
        if (counted) fn.deoptCount++;
        afterDeopt(fn);
        if (settings.traceDeopt() != null && matches(fn)) {
            settings.traceDeopt().printf("[deopt] %s: code invalidated: %s%s%n", describe(fn), what,
                fn.optRefusal != null ? "; " + fn.optRefusal + ", stays unoptimized" : "");
        }
    }

    /** A guard failed in code inlined into the frame's function, at innermostPc of innermost: as deoptimized, with the frames rebuilt. */
    void deoptimized(Frame frame, int pc, dev.piste.jit.opt.OptCompiler.DeoptReason reason, int frames, int innermostPc, BytecodeFunction innermost) {
        learn(reason, innermost, innermostPc);
        if (settings.traceDeopt() != null && matches(frame.code)) {
            settings.traceDeopt().printf("[deopt] %s: in %s inlined, at pc %d (%d:%d): %s; %d frames rebuilt%n", describe(frame.code), describe(innermost),
                innermostPc, innermost.lineAt(innermostPc), innermost.columnAt(innermostPc), reason.name().toLowerCase().replace('_', ' '), frames);
        }
        deoptimized(frame, pc, reason, false);
    }

    /** Optimized code of the frame's function failed a guard: discard it; the interpreter goes on from the frame. */
    void deoptimized(Frame frame, int pc, dev.piste.jit.opt.OptCompiler.DeoptReason reason) {
        learn(reason, frame.code, pc);
        deoptimized(frame, pc, reason, true);
    }

    /**
     * What a failed bet teaches that the interpreter, re-running the instruction, does not record
     * itself: an element store, or a megamorphic named access, that needed the generic path where the
     * code had none.
     */
    private static void learn(dev.piste.jit.opt.OptCompiler.DeoptReason reason, BytecodeFunction fn, int pc) {
        if (!(fn.feedback instanceof dev.piste.ic.FeedbackVector fv)) return;
        dev.piste.bytecode.Opcode op = dev.piste.bytecode.Opcode.of(fn.code[pc]);
        if (reason == dev.piste.jit.opt.OptCompiler.DeoptReason.GENERIC_ELEMENT_STORE && op == dev.piste.bytecode.Opcode.SET_KEYED) {
            fv.keyed(fn.code[pc + 3]).genericStoreWithoutFrame = true;
        }
        if (reason == dev.piste.jit.opt.OptCompiler.DeoptReason.GENERIC_PROPERTY
                && (op == dev.piste.bytecode.Opcode.GET_NAMED || op == dev.piste.bytecode.Opcode.SET_NAMED)) {
            fv.property(fn.code[pc + 3]).genericWithoutFrame = true;
        }
    }

    private void deoptimized(Frame frame, int pc, dev.piste.jit.opt.OptCompiler.DeoptReason reason, boolean traced) {
        BytecodeFunction fn = frame.code;
        if (reason == dev.piste.jit.opt.OptCompiler.DeoptReason.STRESS || reason == dev.piste.jit.opt.OptCompiler.DeoptReason.LAZY
                || reason == dev.piste.jit.opt.OptCompiler.DeoptReason.INTERRUPTED) {
            // Stress, interrupted: nothing was wrong with the code, which stays installed. Lazy: the code was already discarded (and counted) by invalidate.
            deoptimizations++;
            if (traced && settings.traceDeopt() != null && matches(fn)) settings.traceDeopt().printf("[deopt] %s: %s at pc %d (%d:%d): %s; 1 frame rebuilt%n",
                describe(fn), reason == dev.piste.jit.opt.OptCompiler.DeoptReason.LAZY ? "lazy" : "eager", pc, fn.lineAt(pc), fn.columnAt(pc),
                switch (reason) {
                    case LAZY -> "its code was invalidated during the call before";
                    case INTERRUPTED -> "interrupted in a loop without a frame of its own";
                    default -> "stress";
                });
            return;
        }
        fn.optimized = null;
        fn.optimizedOsr = null;
        fn.deoptsByPc.merge(pc, 1, Integer::sum);
        deoptimizations++;
        boolean soft = reason == dev.piste.jit.opt.OptCompiler.DeoptReason.INSUFFICIENT_FEEDBACK;
        if (soft) fn.softDeoptCount++; else fn.deoptCount++;
        afterDeopt(fn);
        if (traced && settings.traceDeopt() != null && matches(fn)) {
            settings.traceDeopt().printf("[deopt] %s: eager at pc %d (%d:%d): %s; 1 frame rebuilt%s%n", describe(fn), pc, fn.lineAt(pc), fn.columnAt(pc),
                reason.name().toLowerCase().replace('_', ' '), fn.optRefusal != null ? "; " + fn.optRefusal + ", stays unoptimized" : "");
        }
    }

    /**
     * fn lost its tier-2 code: it stays unoptimized after too many deopts (in all, or at one site, where
     * learning from the feedback did not help), else it is looked at again later.
     */
    private void afterDeopt(BytecodeFunction fn) {
        boolean siteKeepsFailing = fn.deoptsByPc.values().stream().anyMatch(n -> n >= MAX_DEOPTS_AT_SITE);
        if (fn.deoptCount >= MAX_DEOPTS || siteKeepsFailing) fn.optRefusal = "deoptimized " + fn.deoptCount + " times (at pc:count " + fn.deoptsByPc + ")";
        else if (fn.softDeoptCount >= MAX_SOFT_DEOPTS) fn.optRefusal = "reached " + fn.softDeoptCount + " sites without feedback";
        else fn.tierUpAt = settings.alwaysOpt() ? 0 : nextOptimizationCheck(fn);
    }

    /**
     * Tier-2 code of the frame's function fn made the generic call at a site (its own, at the frame's pc) that has only called closures with
     * tier-2 code, which the code would call directly: it was compiled before one of them had that code
     * (none, or tier 1's then). The code is dropped, not invalidated (it
     * stays correct where it runs), and fn is optimized again later, knowing the callee's code; twice at
     * most, so that callees whose code keeps changing cannot keep fn recompiling.
     */
    void calleeGotCode(Frame frame, int slot) {
        BytecodeFunction fn = frame.code;
        if (fn.calleeRecompiles >= MAX_CALLEE_RECOMPILES || fn.optimized == null || !(fn.feedback instanceof dev.piste.ic.FeedbackVector fv)) return;
        // Only once every callee has tier-2 code: tier-1 code is about to be replaced, and each drop costs a compilation.
        if (!fv.call(slot).allTargets(t -> t instanceof Closure c && c.directCallable && c.code.optimized != null)) return;
        fn.calleeRecompiles++;
        fn.optimized = null;
        fn.optimizedOsr = null;
        fn.tierUpAt = settings.alwaysOpt() ? 0 : nextOptimizationCheck(fn);
        if (traced(fn)) settings.trace().printf("[opt] %s: tier-2 code dropped: the call at pc %d (%d:%d) reaches code it was not compiled for (optimized again later)%n",
            describe(fn), frame.pc, fn.lineAt(frame.pc), fn.columnAt(frame.pc));
    }

    static final int MAX_CALLEE_RECOMPILES = 2;

    /**
     * Deoptimizations after which a function is not optimized again: in all, and at one site. Each failed
     * bet is written into the feedback, so that a function whose sites fail one after the other (each
     * seeing a new shape once) is still optimized in the end, while one that fails at the same site
     * again and again is not.
     */
    static final int MAX_DEOPTS = 8, MAX_DEOPTS_AT_SITE = 3;
    /** Deoptimizations for want of feedback after which a function is not optimized again (each one gives a site feedback, so few happen). */
    static final int MAX_SOFT_DEOPTS = 10;

    /**
     * Not worth compiling yet: look again at k ticks. When the figures say never (compiled code measured
     * no cheaper than interpreted), look again once the ticks have doubled: the figures are
     * measurements, and one window of tier-1 code HotSpot had not compiled yet once made the
     * compiled/interpreted ratio 1.0 for a moment, which left every function looked at then in the
     * interpreter for good (a benchmark 8x slower in one run of ten).
     */
    private void notYet(BytecodeFunction fn, long k) {
        if (fn.hotness > 1 && traced(fn)) settings.trace().printf("[opt] %s: not yet after %d ticks: k=%s%n", describe(fn), fn.hotness,
            k >= TierPolicy.NEVER ? "never" : Long.toString(k));
        fn.tierUpAt = nextLook(fn.hotness, k);
    }

    /** The hotness at which a function with these ticks and this threshold is looked at again. */
    static int nextLook(int hotness, long k) {
        long next = k >= TierPolicy.NEVER ? Math.max(2L * hotness, (long) hotness + RECHECK_TICKS) : k;
        return (int) Math.min(next, Integer.MAX_VALUE - 1);
    }

    /** The fewest ticks before a function the figures said never to compile is looked at again. */
    static final int RECHECK_TICKS = 1000;

    /** Compiles fn now, whatever its counts (%CompileBaseline). */
    void compileNow(BytecodeFunction fn) {
        if (fn.compiled == null && fn.tierRefusal == null) compile(fn, 0);
    }

    /** The policy's threshold for fn with what is measured now; prints the figures when asked. */
    private long threshold(BytecodeFunction fn) {
        double b = costs.compileNanos(fn.code.length);
        double ci = costs.interpretedNanos(fn.code.length, fn.hotness, fn.interpretedSamples);
        double cc = costs.compiledNanos(ci);
        if (fn.tierQuantile < 0) fn.tierQuantile = random.nextDouble();
        return settings.policy().threshold(b, ci, cc, fn.tierQuantile);
    }

    /**
     * Measures a compiled function's cost per tick over the window since the last measurement. The
     * first window after installation includes the time HotSpot runs the new class in its own
     * interpreter: its excess over the next window's cost is charged to compilation (B), and only the
     * later windows set the compiled/interpreted ratio.
     */
    void observeCompiled(BytecodeFunction fn) {
        if (fn.measuredHotness == 0) { fn.measuredHotness = fn.hotnessAtTierUp; }
        long windowTicks = (long) fn.hotness - fn.measuredHotness;
        int windowSamples = fn.compiledSamples - fn.measuredSamples;
        long interpretedTicks = fn.hotnessAtTierUp;
        if (windowTicks <= 0) return;
        double cc = (double) windowSamples * costs.samplePeriodNanos / windowTicks;
        boolean first = fn.measuredSamples == 0;
        // A later window too short to say much grows until it is not (see CostModel.MIN_RATIO_SAMPLES).
        if (!first && windowSamples < CostModel.MIN_RATIO_SAMPLES) return;
        fn.measuredSamples = fn.compiledSamples;
        fn.measuredHotness = fn.hotness;
        if (first) { fn.firstWindowCost = cc; fn.firstWindowTicks = windowTicks; return; }
        if (fn.firstWindowTicks > 0) {
            costs.recordWarmup(fn.code.length, (fn.firstWindowCost - cc) * fn.firstWindowTicks);
            fn.firstWindowTicks = 0;
        }
        if (fn.interpretedSamples < CostModel.MIN_SAMPLES || interpretedTicks <= 0) return;
        double ci = (double) fn.interpretedSamples * costs.samplePeriodNanos / interpretedTicks;
        costs.recordBothTiers(ci, cc);
        if (traced(fn)) settings.trace().printf("[opt] %s: measured in tier 1: cc=%s over %d ticks (ci=%s), compiled/interpreted now %.2f%n",
            describe(fn), nanos(cc), windowTicks, nanos(ci), costs.compiledToInterpretedRatio());
    }

    private void compile(BytecodeFunction fn, long k) {
        if (traced(fn)) {
            double b = costs.compileNanos(fn.code.length);
            double ci = costs.interpretedNanos(fn.code.length, fn.hotness, fn.interpretedSamples);
            String policy = settings.alwaysBaseline() ? "always-baseline" : settings.stressOsr() ? "stress-osr"
                : settings.policy().kind.name().toLowerCase();
            settings.trace().printf("[opt] %s: tier 0 -> 1 after %d calls, %d loop iterations (%s: B=%s, ci=%s, cc=%s, k=%s%s)%n",
                describe(fn), fn.invocationCount, fn.backEdgeCount, policy, nanos(b), nanos(ci), nanos(costs.compiledNanos(ci)),
                k >= TierPolicy.NEVER ? "never" : Long.toString(k),
                fn.interpretedSamples >= CostModel.MIN_SAMPLES ? ", ci from " + fn.interpretedSamples + " samples" : ", ci estimated");
        }
        if (!admitted(fn)) { refuse(fn, "excluded by --baseline-filter=" + settings.baselineFilter()); return; }
        long start = System.nanoTime();
        try {
            BaselineCompiler.Output out = BaselineCompiler.compile(fn, settings.verify(), TierUp.class.getClassLoader());
            generateNanos += System.nanoTime() - start;
            Class<?> cls = lookup.defineHiddenClassWithClassData(out.classBytes(), out.classData(), true).lookupClass();
            CompiledCode code = (CompiledCode) lookup.findConstructor(cls, MethodType.methodType(void.class)).invoke();
            code.entries = out.entries();
            code.classBytes = out.classBytes();
            code.chunks = out.chunks();
            long nanos = System.nanoTime() - start;
            int jvmBytes = out.jvmCodeBytes() >= 0 ? out.jvmCodeBytes() : BaselineCompiler.codeBytes(out.classBytes());
            code.jvmCodeBytes = jvmBytes;
            code.compileNanos = nanos;
            costs.recordCompile(fn.code.length, nanos);
            compiledFunctions++;
            compiledUnits += fn.code.length;
            compiledInstructions += instructionCount(fn);
            compileNanos += nanos;
            jvmCodeBytes += jvmBytes;
            if (firstInstallNanos < 0) firstInstallNanos = System.nanoTime() - startNanos;
            fn.hotnessAtTierUp = fn.hotness;
            fn.tierUpAt = settings.alwaysOpt() ? 0 : nextOptimizationCheck(fn);
            fn.compiled = code;
            if (traced(fn)) settings.trace().printf("[opt] %s: compiled in %s: %d bytecode units -> %d bytes of JVM code in %d method%s%n",
                describe(fn), nanos(nanos), fn.code.length, jvmBytes, out.chunks(), out.chunks() == 1 ? "" : "s");
            if (settings.jvmCodeListing() != null && matches(fn)) settings.jvmCodeListing().print(dev.piste.jit.baseline.JvmCodePrinter.print(describe(fn), out.classBytes()));
        } catch (BaselineCompiler.Refusal e) {
            refuse(fn, e.getMessage());
        } catch (Throwable e) {
            // A generator bug must not fail the program: the function stays interpreted and says why.
            refuse(fn, "internal error in the baseline compiler: " + e);
        }
    }

    private static int instructionCount(BytecodeFunction fn) {
        int n = 0;
        for (int pc = 0; pc < fn.code.length; pc += dev.piste.bytecode.Opcode.of(fn.code[pc]).length()) n++;
        return n;
    }

    public java.util.List<String> refusals() { return java.util.List.copyOf(refusals); }

    /** One line of totals: what was compiled, how fast, when the first compiled code was installed. */
    public String stats() {
        double ms = compileNanos / 1e6;
        return String.format("[jit-stats] tier 1: %d functions compiled, %d refused; %d bytecode instructions (%d units) -> %d bytes of JVM code"
                + " in %.1f ms (%.0f instructions/ms; generating %.1f ms, defining classes %.1f ms); first code installed %s after start; %d OSR entries",
            compiledFunctions, refusedFunctions, compiledInstructions, compiledUnits, jvmCodeBytes, ms,
            ms > 0 ? compiledInstructions / ms : 0.0, generateNanos / 1e6, (compileNanos - generateNanos) / 1e6, firstInstallNanos < 0 ? "never" : nanos(firstInstallNanos), osrEntries)
            + String.format("%n[jit-stats] tier 2: %d compilations (%d entries by OSR), %d refused, in %.1f ms; %d calls inlined; %d deoptimizations, %d invalidations",
                optimizedFunctions, osrOptimizedEntries, optRefusals, optimizeNanos / 1e6, inlinedCalls, deoptimizations, invalidations);
    }

    private void refuse(BytecodeFunction fn, String reason) {
        fn.tierRefusal = reason;
        fn.tierUpAt = Integer.MAX_VALUE;
        refusedFunctions++;
        if (refusals.size() < 100) refusals.add(describe(fn) + ": " + reason);
        if (traced(fn)) settings.trace().printf("[opt] %s: stays in tier 0: %s%n", describe(fn), reason);
    }

    /** --baseline-filter: {@code *} all, {@code -} none, {@code text} names containing it, {@code -text} all others. */
    private boolean admitted(BytecodeFunction fn) {
        String f = settings.baselineFilter();
        if (f.isEmpty() || f.equals("*")) return true;
        if (f.startsWith("-")) return f.length() > 1 && !fn.name.contains(f.substring(1));
        return fn.name.contains(f);
    }

    private boolean matches(BytecodeFunction fn) { return settings.filter().isEmpty() || fn.name.contains(settings.filter()); }
    private boolean traced(BytecodeFunction fn) { return settings.trace() != null && matches(fn); }

    static String describe(BytecodeFunction fn) {
        String name = fn.flags.script() ? "<script>" : fn.name.isEmpty() ? "<anonymous>" : fn.name;
        String file = fn.sourceName == null ? "" : fn.sourceName.substring(fn.sourceName.lastIndexOf('/') + 1);
        return name + " (" + file + ":" + fn.line + ")";
    }

    static String nanos(double ns) {
        if (ns >= 1e6) return String.format("%.1fms", ns / 1e6);
        if (ns >= 1e4) return Math.round(ns / 1e3) + "us";
        if (ns >= 1e3) return String.format("%.1fus", ns / 1e3);
        return Math.round(ns) + "ns";
    }
}
