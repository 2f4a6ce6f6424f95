package dev.piste.interp;

import dev.piste.runtime.builtins.PromiseBuiltins;
import dev.piste.runtime.builtins.PromiseBuiltins.PromiseObject;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.realm.Realm;

/**
 * Async functions run on suspendable frames, like generators: AWAIT suspends the frame, and a promise
 * reaction resumes it (mode NEXT with the value, or THROW with the reason). The frame is kept in the
 * reaction closures only, so a pending async call costs its frame and nothing on the Java stack.
 */
final class AsyncFunctions {
    private AsyncFunctions() {}

    static Object start(Frame frame) {
        Realm realm = frame.closure.realm;
        if (frame.code.flags.generator()) throw JsException.typeError("async generator functions are not supported yet");
        PromiseObject promise = PromiseBuiltins.newPromise(realm);
        step(realm, frame, promise, null, 0, true);
        return promise;
    }

    private static void step(Realm realm, Frame frame, PromiseObject promise, Object value, int mode, boolean first) {
        Object r;
        try {
            frame.awaiting = false;
            r = first ? Interpreter.run(frame) : Interpreter.resume(frame, value, mode);
        } catch (JsException e) {
            PromiseBuiltins.rejectPromise(promise, PromiseBuiltins.errorValue(realm, e));
            return;
        }
        if (Interpreter.isSuspended(r)) {
            await(realm, frame.accumulator,
                v -> step(realm, frame, promise, v, Generators.NEXT, false),
                e -> step(realm, frame, promise, e, Generators.THROW, false),
                frame, promise);
            return;
        }
        PromiseBuiltins.resolvePromise(realm, promise, r);
    }

    /** Await(value): PromiseResolve(%Promise%, value), then resume on settlement. */
    private static void await(Realm realm, Object value, java.util.function.Consumer<Object> onFulfilled,
                              java.util.function.Consumer<Object> onRejected, Frame frame, PromiseObject promise) {
        Object p;
        try {
            p = PromiseBuiltins.promiseResolve(realm, realm.promiseConstructor, value);
        } catch (JsException e) {
            // The error is thrown into the async function at the await.
            step(realm, frame, promise, PromiseBuiltins.errorValue(realm, e), Generators.THROW, false);
            return;
        }
        PromiseBuiltins.performThenInternal(realm, (PromiseObject) p, onFulfilled, onRejected);
    }
}
