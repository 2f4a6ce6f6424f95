package dev.piste.api;

import dev.piste.runtime.builtins.BuiltinHelper;
import dev.piste.runtime.objects.JsFunction;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.NativeFunction;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.Undefined;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

import static dev.piste.runtime.builtins.BuiltinHelper.arg;

/**
 * The host event loop, with node's phase order for what a program can observe deterministically:
 * the script, then microtasks; then repeatedly the timers that are due (each followed by a microtask
 * drain), then the immediates queued so far (each followed by a drain). It ends when no timer or
 * immediate is left. Microtasks always drain completely before the next macrotask.
 */
final class EventLoop {
    private final Realm realm;
    private final PriorityQueue<Timer> timers = new PriorityQueue<>((a, b) -> a.due != b.due ? Long.compare(a.due, b.due) : Long.compare(a.seq, b.seq));
    private final Map<Integer, Timer> activeTimers = new HashMap<>();
    private ArrayDeque<Immediate> immediates = new ArrayDeque<>();
    private final Map<Integer, Immediate> activeImmediates = new HashMap<>();
    private int nextId = 1;
    private long seq;
    private final long start = System.nanoTime();

    private static final class Timer {
        final int id;
        long due;
        final long seq;
        final JsFunction callback;
        final Object[] args;
        final long interval;
        boolean cancelled;
        Timer(int id, long due, long seq, JsFunction callback, Object[] args, long interval) {
            this.id = id; this.due = due; this.seq = seq; this.callback = callback; this.args = args; this.interval = interval;
        }
    }

    private record Immediate(int id, JsFunction callback, Object[] args) {}

    /** The object setTimeout returns: node returns a Timeout object; Piste returns one with the id. */
    static final class TimerHandle extends JsObject {
        final int id;
        TimerHandle(JsObject proto, int id) { super(proto); this.id = id; }
        @Override public String className() { return "Timeout"; }
    }

    EventLoop(Realm realm) {
        this.realm = realm;
        install();
    }

    private long now() { return (System.nanoTime() - start) / 1_000_000; }

    private void install() {
        JsObject g = realm.globalObject;
        JsObject timeoutProto = new JsObject(realm.objectPrototype);
        BuiltinHelper.method(realm, timeoutProto, dev.piste.runtime.values.JsSymbol.TO_PRIMITIVE, 0, (self, args, nt) -> ((TimerHandle) self).id);
        BuiltinHelper.method(realm, timeoutProto, "ref", 0, (self, args, nt) -> self);
        BuiltinHelper.method(realm, timeoutProto, "unref", 0, (self, args, nt) -> self);
        BuiltinHelper.method(realm, timeoutProto, "hasRef", 0, (self, args, nt) -> true);
        BuiltinHelper.method(realm, g, "setTimeout", 2, (self, args, nt) -> addTimer(timeoutProto, args, false));
        BuiltinHelper.method(realm, g, "setInterval", 2, (self, args, nt) -> addTimer(timeoutProto, args, true));
        NativeFunction clear = BuiltinHelper.method(realm, g, "clearTimeout", 1, (self, args, nt) -> { cancelTimer(arg(args, 0)); return Undefined.INSTANCE; });
        g.defineOwn("clearInterval", new NativeFunction(realm, "clearInterval", 1, false, (self, args, nt) -> clear.call(self, args)), PropertyAttributes.HIDDEN);
        BuiltinHelper.method(realm, g, "setImmediate", 1, (self, args, nt) -> {
            JsFunction f = callback(arg(args, 0));
            int id = nextId++;
            Immediate im = new Immediate(id, f, Arrays.copyOfRange(args, Math.min(1, args.length), args.length));
            immediates.add(im);
            activeImmediates.put(id, im);
            return new TimerHandle(timeoutProto, id);
        });
        BuiltinHelper.method(realm, g, "clearImmediate", 1, (self, args, nt) -> {
            if (arg(args, 0) instanceof TimerHandle h) activeImmediates.remove(h.id);
            return Undefined.INSTANCE;
        });
        // performance.now(): milliseconds since the loop (the program) started, with sub-millisecond precision.
        JsObject performance = new JsObject(realm.objectPrototype);
        BuiltinHelper.method(realm, performance, "now", 0, (self, args, nt) -> (System.nanoTime() - start) / 1e6);
        performance.defineOwn("timeOrigin", (double) System.currentTimeMillis(), PropertyAttributes.HIDDEN);
        g.defineOwn("performance", performance, PropertyAttributes.HIDDEN);
        BuiltinHelper.method(realm, g, "queueMicrotask", 1, (self, args, nt) -> {
            JsFunction f = callback(arg(args, 0));
            realm.jobs.enqueue(() -> f.call(Undefined.INSTANCE, new Object[0]));
            return Undefined.INSTANCE;
        });
    }

    private JsFunction callback(Object f) {
        if (f instanceof JsFunction fn) return fn;
        throw JsException.typeError("The \"callback\" argument must be of type function. Received " + JsOps.describe(f));
    }

    private Object addTimer(JsObject proto, Object[] args, boolean repeat) {
        JsFunction f = callback(arg(args, 0));
        double d = args.length > 1 ? JsOps.toNumber(args[1]) : 0;
        long delay = Double.isNaN(d) || d < 1 || d > 2147483647 ? 1 : (long) d;
        int id = nextId++;
        Timer t = new Timer(id, now() + delay, seq++, f, Arrays.copyOfRange(args, Math.min(2, args.length), args.length), repeat ? delay : -1);
        timers.add(t);
        activeTimers.put(id, t);
        return new TimerHandle(proto, id);
    }

    private void cancelTimer(Object handle) {
        int id = handle instanceof TimerHandle h ? h.id : handle instanceof Number n ? n.intValue() : -1;
        Timer t = activeTimers.remove(id);
        if (t != null) t.cancelled = true;
    }

    /** Drains microtasks and reports the first unhandled rejection, as node does after each turn. */
    void drainMicrotasks() {
        realm.jobs.drain();
        if (!realm.jobs.unhandledRejections.isEmpty()) {
            Object promise = realm.jobs.unhandledRejections.iterator().next();
            realm.jobs.unhandledRejections.clear();
            Object reason = ((dev.piste.runtime.builtins.PromiseBuiltins.PromiseObject) promise).result();
            throw new UnhandledRejection(reason);
        }
    }

    /** Thrown out of the loop when a rejected promise has no handler after a microtask drain. */
    static final class UnhandledRejection extends RuntimeException {
        final transient Object reason;
        UnhandledRejection(Object reason) { super(null, null, false, false); this.reason = reason; }
    }

    /** Runs until no macrotask is left. */
    void run() {
        drainMicrotasks();
        while (!timers.isEmpty() || !activeImmediates.isEmpty()) {
            boolean ran = false;
            long now = now();
            while (!timers.isEmpty() && timers.peek().due <= now) {
                Timer t = timers.poll();
                if (t.cancelled) continue;
                ran = true;
                if (t.interval >= 0) {
                    t.due = now() + t.interval;
                    timers.add(t);
                } else {
                    activeTimers.remove(t.id);
                }
                t.callback.call(Undefined.INSTANCE, t.args);
                drainMicrotasks();
            }
            ArrayDeque<Immediate> batch = immediates;
            immediates = new ArrayDeque<>();
            for (Immediate im : batch) {
                if (activeImmediates.remove(im.id()) == null) continue;
                ran = true;
                im.callback().call(Undefined.INSTANCE, im.args());
                drainMicrotasks();
            }
            if (!ran && activeImmediates.isEmpty()) {
                while (!timers.isEmpty() && timers.peek().cancelled) timers.poll();
                if (timers.isEmpty()) break;
                long wait = timers.peek().due - now();
                if (wait > 0) {
                    try {
                        Thread.sleep(wait);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }
}
