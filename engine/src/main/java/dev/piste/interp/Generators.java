package dev.piste.interp;

import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.ops.Iterators;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.Undefined;

/**
 * Generator objects: a suspended interpreter {@link Frame} and a state. Resuming runs the same frame
 * from its saved pc, with the sent value in the accumulator and the resume mode (next 0, throw 1,
 * return 2) in the register the SUSPEND instruction named; the bytecode after SUSPEND dispatches on it.
 */
public final class Generators {
    private Generators() {}

    public enum State { SUSPENDED_START, SUSPENDED_YIELD, EXECUTING, COMPLETED }

    public static final int NEXT = 0, THROW = 1, RETURN = 2;

    /** A generator object. */
    public static final class GeneratorObject extends JsObject implements Iterators.DirectIterator {
        Frame frame;
        State state = State.SUSPENDED_START;
        GeneratorObject(JsObject prototype, Frame frame) { super(prototype); this.frame = frame; }
        @Override public String className() { return "Generator"; }

        @Override public Object intrinsicNext(Realm realm) { return realm.generatorNext; }

        /** next(undefined) for for-of and spread: the yielded value, or DONE; no result object. */
        @Override public Object directNext(Realm realm) {
            switch (state) {
                case EXECUTING -> throw JsException.typeError("Generator is already running");
                case COMPLETED -> { return Iterators.DONE; }
                default -> {}
            }
            state = State.EXECUTING;
            Object r;
            try {
                r = Interpreter.resume(frame, Undefined.INSTANCE, NEXT);
            } catch (RuntimeException | Error e) {
                state = State.COMPLETED;
                frame = null;
                throw e;
            }
            if (Interpreter.isSuspended(r)) {
                state = State.SUSPENDED_YIELD;
                if (frame.yieldedResultObject) {
                    JsObject res = (JsObject) frame.accumulator;
                    if (JsOps.toBoolean(res.get("done", res))) return Iterators.DONE;
                    return res.get("value", res);
                }
                return frame.accumulator;
            }
            state = State.COMPLETED;
            frame = null;
            return Iterators.DONE;
        }
    }

    /** One step of yield*: forwards the resume (mode, value) to the inner iterator. */
    static Object yieldStarStep(Realm realm, JsObject iterator, Object next, Object received, int mode) {
        Object result;
        switch (mode) {
            case NEXT -> result = dev.piste.runtime.ops.JsOps.call(next, iterator, received);
            case THROW -> {
                Object thrower = iterator.get("throw", iterator);
                if (dev.piste.runtime.ops.JsOps.isNullish(thrower)) {
                    Iterators.close(iterator);
                    throw JsException.typeError("The iterator does not provide a 'throw' method");
                }
                result = dev.piste.runtime.ops.JsOps.call(thrower, iterator, received);
            }
            default -> {
                Object ret = iterator.get("return", iterator);
                if (dev.piste.runtime.ops.JsOps.isNullish(ret)) return Iterators.result(realm, received, true);
                result = dev.piste.runtime.ops.JsOps.call(ret, iterator, received);
            }
        }
        if (!(result instanceof JsObject)) throw JsException.typeError("Iterator result " + dev.piste.runtime.ops.JsOps.toString(result) + " is not an object");
        return result;
    }

    /** Installs next/throw/return on %GeneratorPrototype%. */
    public static void installPrototype(Realm realm) {
        AsyncGenerators.installPrototypes(realm);
        JsObject proto = realm.generatorPrototype;
        realm.generatorNext = dev.piste.runtime.builtins.BuiltinHelper.method(realm, proto, "next", 1, (self, args, nt) -> resume(realm, self, dev.piste.runtime.builtins.BuiltinHelper.arg(args, 0), NEXT, "next"));
        dev.piste.runtime.builtins.BuiltinHelper.method(realm, proto, "throw", 1, (self, args, nt) -> resume(realm, self, dev.piste.runtime.builtins.BuiltinHelper.arg(args, 0), THROW, "throw"));
        dev.piste.runtime.builtins.BuiltinHelper.method(realm, proto, "return", 1, (self, args, nt) -> resume(realm, self, dev.piste.runtime.builtins.BuiltinHelper.arg(args, 0), RETURN, "return"));
    }

    /** Called for a generator function call: runs the parameter prologue, then suspends at the body start. */
    static Object start(Frame frame) {
        Closure closure = frame.closure;
        Realm realm = closure.realm;
        if (closure.code.flags.async()) {
            return closure.code.flags.generator() ? AsyncGenerators.start(frame) : AsyncFunctions.start(frame);
        }
        Object result = Interpreter.run(frame);
        if (!Interpreter.isSuspended(result)) throw new IllegalStateException("generator prologue did not suspend");
        Object proto = closure.get("prototype", closure);
        JsObject p = proto instanceof JsObject o ? o : realm.generatorPrototype;
        return new GeneratorObject(p, frame);
    }

    /** %GeneratorPrototype%.next / throw / return. */
    public static Object resume(Realm realm, Object thisValue, Object value, int mode, String method) {
        if (!(thisValue instanceof GeneratorObject g)) {
            throw JsException.typeError(method + " method called on incompatible receiver " + dev.piste.runtime.ops.JsOps.describe(thisValue));
        }
        switch (g.state) {
            case EXECUTING -> throw JsException.typeError("Generator is already running");
            case COMPLETED -> {
                if (mode == THROW) throw new JsException(value);
                return Iterators.result(realm, mode == RETURN ? value : Undefined.INSTANCE, true);
            }
            case SUSPENDED_START -> {
                if (mode != NEXT) {
                    g.state = State.COMPLETED;
                    g.frame = null;
                    if (mode == THROW) throw new JsException(value);
                    return Iterators.result(realm, value, true);
                }
            }
            case SUSPENDED_YIELD -> {}
        }
        g.state = State.EXECUTING;
        Object r;
        try {
            r = Interpreter.resume(g.frame, value, mode);
        } catch (RuntimeException | Error e) {
            g.state = State.COMPLETED;
            g.frame = null;
            throw e;
        }
        if (Interpreter.isSuspended(r)) {
            g.state = State.SUSPENDED_YIELD;
            if (g.frame.yieldedResultObject) return g.frame.accumulator;
            return Iterators.result(realm, g.frame.accumulator, false);
        }
        g.state = State.COMPLETED;
        g.frame = null;
        return Iterators.result(realm, r, true);
    }
}
