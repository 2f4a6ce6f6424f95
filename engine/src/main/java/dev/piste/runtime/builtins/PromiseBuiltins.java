package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsArray;
import dev.piste.runtime.objects.JsFunction;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.NativeFunction;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.ops.ErrorType;
import dev.piste.runtime.ops.Iterators;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;
import dev.piste.runtime.values.Undefined;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static dev.piste.runtime.builtins.BuiltinHelper.arg;

/**
 * Promises as the specification defines them (states, reactions, resolving functions, thenable jobs)
 * on the realm's {@link dev.piste.runtime.realm.JobQueue}. Following the algorithms step by step is
 * what makes interleavings print in the same order as in node: each job here is one tick there.
 */
public final class PromiseBuiltins {
    private PromiseBuiltins() {}

    private static final Object UNDEFINED = Undefined.INSTANCE;

    public enum State { PENDING, FULFILLED, REJECTED }

    /** A promise object. */
    public static final class PromiseObject extends JsObject {
        State state = State.PENDING;
        Object result = UNDEFINED;
        List<Reaction> fulfillReactions = new ArrayList<>(2), rejectReactions = new ArrayList<>(2);
        boolean isHandled;
        final Realm realm;

        PromiseObject(Realm realm, JsObject proto) { super(proto); this.realm = realm; }

        @Override public String className() { return "Promise"; }
        public State state() { return state; }
        public Object result() { return result; }
    }

    /** A PromiseCapability record: the promise and its resolve/reject functions. */
    public record Capability(JsObject promise, Object resolve, Object reject) {}

    /** A PromiseReaction: JS handler (or undefined), or a Java handler for internal awaits. */
    record Reaction(Capability capability, boolean fulfill, Object handler, Consumer<Object> javaHandler) {}

    static void install(Realm realm) {
        JsObject proto = new JsObject(realm.objectPrototype);
        realm.promisePrototype = proto;
        NativeFunction ctor = BuiltinHelper.constructor(realm, "Promise", 1, proto, (self, args, newTarget) -> {
            if (newTarget == null) throw JsException.typeError("Promise constructor cannot be invoked without 'new'");
            Object executor = arg(args, 0);
            if (!(executor instanceof JsFunction ex)) throw JsException.typeError("Promise resolver " + JsOps.describe(executor) + " is not a function");
            Object p = newTarget.get("prototype", newTarget);
            PromiseObject promise = new PromiseObject(realm, p instanceof JsObject po ? po : proto);
            JsFunction[] fns = resolvingFunctions(realm, promise);
            try {
                ex.call(UNDEFINED, new Object[] {fns[0], fns[1]});
            } catch (JsException e) {
                fns[1].call(UNDEFINED, new Object[] {errorValue(realm, e)});
            }
            return promise;
        });
        realm.promiseConstructor = ctor;
        proto.defineOwn(JsSymbol.TO_STRING_TAG, "Promise", PropertyAttributes.CONFIGURABLE);
        BuiltinHelper.getter(realm, ctor, JsSymbol.SPECIES, (self, args, nt) -> self, null);

        BuiltinHelper.method(realm, proto, "then", 2, (self, args, nt) -> {
            if (!(self instanceof PromiseObject p)) throw JsException.typeError("Method Promise.prototype.then called on incompatible receiver " + JsOps.describe(self));
            Object c = speciesConstructor(realm, p);
            Capability cap = newCapability(realm, c);
            return performThen(realm, p, arg(args, 0), arg(args, 1), cap);
        });
        BuiltinHelper.method(realm, proto, "catch", 1, (self, args, nt) -> invoke(realm, self, "then", UNDEFINED, arg(args, 0)));
        BuiltinHelper.method(realm, proto, "finally", 1, (self, args, nt) -> {
            if (!(self instanceof JsObject p)) throw JsException.typeError("Method Promise.prototype.finally called on incompatible receiver " + JsOps.describe(self));
            Object c = speciesConstructor(realm, p);
            Object onFinally = arg(args, 0);
            if (!(onFinally instanceof JsFunction f)) return invoke(realm, p, "then", onFinally, onFinally);
            NativeFunction thenFinally = new NativeFunction(realm, "", 1, false, (s2, a2, n2) -> {
                Object value = arg(a2, 0);
                Object result = f.call(UNDEFINED, new Object[0]);
                Object promise = promiseResolve(realm, c, result);
                return invoke(realm, promise, "then", new NativeFunction(realm, "", 0, false, (s3, a3, n3) -> value));
            });
            NativeFunction catchFinally = new NativeFunction(realm, "", 1, false, (s2, a2, n2) -> {
                Object reason = arg(a2, 0);
                Object result = f.call(UNDEFINED, new Object[0]);
                Object promise = promiseResolve(realm, c, result);
                return invoke(realm, promise, "then", new NativeFunction(realm, "", 0, false, (s3, a3, n3) -> { throw new JsException(reason); }));
            });
            return invoke(realm, p, "then", thenFinally, catchFinally);
        });

        BuiltinHelper.method(realm, ctor, "resolve", 1, (self, args, nt) -> {
            if (!(self instanceof JsObject)) throw JsException.typeError("PromiseResolve called on non-object");
            return promiseResolve(realm, self, arg(args, 0));
        });
        BuiltinHelper.method(realm, ctor, "reject", 1, (self, args, nt) -> {
            Capability cap = newCapability(realm, self);
            JsOps.call(cap.reject(), UNDEFINED, arg(args, 0));
            return cap.promise();
        });
        BuiltinHelper.method(realm, ctor, "withResolvers", 0, (self, args, nt) -> {
            Capability cap = newCapability(realm, self);
            JsObject o = new JsObject(realm.objectPrototype);
            o.defineOwn("promise", cap.promise());
            o.defineOwn("resolve", cap.resolve());
            o.defineOwn("reject", cap.reject());
            return o;
        });
        BuiltinHelper.method(realm, ctor, "all", 1, (self, args, nt) -> combinator(realm, self, arg(args, 0), Combinator.ALL));
        BuiltinHelper.method(realm, ctor, "allSettled", 1, (self, args, nt) -> combinator(realm, self, arg(args, 0), Combinator.ALL_SETTLED));
        BuiltinHelper.method(realm, ctor, "any", 1, (self, args, nt) -> combinator(realm, self, arg(args, 0), Combinator.ANY));
        BuiltinHelper.method(realm, ctor, "race", 1, (self, args, nt) -> combinator(realm, self, arg(args, 0), Combinator.RACE));
        realm.hostData.put("inspect.Promise", (Inspector.Custom) (inspector, value, depth) -> {
            PromiseObject p = (PromiseObject) value;
            String inner = switch (p.state) {
                case PENDING -> "<pending>";
                case FULFILLED -> inspector.formatNested(p.result, depth + 1);
                case REJECTED -> "<rejected> " + inspector.formatNested(p.result, depth + 1);
            };
            return inspector.formatEntries(p, "Promise", depth, () -> {
                List<String> out = new java.util.ArrayList<>(List.of(inner));
                out.addAll(inspector.ownPropertyEntries(p, depth));
                return out;
            });
        });
    }

    // ---- Abstract operations ----

    /** The value a caught JsException denotes, as an Error object of this realm when needed. */
    public static Object errorValue(Realm realm, JsException e) {
        Object v = e.valueOrNull();
        if (v != null) return v;
        Object error = ErrorBuiltins.create(realm, e.errorType, e.errorMessage, new ArrayList<>(e.unwound));
        e.materialized(error);
        return error;
    }

    private static Object invoke(Realm realm, Object target, String method, Object... args) {
        Object f = JsOps.getProperty(realm, target, method);
        return JsOps.call(f, target, args);
    }

    public static PromiseObject newPromise(Realm realm) { return new PromiseObject(realm, realm.promisePrototype); }

    /** CreateResolvingFunctions: [resolve, reject], sharing one "already resolved" flag. */
    static JsFunction[] resolvingFunctions(Realm realm, PromiseObject promise) {
        boolean[] alreadyResolved = {false};
        NativeFunction resolve = new NativeFunction(realm, "", 1, false, (self, args, nt) -> {
            if (alreadyResolved[0]) return UNDEFINED;
            alreadyResolved[0] = true;
            resolvePromise(realm, promise, arg(args, 0));
            return UNDEFINED;
        });
        NativeFunction reject = new NativeFunction(realm, "", 1, false, (self, args, nt) -> {
            if (alreadyResolved[0]) return UNDEFINED;
            alreadyResolved[0] = true;
            rejectPromise(promise, arg(args, 0));
            return UNDEFINED;
        });
        return new JsFunction[] {resolve, reject};
    }

    /** The body of a promise resolve function (after the already-resolved check). */
    public static void resolvePromise(Realm realm, PromiseObject promise, Object resolution) {
        if (resolution == promise) {
            rejectPromise(promise, ErrorBuiltins.create(realm, ErrorType.TYPE_ERROR, "Chaining cycle detected for promise #<Promise>", realm.stackCapture.get()));
            return;
        }
        if (!(resolution instanceof JsObject o)) { fulfillPromise(promise, resolution); return; }
        Object then;
        try {
            then = o.get("then", o);
        } catch (JsException e) {
            rejectPromise(promise, errorValue(realm, e));
            return;
        }
        if (!(then instanceof JsFunction thenFn)) { fulfillPromise(promise, resolution); return; }
        realm.jobs.enqueue(() -> {
            JsFunction[] fns = resolvingFunctions(realm, promise);
            try {
                thenFn.call(o, new Object[] {fns[0], fns[1]});
            } catch (JsException e) {
                fns[1].call(UNDEFINED, new Object[] {errorValue(realm, e)});
            }
        });
    }

    public static void fulfillPromise(PromiseObject p, Object value) {
        List<Reaction> reactions = p.fulfillReactions;
        p.result = value;
        p.state = State.FULFILLED;
        p.fulfillReactions = p.rejectReactions = null;
        for (Reaction r : reactions) enqueueReaction(p.realm, r, value);
    }

    public static void rejectPromise(PromiseObject p, Object reason) {
        List<Reaction> reactions = p.rejectReactions;
        p.result = reason;
        p.state = State.REJECTED;
        p.fulfillReactions = p.rejectReactions = null;
        if (!p.isHandled) p.realm.jobs.unhandledRejections.add(p);
        for (Reaction r : reactions) enqueueReaction(p.realm, r, reason);
    }

    private static void enqueueReaction(Realm realm, Reaction reaction, Object argument) {
        realm.jobs.enqueue(() -> runReaction(realm, reaction, argument));
    }

    /** PromiseReactionJob */
    private static void runReaction(Realm realm, Reaction reaction, Object argument) {
        if (reaction.javaHandler() != null) { reaction.javaHandler().accept(argument); return; }
        Object result;
        boolean abrupt = false;
        if (!(reaction.handler() instanceof JsFunction h)) {
            result = argument;
            abrupt = !reaction.fulfill();
        } else {
            try {
                result = h.call(UNDEFINED, new Object[] {argument});
            } catch (JsException e) {
                result = errorValue(realm, e);
                abrupt = true;
            }
        }
        Capability cap = reaction.capability();
        if (cap == null) return;
        JsOps.call(abrupt ? cap.reject() : cap.resolve(), UNDEFINED, result);
    }

    /** PerformPromiseThen; capability may be null (internal use, result ignored). */
    public static Object performThen(Realm realm, PromiseObject p, Object onFulfilled, Object onRejected, Capability cap) {
        Reaction f = new Reaction(cap, true, onFulfilled instanceof JsFunction ? onFulfilled : UNDEFINED, null);
        Reaction r = new Reaction(cap, false, onRejected instanceof JsFunction ? onRejected : UNDEFINED, null);
        addReactions(realm, p, f, r);
        return cap == null ? UNDEFINED : cap.promise();
    }

    /** Reactions that call back into Java (await): no JS functions, no derived promise. */
    public static void performThenInternal(Realm realm, PromiseObject p, Consumer<Object> onFulfilled, Consumer<Object> onRejected) {
        addReactions(realm, p, new Reaction(null, true, UNDEFINED, onFulfilled), new Reaction(null, false, UNDEFINED, onRejected));
    }

    private static void addReactions(Realm realm, PromiseObject p, Reaction f, Reaction r) {
        switch (p.state) {
            case PENDING -> { p.fulfillReactions.add(f); p.rejectReactions.add(r); }
            case FULFILLED -> enqueueReaction(realm, f, p.result);
            case REJECTED -> {
                if (!p.isHandled) realm.jobs.unhandledRejections.remove(p);
                enqueueReaction(realm, r, p.result);
            }
        }
        p.isHandled = true;
    }

    /** NewPromiseCapability(C) */
    public static Capability newCapability(Realm realm, Object c) {
        if (c == realm.promiseConstructor) {
            PromiseObject p = newPromise(realm);
            JsFunction[] fns = resolvingFunctions(realm, p);
            return new Capability(p, fns[0], fns[1]);
        }
        if (!(c instanceof JsFunction cf) || !cf.isConstructor()) throw JsException.typeError(JsOps.describe(c) + " is not a constructor");
        Object[] slots = {UNDEFINED, UNDEFINED};
        NativeFunction executor = new NativeFunction(realm, "", 2, false, (self, args, nt) -> {
            if (slots[0] != UNDEFINED || slots[1] != UNDEFINED) throw JsException.typeError("Promise executor has already been invoked with non-undefined arguments");
            slots[0] = arg(args, 0);
            slots[1] = arg(args, 1);
            return UNDEFINED;
        });
        Object promise = cf.construct(new Object[] {executor}, cf);
        if (!(slots[0] instanceof JsFunction)) throw JsException.typeError("Promise resolve function is not callable");
        if (!(slots[1] instanceof JsFunction)) throw JsException.typeError("Promise reject function is not callable");
        return new Capability((JsObject) promise, slots[0], slots[1]);
    }

    /** PromiseResolve(C, x) */
    public static Object promiseResolve(Realm realm, Object c, Object x) {
        if (x instanceof PromiseObject p) {
            Object xc = p.get("constructor", p);
            if (xc == c) return p;
        }
        Capability cap = newCapability(realm, c);
        JsOps.call(cap.resolve(), UNDEFINED, x);
        return cap.promise();
    }

    private static Object speciesConstructor(Realm realm, JsObject o) {
        Object c = o.get("constructor", o);
        if (c == UNDEFINED) return realm.promiseConstructor;
        if (!(c instanceof JsObject co)) throw JsException.typeError("The .constructor property is not an object");
        Object s = co.get(JsSymbol.SPECIES, co);
        if (JsOps.isNullish(s)) return realm.promiseConstructor;
        if (s instanceof JsFunction sf && sf.isConstructor()) return s;
        throw JsException.typeError("object.constructor[Symbol.species] is not a constructor");
    }

    // ---- Combinators ----

    private enum Combinator { ALL, ALL_SETTLED, ANY, RACE }

    private static Object combinator(Realm realm, Object c, Object iterable, Combinator kind) {
        Capability cap = newCapability(realm, c);
        Iterators.Record iter;
        Object resolveFn;
        try {
            resolveFn = JsOps.getProperty(realm, c, "resolve");
            if (!(resolveFn instanceof JsFunction)) throw JsException.typeError("Promise resolve or reject function is not callable");
            iter = Iterators.getIterator(realm, iterable);
        } catch (JsException e) {
            JsOps.call(cap.reject(), UNDEFINED, errorValue(realm, e));
            return cap.promise();
        }
        boolean[] done = {false};
        try {
            List<Object> values = new ArrayList<>();
            int[] remaining = {1};
            int index = 0;
            while (true) {
                Object next;
                try {
                    next = Iterators.step(iter);
                } catch (JsException e) {
                    done[0] = true;
                    throw e;
                }
                if (next == null) {
                    done[0] = true;
                    if (kind != Combinator.RACE && --remaining[0] == 0) finishCombinator(realm, cap, values, kind);
                    return cap.promise();
                }
                Object nextPromise = JsOps.call(resolveFn, c, next);
                if (kind == Combinator.RACE) {
                    invoke(realm, nextPromise, "then", cap.resolve(), cap.reject());
                    continue;
                }
                values.add(UNDEFINED);
                int i = index++;
                remaining[0]++;
                boolean[] called = {false};
                NativeFunction onFulfilled = null, onRejected = null;
                switch (kind) {
                    case ALL -> {
                        onFulfilled = element(realm, called, v -> { values.set(i, v); if (--remaining[0] == 0) finishCombinator(realm, cap, values, kind); });
                        invoke(realm, nextPromise, "then", onFulfilled, cap.reject());
                    }
                    case ALL_SETTLED -> {
                        onFulfilled = element(realm, called, v -> { values.set(i, settled(realm, "fulfilled", "value", v)); if (--remaining[0] == 0) finishCombinator(realm, cap, values, kind); });
                        onRejected = element(realm, called, v -> { values.set(i, settled(realm, "rejected", "reason", v)); if (--remaining[0] == 0) finishCombinator(realm, cap, values, kind); });
                        invoke(realm, nextPromise, "then", onFulfilled, onRejected);
                    }
                    case ANY -> {
                        onRejected = element(realm, called, v -> { values.set(i, v); if (--remaining[0] == 0) finishCombinator(realm, cap, values, kind); });
                        invoke(realm, nextPromise, "then", cap.resolve(), onRejected);
                    }
                    default -> throw new IllegalStateException();
                }
            }
        } catch (JsException e) {
            if (!done[0]) Iterators.closeQuietly(iter.iterator());
            JsOps.call(cap.reject(), UNDEFINED, errorValue(realm, e));
            return cap.promise();
        }
    }

    private static NativeFunction element(Realm realm, boolean[] called, Consumer<Object> body) {
        return new NativeFunction(realm, "", 1, false, (self, args, nt) -> {
            if (called[0]) return UNDEFINED;
            called[0] = true;
            body.accept(arg(args, 0));
            return UNDEFINED;
        });
    }

    private static JsObject settled(Realm realm, String status, String key, Object v) {
        JsObject o = new JsObject(realm.objectPrototype);
        o.defineOwn("status", status);
        o.defineOwn(key, v);
        return o;
    }

    private static void finishCombinator(Realm realm, Capability cap, List<Object> values, Combinator kind) {
        JsArray array = new JsArray(realm.arrayPrototype, values.toArray());
        if (kind == Combinator.ANY) {
            JsObject error = ErrorBuiltins.create(realm, ErrorType.AGGREGATE_ERROR, "All promises were rejected", realm.stackCapture.get());
            error.defineOwn("errors", array, PropertyAttributes.HIDDEN);
            JsOps.call(cap.reject(), UNDEFINED, error);
        } else {
            JsOps.call(cap.resolve(), UNDEFINED, array);
        }
    }
}
