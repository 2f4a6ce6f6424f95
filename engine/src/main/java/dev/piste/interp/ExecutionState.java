package dev.piste.interp;

import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.realm.Realm;

import java.util.random.RandomGenerator;

/**
 * Per-realm interpreter state: the chain of active frames (for stack traces), the JS call depth,
 * the stress-resume generator, and the interrupt flag polled on loop back edges.
 */
public final class ExecutionState {
    /** The realm whose code this state runs. */
    public final Realm realm;
    Frame top;
    int depth;
    /** JS call depth at which a RangeError is thrown before the Java stack runs out. */
    public int maxDepth = 100_000;
    /** Non-null under --stress-resume: decides at which instruction boundaries frames are resumed afresh. */
    public RandomGenerator stressResume;
    /** One capture per this many instructions on average under --stress-resume. */
    public int stressResumeInterval = 7;
    /** Inline-cache settings and the megamorphic stub cache. */
    public dev.piste.ic.IcRuntime ic = new dev.piste.ic.IcRuntime(true, false, System.out, 2);
    /** Polled at loop back edges and calls in every tier; set for a sample or a termination request. */
    public volatile boolean interruptRequested;
    public volatile String interruptReason;
    private volatile boolean terminateRequested;
    volatile boolean sampleRequested;
    /** The JIT's policy and settings; null when running --jitless. */
    public TierUp tierUp;
    /** Non-null under --stress-deopt: decides where optimized code deoptimizes at random. */
    public RandomGenerator stressDeopt;
    /** --stress-osr: calls always start in the interpreter. */
    boolean stressOsr;

    private ExecutionState(Realm realm) { this.realm = realm; }

    public static ExecutionState of(Realm realm) {
        Object s = realm.executionState;
        if (s == null) realm.executionState = s = new ExecutionState(realm);
        return (ExecutionState) s;
    }

    /** Asks running code to stop at its next loop back edge or call with a RangeError-free termination. */
    public void requestInterrupt(String reason) {
        interruptReason = reason;
        terminateRequested = true;
        interruptRequested = true;
    }

    /** Asks running code for a profiler sample at its next check (the sampler thread calls this). */
    void requestSample() {
        sampleRequested = true;
        interruptRequested = true;
    }

    /** Whether a termination was requested and not yet thrown. */
    boolean terminationPending() { return terminateRequested; }

    void checkInterrupt() {
        if (interruptRequested) {
            interruptRequested = false;
            if (sampleRequested) {
                sampleRequested = false;
                Frame f = top;
                if (f != null) {
                    if (f.tier == 0) {
                        // Its own cost is measured from now on: let the policy look again at the next tick.
                        if (++f.code.interpretedSamples == dev.piste.jit.CostModel.MIN_SAMPLES && f.code.compiled == null) f.code.tierUpAt = 0;
                    }
                    else if (f.tier == 1) {
                        int n = ++f.code.compiledSamples;
                        // At 4, 8, 16... samples: enough to say what compiled code costs, re-measured as HotSpot compiles it.
                        if (tierUp != null && n >= dev.piste.jit.CostModel.MIN_SAMPLES && (n & (n - 1)) == 0) tierUp.observeCompiled(f.code);
                    }
                }
            }
            if (terminateRequested) {
                terminateRequested = false;
                throw new JsException(dev.piste.runtime.ops.ErrorType.ERROR, interruptReason == null ? "Execution interrupted" : interruptReason);
            }
        }
    }

    public Frame topFrame() { return top; }
}
