package dev.piste.interp;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * The sampling profiler behind the tier-up policy's cost figures: a daemon thread that, every period,
 * asks each registered execution state for a sample. The running code takes it at its next interrupt
 * check (a call or a loop back edge) by charging the function on top of the stack, in the tier it runs
 * in. Costs per tick are then self time (samples × period) over ticks, with nothing timed on each call.
 */
final class ProfileSampler {
    private ProfileSampler() {}

    private static final List<WeakReference<ExecutionState>> STATES = new ArrayList<>();
    private static long periodNanos;
    private static Thread thread;

    static synchronized void register(ExecutionState state, long period) {
        STATES.add(new WeakReference<>(state));
        periodNanos = periodNanos == 0 ? period : Math.min(periodNanos, period);
        if (thread == null) {
            thread = Thread.ofPlatform().daemon().name("piste-profile-sampler").start(ProfileSampler::run);
        }
    }

    private static void run() {
        while (true) {
            LockSupport.parkNanos(periodNanos);
            synchronized (ProfileSampler.class) {
                STATES.removeIf(ref -> {
                    ExecutionState s = ref.get();
                    if (s == null) return true;
                    if (s.top != null) s.requestSample();
                    return false;
                });
            }
        }
    }
}
