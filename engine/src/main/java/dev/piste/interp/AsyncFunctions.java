package dev.piste.interp;

import dev.piste.runtime.ops.JsException;

/** Async functions run on the same suspendable frames as generators, driven by promise jobs. */
final class AsyncFunctions {
    private AsyncFunctions() {}

    static Object start(Frame frame) {
        throw JsException.syntaxError("async functions are not supported yet");
    }
}
