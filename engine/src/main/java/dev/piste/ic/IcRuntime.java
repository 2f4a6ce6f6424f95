package dev.piste.ic;

import dev.piste.runtime.ops.JsOps;

import java.io.PrintStream;

/** Per-realm IC settings and shared state: on/off (--no-ic), tracing (--trace-ic), the stub cache. */
public final class IcRuntime {
    public final boolean enabled;
    public final boolean trace;
    public final PrintStream out;
    public final StubCache stubCache = new StubCache();
    /** Calls of a function before its feedback vector is allocated: code run once pays nothing. */
    public final int feedbackAfterCalls;

    public IcRuntime(boolean enabled, boolean trace, PrintStream out, int feedbackAfterCalls) {
        this.enabled = enabled;
        this.trace = trace;
        this.out = out;
        this.feedbackAfterCalls = feedbackAfterCalls;
    }

    void trace(Site site, Object key, boolean store, String what) {
        out.println("[ic] " + site + (key == null ? "" : " " + JsOps.keyToDisplay(key)) + ": " + what);
    }

    void trace(Site site, String what) { out.println("[ic] " + site + ": " + what); }
}
