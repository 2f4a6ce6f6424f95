package dev.piste.runtime.objects;

import dev.piste.runtime.realm.Realm;

/**
 * A built-in function implemented in Java. Its body receives {@code newTarget == null} for [[Call]]
 * and the new.target for [[Construct]]; a built-in constructor makes its object with the prototype
 * from newTarget (GetPrototypeFromConstructor), so subclasses of built-ins work.
 */
public final class NativeFunction extends JsFunction {
    @FunctionalInterface
    public interface Body { Object invoke(Object thisArg, Object[] args, JsObject newTarget); }

    private final String name;
    private final Body body;
    private final boolean constructor;
    public final Realm realm;
    /**
     * A static Java method on doubles that does exactly what this function does to number arguments
     * ((D)D for one argument, (DD)D for two), so that a compiler may call it directly; set on the
     * realm's own builtins that have one (Math.sqrt is Math.sqrt), null for the others.
     */
    public java.lang.constant.DirectMethodHandleDesc intrinsic;
    /** The name a compiler knows this builtin method by ("String.prototype.charCodeAt"), for the few it does the work of itself; null for the others. */
    public String methodIntrinsic;
    /**
     * A static Java method taking this and exactly the arguments (tagged) that does what this function
     * does in its common case and declines otherwise, having changed nothing: it returns -1 (an int
     * method) or null (an Object method) then, and the caller makes the real call. Null when there is none.
     */
    public java.lang.constant.DirectMethodHandleDesc checkedIntrinsic;

    public NativeFunction(Realm realm, String name, int length, boolean constructor, Body body) {
        super(realm.functionPrototype);
        this.realm = realm; this.name = name; this.body = body; this.constructor = constructor;
        defineOwn("length", length, PropertyAttributes.CONFIGURABLE);
        defineOwn("name", name, PropertyAttributes.CONFIGURABLE);
    }

    @Override public Object call(Object thisArg, Object[] args) { return body.invoke(thisArg, args, null); }

    @Override public Object construct(Object[] args, JsObject newTarget) {
        if (!constructor) return super.construct(args, newTarget);
        return body.invoke(null, args, newTarget);
    }

    @Override public boolean isConstructor() { return constructor; }
    @Override public String debugName() { return name; }
}
