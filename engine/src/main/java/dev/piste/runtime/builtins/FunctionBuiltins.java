package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.BoundFunction;
import dev.piste.runtime.objects.JsFunction;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.NativeFunction;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.objects.PropertyDescriptor;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.ops.NumberConversions;
import dev.piste.runtime.ops.Reflection;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;

import java.util.Arrays;

import static dev.piste.runtime.builtins.BuiltinHelper.arg;
import static dev.piste.runtime.builtins.BuiltinHelper.method;

/** The Function constructor and Function.prototype (call, apply, bind, toString, @@hasInstance). */
public final class FunctionBuiltins {
    private FunctionBuiltins() {}

    public static void install(Realm realm) {
        JsObject proto = realm.functionPrototype;
        // Function.prototype.caller and .arguments: accessors whose getter and setter throw (strict functions,
        // arrows and methods have no own ones, so reading them throws a TypeError).
        proto.defineAccessor("caller", realm.throwTypeError, realm.throwTypeError, PropertyAttributes.CONFIGURABLE);
        proto.defineAccessor("arguments", realm.throwTypeError, realm.throwTypeError, PropertyAttributes.CONFIGURABLE);
        NativeFunction function = BuiltinHelper.constructor(realm, "Function", 1, proto, (self, args, newTarget) -> {
            JsFunction f = createDynamicFunction(realm, args, false, false);
            if (newTarget != null && newTarget != realm.functionConstructor) {
                f.setPrototypeOf(Reflection.prototypeFrom(newTarget, realm.functionPrototype));
            }
            return f;
        });
        realm.functionConstructor = function;

        method(realm, proto, "apply", 2, (self, args, nt) -> {
            JsFunction f = requireCallable(self, "apply");
            Object argArray = arg(args, 1);
            Object[] list = JsOps.isNullish(argArray) ? new Object[0] : Reflection.listFromArrayLike(realm, argArray, false).toArray();
            return f.call(arg(args, 0), list);
        });
        method(realm, proto, "call", 1, (self, args, nt) -> {
            JsFunction f = requireCallable(self, "call");
            return f.call(arg(args, 0), args.length <= 1 ? new Object[0] : Arrays.copyOfRange(args, 1, args.length));
        });
        method(realm, proto, "bind", 1, (self, args, nt) -> {
            if (!(self instanceof JsFunction target)) throw JsException.typeError("Bind must be called on a function");
            Object[] bound = args.length <= 1 ? new Object[0] : Arrays.copyOfRange(args, 1, args.length);
            Object length = 0;
            PropertyDescriptor own = target.getOwnProperty("length");
            if (own != null) {
                Object l = target.get("length", target);
                if (JsOps.isNumber(l)) {
                    double d = JsOps.toNumber(l);
                    if (d == Double.POSITIVE_INFINITY) length = d;
                    else if (d != Double.NEGATIVE_INFINITY) length = NumberConversions.box(Math.max(0, NumberConversions.toIntegerOrInfinity(d) - bound.length));
                }
            }
            Object name = target.get("name", target);
            String boundName = "bound " + (name instanceof CharSequence cs ? cs.toString() : "");
            return new BoundFunction(target, arg(args, 0), bound, boundName, length);
        });
        method(realm, proto, "toString", 0, (self, args, nt) -> {
            if (self instanceof JsFunction f) return f.sourceText();
            throw JsException.typeError("Function.prototype.toString requires that 'this' be a Function");
        });
        NativeFunction hasInstance = new NativeFunction(realm, "[Symbol.hasInstance]", 1, false,
            (self, args, nt) -> JsOps.ordinaryHasInstance(self, arg(args, 0)));
        proto.defineOwn(JsSymbol.HAS_INSTANCE, hasInstance, 0);
    }

    private static JsFunction requireCallable(Object self, String method) {
        if (self instanceof JsFunction f) return f;
        throw notCallable(self, method);
    }

    /** V8's message for Function.prototype.call/apply (and Reflect.apply) on a non-callable. */
    static JsException notCallable(Object self, String method) {
        return JsException.typeError("Function.prototype." + method + " was called on " + describe(self) + ", which is " + article(self) + " and not a function");
    }

    private static String describe(Object v) {
        if (v instanceof CharSequence cs) return cs.toString();
        if (v instanceof JsObject) return "#<Object>";
        return JsOps.toString(v instanceof JsSymbol s ? s.toString() : v);
    }

    private static String article(Object v) {
        String t = JsOps.typeof(v);
        return (t.equals("object") || t.equals("undefined") ? "an " : "a ") + t;
    }

    /**
     * The AsyncFunction, GeneratorFunction and AsyncGeneratorFunction constructors. They are not
     * globals: code reaches them as the constructor of their prototypes (e.g. of an async function's
     * prototype). Called once the realm has the generator prototypes.
     */
    public static void installKindConstructors(Realm realm) {
        kindConstructor(realm, "AsyncFunction", realm.asyncFunctionPrototype, true, false);
        kindConstructor(realm, "GeneratorFunction", realm.generatorFunctionPrototype, false, true);
        kindConstructor(realm, "AsyncGeneratorFunction", realm.asyncGeneratorFunctionPrototype, true, true);
    }

    private static void kindConstructor(Realm realm, String name, JsObject prototype, boolean async, boolean generator) {
        NativeFunction c = new NativeFunction(realm, name, 1, true, (self, args, nt) -> createDynamicFunction(realm, args, async, generator));
        c.setPrototypeOf(realm.functionConstructor);
        c.defineOwn("prototype", prototype, 0);
        prototype.defineOwn("constructor", c, PropertyAttributes.CONFIGURABLE);
    }

    /** CreateDynamicFunction: parameters are all arguments but the last, joined by commas. */
    static JsFunction createDynamicFunction(Realm realm, Object[] args, boolean async, boolean generator) {
        StringBuilder params = new StringBuilder();
        for (int i = 0; i < args.length - 1; i++) {
            if (i > 0) params.append(',');
            params.append(JsOps.toString(args[i]));
        }
        String body = args.length == 0 ? "" : JsOps.toString(args[args.length - 1]);
        if (realm.compiler == null) throw JsException.typeError("Function constructor is not available in this context");
        return realm.compiler.compileFunction(params.toString(), body, async, generator);
    }
}
