package dev.piste.runtime.objects;

import dev.piste.runtime.ops.JsOps;

/**
 * A bound function exotic object (Function.prototype.bind): calls and constructs its target with
 * the bound this and the bound arguments prepended. Its name and length are ordinary own properties
 * that bind computes once.
 */
public final class BoundFunction extends JsFunction implements JsOps.BoundFunctionTarget {
    private final JsFunction target;
    private final Object boundThis;
    private final Object[] boundArgs;
    private final String name;

    public BoundFunction(JsFunction target, Object boundThis, Object[] boundArgs, String name, Object length) {
        super(target.getPrototypeOf());
        this.target = target; this.boundThis = boundThis; this.boundArgs = boundArgs; this.name = name;
        defineOwn("length", length, PropertyAttributes.CONFIGURABLE);
        defineOwn("name", name, PropertyAttributes.CONFIGURABLE);
    }

    @Override public JsObject boundTargetFunction() { return target; }

    private Object[] withBoundArgs(Object[] args) {
        if (boundArgs.length == 0) return args;
        Object[] all = new Object[boundArgs.length + args.length];
        System.arraycopy(boundArgs, 0, all, 0, boundArgs.length);
        System.arraycopy(args, 0, all, boundArgs.length, args.length);
        return all;
    }

    @Override public Object call(Object thisArg, Object[] args) { return target.call(boundThis, withBoundArgs(args)); }

    @Override public Object construct(Object[] args, JsObject newTarget) {
        return target.construct(withBoundArgs(args), newTarget == this ? target : newTarget);
    }

    @Override public boolean isConstructor() { return target.isConstructor(); }
    @Override public String debugName() { return name; }
    @Override public String sourceText() { return "function () { [native code] }"; }
}
