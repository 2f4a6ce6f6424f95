package dev.piste.runtime.objects;

import dev.piste.runtime.ops.JsException;

/**
 * A callable object. Subclasses: bytecode closures (interp), native built-ins, bound functions.
 * {@code call} and {@code construct} are the [[Call]] and [[Construct]] internal methods; arguments
 * arrays are owned by the callee (it may keep or modify them).
 */
public abstract class JsFunction extends JsObject {
    protected JsFunction(JsObject prototype) { super(prototype); }

    public abstract Object call(Object thisArg, Object[] args);

    /** [[Construct]]; only called when {@link #isConstructor()}. */
    public Object construct(Object[] args, JsObject newTarget) {
        throw JsException.typeError(debugName() + " is not a constructor");
    }

    /**
     * What Function.prototype.toString returns. Built-ins have no source; functions compiled from
     * source return the exact text they were parsed from.
     */
    public String sourceText() { return "function " + debugName() + "() { [native code] }"; }

    /** The function's name for messages and stack traces. */
    public abstract String debugName();

    @Override public final boolean isCallable() { return true; }

    /** True for functions made by class definitions (printed as [class X], not callable without new). */
    public boolean isClassConstructor() { return false; }
    @Override public String className() { return "Function"; }
}
