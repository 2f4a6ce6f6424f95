package dev.piste.interp;

import dev.piste.runtime.builtins.BuiltinHelper;
import dev.piste.runtime.builtins.PromiseBuiltins;
import dev.piste.runtime.builtins.PromiseBuiltins.PromiseObject;
import dev.piste.runtime.objects.JsFunction;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.ops.ErrorType;
import dev.piste.runtime.ops.Iterators;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;
import dev.piste.runtime.values.Undefined;

import java.util.ArrayDeque;

/**
 * Async generators: a suspendable frame plus a queue of next/throw/return requests, each with its
 * promise (AsyncGeneratorEnqueue / AsyncGeneratorResumeNext). The frame suspends either at an AWAIT
 * (resumed by a promise reaction) or at a yield (which settles the front request's promise).
 * Also the async-from-sync iterator that {@code for await} uses for sync iterables.
 */
final class AsyncGenerators {
    private AsyncGenerators() {}

    private static final Object UNDEFINED = Undefined.INSTANCE;

    enum State { SUSPENDED_START, SUSPENDED_YIELD, EXECUTING, AWAITING_RETURN, COMPLETED }

    private record Request(int mode, Object value, PromiseObject promise) {}

    static final class AsyncGeneratorObject extends JsObject {
        Frame frame;
        State state = State.SUSPENDED_START;
        final ArrayDeque<Request> queue = new ArrayDeque<>();
        AsyncGeneratorObject(JsObject proto, Frame frame) { super(proto); this.frame = frame; }
        @Override public String className() { return "AsyncGenerator"; }
    }

    /** A call of an async generator function: parameters are bound, the body waits for the first next(). */
    static Object start(Frame frame) {
        Realm realm = frame.closure.realm;
        Object r = Interpreter.run(frame);
        if (!Interpreter.isSuspended(r)) throw new IllegalStateException("async generator prologue did not suspend");
        Object proto = frame.closure.get("prototype", frame.closure);
        return new AsyncGeneratorObject(proto instanceof JsObject o ? o : realm.asyncGeneratorPrototype, frame);
    }

    static void installPrototypes(Realm realm) {
        JsObject asyncIteratorProto = new JsObject(realm.objectPrototype);
        BuiltinHelper.method(realm, asyncIteratorProto, JsSymbol.ASYNC_ITERATOR, 0, (self, args, nt) -> self);
        JsObject proto = new JsObject(asyncIteratorProto);
        realm.asyncGeneratorPrototype = proto;
        JsObject fnProto = new JsObject(realm.functionPrototype);
        realm.asyncGeneratorFunctionPrototype = fnProto;
        fnProto.defineOwn("prototype", proto, PropertyAttributes.CONFIGURABLE);
        fnProto.defineOwn(JsSymbol.TO_STRING_TAG, "AsyncGeneratorFunction", PropertyAttributes.CONFIGURABLE);
        proto.defineOwn("constructor", fnProto, PropertyAttributes.CONFIGURABLE);
        proto.defineOwn(JsSymbol.TO_STRING_TAG, "AsyncGenerator", PropertyAttributes.CONFIGURABLE);
        String[] names = {"next", "throw", "return"};
        for (int mode = 0; mode < 3; mode++) {
            int m = mode;
            BuiltinHelper.method(realm, proto, names[mode], 1, (self, args, nt) -> enqueue(realm, self, m, BuiltinHelper.arg(args, 0), names[m]));
        }
        asyncFromSyncPrototype(realm);
    }

    private static Object enqueue(Realm realm, Object self, int mode, Object value, String method) {
        PromiseObject promise = PromiseBuiltins.newPromise(realm);
        if (!(self instanceof AsyncGeneratorObject g)) {
            PromiseBuiltins.rejectPromise(promise, error(realm, ErrorType.TYPE_ERROR, method + " method called on incompatible receiver " + JsOps.describe(self)));
            return promise;
        }
        g.queue.add(new Request(mode, value, promise));
        if (g.state != State.EXECUTING && g.state != State.AWAITING_RETURN) resumeNext(realm, g);
        return promise;
    }

    private static Object error(Realm realm, ErrorType type, String message) {
        return PromiseBuiltins.errorValue(realm, new JsException(type, message));
    }

    private static void settleFront(Realm realm, AsyncGeneratorObject g, Object value, boolean done, boolean reject) {
        Request r = g.queue.poll();
        if (r == null) return;
        if (reject) PromiseBuiltins.rejectPromise(r.promise(), value);
        else PromiseBuiltins.resolvePromise(realm, r.promise(), Iterators.result(realm, value, done));
    }

    /** AsyncGeneratorResumeNext: serves requests until one starts running code or the queue is empty. */
    private static void resumeNext(Realm realm, AsyncGeneratorObject g) {
        while (true) {
            if (g.state == State.EXECUTING || g.state == State.AWAITING_RETURN) return;
            Request next = g.queue.peek();
            if (next == null) return;
            if (next.mode() != Generators.NEXT) {
                if (g.state == State.SUSPENDED_START) { g.state = State.COMPLETED; g.frame = null; }
                if (g.state == State.COMPLETED) {
                    if (next.mode() == Generators.RETURN) {
                        g.state = State.AWAITING_RETURN;
                        Object p;
                        try {
                            p = PromiseBuiltins.promiseResolve(realm, realm.promiseConstructor, next.value());
                        } catch (JsException e) {
                            g.state = State.COMPLETED;
                            settleFront(realm, g, PromiseBuiltins.errorValue(realm, e), true, true);
                            continue;
                        }
                        PromiseBuiltins.performThenInternal(realm, (PromiseObject) p,
                            v -> { g.state = State.COMPLETED; settleFront(realm, g, v, true, false); resumeNext(realm, g); },
                            e -> { g.state = State.COMPLETED; settleFront(realm, g, e, true, true); resumeNext(realm, g); });
                        return;
                    }
                    settleFront(realm, g, next.value(), true, true);
                    continue;
                }
            } else if (g.state == State.COMPLETED) {
                settleFront(realm, g, UNDEFINED, true, false);
                continue;
            }
            g.state = State.EXECUTING;
            runFrame(realm, g, next.value(), next.mode());
            return;
        }
    }

    private static void runFrame(Realm realm, AsyncGeneratorObject g, Object value, int mode) {
        Object r;
        Frame frame = g.frame;
        try {
            frame.awaiting = false;
            r = Interpreter.resume(frame, value, mode);
        } catch (JsException e) {
            g.state = State.COMPLETED;
            g.frame = null;
            settleFront(realm, g, PromiseBuiltins.errorValue(realm, e), true, true);
            resumeNext(realm, g);
            return;
        }
        if (Interpreter.isSuspended(r)) {
            if (frame.awaiting) {
                Object p;
                try {
                    p = PromiseBuiltins.promiseResolve(realm, realm.promiseConstructor, frame.accumulator);
                } catch (JsException e) {
                    runFrame(realm, g, PromiseBuiltins.errorValue(realm, e), Generators.THROW);
                    return;
                }
                PromiseBuiltins.performThenInternal(realm, (PromiseObject) p,
                    v -> runFrame(realm, g, v, Generators.NEXT),
                    e -> runFrame(realm, g, e, Generators.THROW));
                return;
            }
            g.state = State.SUSPENDED_YIELD;
            settleFront(realm, g, frame.accumulator, false, false);
            resumeNext(realm, g);
            return;
        }
        g.state = State.COMPLETED;
        g.frame = null;
        settleFront(realm, g, r, true, false);
        resumeNext(realm, g);
    }

    // ---- for await over sync iterables: CreateAsyncFromSyncIterator ----

    private static final String SYNC_PROTO = "asyncFromSyncIteratorPrototype";

    static final class AsyncFromSyncIterator extends JsObject {
        final JsObject iterator;
        final Object next;
        AsyncFromSyncIterator(JsObject proto, JsObject iterator, Object next) { super(proto); this.iterator = iterator; this.next = next; }
    }

    private static void asyncFromSyncPrototype(Realm realm) {
        JsObject proto = new JsObject(realm.objectPrototype);
        realm.hostData.put(SYNC_PROTO, proto);
        BuiltinHelper.method(realm, proto, "next", 1, (self, args, nt) -> {
            AsyncFromSyncIterator it = (AsyncFromSyncIterator) self;
            PromiseObject promise = PromiseBuiltins.newPromise(realm);
            try {
                Object result = JsOps.call(it.next, it.iterator, args.length > 0 ? new Object[] {args[0]} : new Object[0]);
                if (!(result instanceof JsObject ro)) throw JsException.typeError("Iterator result " + JsOps.toString(result) + " is not an object");
                continuation(realm, ro, promise);
            } catch (JsException e) {
                PromiseBuiltins.rejectPromise(promise, PromiseBuiltins.errorValue(realm, e));
            }
            return promise;
        });
        for (String name : new String[] {"return", "throw"}) {
            BuiltinHelper.method(realm, proto, name, 1, (self, args, nt) -> {
                AsyncFromSyncIterator it = (AsyncFromSyncIterator) self;
                PromiseObject promise = PromiseBuiltins.newPromise(realm);
                try {
                    Object method = it.iterator.get(name, it.iterator);
                    if (JsOps.isNullish(method)) {
                        if (name.equals("return")) {
                            PromiseBuiltins.resolvePromise(realm, promise, Iterators.result(realm, BuiltinHelper.arg(args, 0), true));
                        } else {
                            PromiseBuiltins.rejectPromise(promise, BuiltinHelper.arg(args, 0));
                        }
                        return promise;
                    }
                    Object result = JsOps.call(method, it.iterator, args.length > 0 ? new Object[] {args[0]} : new Object[0]);
                    if (!(result instanceof JsObject ro)) throw JsException.typeError("Iterator result " + JsOps.toString(result) + " is not an object");
                    continuation(realm, ro, promise);
                } catch (JsException e) {
                    PromiseBuiltins.rejectPromise(promise, PromiseBuiltins.errorValue(realm, e));
                }
                return promise;
            });
        }
    }

    /** AsyncFromSyncIteratorContinuation: awaits the value, then resolves {value, done}. */
    private static void continuation(Realm realm, JsObject result, PromiseObject promise) {
        boolean done = JsOps.toBoolean(result.get("done", result));
        Object value = result.get("value", result);
        Object valueWrapper = PromiseBuiltins.promiseResolve(realm, realm.promiseConstructor, value);
        PromiseBuiltins.performThenInternal(realm, (PromiseObject) valueWrapper,
            v -> PromiseBuiltins.resolvePromise(realm, promise, Iterators.result(realm, v, done)),
            e -> PromiseBuiltins.rejectPromise(promise, e));
    }

    /** GetIterator(obj, async): Symbol.asyncIterator, else the sync iterator wrapped. */
    static void getAsyncIterator(Realm realm, Object iterable, Object[] regs, int reg) {
        Object method = JsOps.isNullish(iterable) ? UNDEFINED : JsOps.getProperty(realm, iterable, JsSymbol.ASYNC_ITERATOR);
        if (JsOps.isNullish(method)) {
            Iterators.Record sync = Iterators.getIterator(realm, iterable);
            JsObject proto = (JsObject) realm.hostData.get(SYNC_PROTO);
            AsyncFromSyncIterator wrapper = new AsyncFromSyncIterator(proto, sync.iterator(), sync.next());
            regs[reg] = wrapper;
            regs[reg + 1] = proto.get("next", proto);
            return;
        }
        if (!(method instanceof JsFunction f)) throw JsException.typeError(JsOps.describe(iterable) + " is not async iterable");
        Object it = f.call(iterable, new Object[0]);
        if (!(it instanceof JsObject o)) throw JsException.typeError("Result of the Symbol.asyncIterator method is not an object");
        regs[reg] = o;
        regs[reg + 1] = o.get("next", o);
    }
}
