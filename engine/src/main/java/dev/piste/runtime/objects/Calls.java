package dev.piste.runtime.objects;

import dev.piste.runtime.ops.JsException;

/** Calling from Java into JS: the one place that checks callability for internal calls. */
public final class Calls {
    private Calls() {}
    private static final Object[] NO_ARGS = new Object[0];

    public static Object call(Object function, Object thisArg, Object... args) {
        if (function instanceof JsFunction f) return f.call(thisArg, args == null ? NO_ARGS : args);
        throw JsException.typeError("not a function");
    }

    public static Object call(Object function, Object thisArg) {
        if (function instanceof JsFunction f) return f.call(thisArg, NO_ARGS);
        throw JsException.typeError("not a function");
    }
}
