package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsArray;
import dev.piste.runtime.objects.JsFunction;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.PrimitiveWrapper;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.Undefined;

/**
 * Creates a realm's intrinsics and global object. The fundamental objects come first (Object.prototype,
 * Function.prototype, the global object), then each built-in area installs itself.
 */
public final class Builtins {
    private Builtins() {}

    /** Function.prototype: itself a function that accepts any arguments and returns undefined. */
    static final class FunctionPrototype extends JsFunction {
        FunctionPrototype(JsObject objectPrototype) {
            super(objectPrototype);
            defineOwn("length", 0, PropertyAttributes.CONFIGURABLE);
            defineOwn("name", "", PropertyAttributes.CONFIGURABLE);
        }
        @Override public Object call(Object thisArg, Object[] args) { return Undefined.INSTANCE; }
        @Override public String debugName() { return ""; }
    }

    public static void install(Realm realm) {
        JsObject objectPrototype = new JsObject((JsObject) null);
        realm.objectPrototype = objectPrototype;
        realm.functionPrototype = new FunctionPrototype(objectPrototype);
        realm.globalObject = new JsObject(objectPrototype);
        realm.arrayPrototype = new JsArray(objectPrototype);
        realm.stringPrototype = new PrimitiveWrapper(objectPrototype, "");
        realm.numberPrototype = new PrimitiveWrapper(objectPrototype, 0);
        realm.booleanPrototype = new PrimitiveWrapper(objectPrototype, Boolean.FALSE);
        realm.symbolPrototype = new JsObject(objectPrototype);
        JsObject global = realm.globalObject;
        global.makeDictionary();
        global.defineOwn("globalThis", global, PropertyAttributes.HIDDEN);
        global.defineOwn("undefined", Undefined.INSTANCE, 0);
        global.defineOwn("NaN", Double.NaN, 0);
        global.defineOwn("Infinity", Double.POSITIVE_INFINITY, 0);
        realm.throwTypeError = new dev.piste.runtime.objects.NativeFunction(realm, "", 0, false, (self, args, nt) -> {
            throw JsException.typeError("'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them");
        });
        realm.throwTypeError.preventExtensions();
        ErrorBuiltins.install(realm);
        IteratorBuiltins.install(realm);
        ConsoleBuiltins.install(realm);
        PromiseBuiltins.install(realm);
        BigIntBuiltins.install(realm);
        for (java.util.function.Consumer<Realm> area : AREAS) area.accept(realm);
        AnnexBBuiltins.install(realm);
        WeakRefBuiltins.install(realm);
    }

    /** The built-in areas, each installing its globals and prototype methods. */
    private static final java.util.List<java.util.function.Consumer<Realm>> AREAS = java.util.List.of(
        ObjectBuiltins::install, FunctionBuiltins::install, SymbolBuiltins::install, BooleanBuiltins::install,
        NumberBuiltins::install, MathBuiltins::install, GlobalBuiltins::install, ReflectBuiltins::install,
        CollectionBuiltins::install, JsonBuiltins::install,
        ArrayBuiltins::install, StringBuiltins::install, RegExpBuiltins::install, DateBuiltins::install,
        ArrayBufferBuiltins::install, TypedArrayBuiltins::install, AtomicsBuiltins::install, StructuredClone::install,
        TextCodingBuiltins::install);
}
