package dev.piste.runtime.realm;

import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The realm's microtask (job) queue, and the promises rejected with no handler yet
 * (HostPromiseRejectionTracker). Jobs run in FIFO order; the host drains the queue after the script
 * and after every macrotask.
 */
public final class JobQueue {
    private final ArrayDeque<Runnable> jobs = new ArrayDeque<>();
    /** Rejected promises that have no handler; a promise leaves the set when a handler is added. */
    public final Set<Object> unhandledRejections = new LinkedHashSet<>();

    public void enqueue(Runnable job) { jobs.add(job); }

    public boolean isEmpty() { return jobs.isEmpty(); }

    /** Runs jobs until none is left (jobs may enqueue more). Exceptions propagate to the host. */
    public void drain() {
        Runnable job;
        while ((job = jobs.poll()) != null) job.run();
    }
}
