package dev.piste.interp;

import dev.piste.bytecode.RuntimeFunction;
import dev.piste.runtime.objects.JsFunction;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.objects.PropertyDescriptor;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;
import dev.piste.runtime.values.Null;
import dev.piste.runtime.values.Undefined;

/** Implementations of {@link RuntimeFunction}s; arguments are registers first .. first+count-1. */
final class RuntimeCalls {
    private RuntimeCalls() {}

    private static final Object UNDEFINED = Undefined.INSTANCE;

    static Object call(Frame frame, int id, int first, int count, Object acc) {
        Object[] r = frame.registers;
        Realm realm = frame.closure.realm;
        RuntimeFunction f = RuntimeFunction.of(id);
        return switch (f) {
            case DEFINE_CLASS -> defineClass(realm, (Closure) r[first], r[first + 1]);
            case DEFINE_METHOD -> defineMethod(r[first], r[first + 1], r[first + 2], 0);
            case DEFINE_GETTER_METHOD -> defineMethod(r[first], r[first + 1], r[first + 2], 1);
            case DEFINE_SETTER_METHOD -> defineMethod(r[first], r[first + 1], r[first + 2], 2);
            case ADD_FIELD -> { ((Closure) r[first]).addInstanceElement(new Closure.ClassElement(r[first + 1], r[first + 2], Closure.ClassElement.FIELD)); yield UNDEFINED; }
            case ADD_NAMED_FIELD -> { ((Closure) r[first]).addInstanceElement(new Closure.ClassElement(r[first + 1], r[first + 2], Closure.ClassElement.NAMED_FIELD)); yield UNDEFINED; }
            case ADD_PRIVATE_FIELD -> { ((Closure) r[first]).addInstanceElement(new Closure.ClassElement(r[first + 1], r[first + 2], Closure.ClassElement.PRIVATE_FIELD)); yield UNDEFINED; }
            case ADD_PRIVATE_METHOD -> {
                int kind = (Integer) r[first + 3];
                int elementKind = kind == 0 ? Closure.ClassElement.PRIVATE_METHOD : kind == 1 ? Closure.ClassElement.PRIVATE_GETTER : Closure.ClassElement.PRIVATE_SETTER;
                ((Closure) r[first]).addInstanceElement(new Closure.ClassElement(r[first + 1], r[first + 2], elementKind));
                ((PrivateName) r[first + 1]).methodOwner = (Closure) r[first];
                yield UNDEFINED;
            }
            case DEFINE_PRIVATE_METHOD -> {
                int kind = (Integer) r[first + 3];
                JsObject target = (JsObject) r[first];
                ((PrivateName) r[first + 1]).methodOwner = target;
                ((PrivateName) r[first + 1]).staticMethod = true;
                if (kind == 0) target.defineOwn(r[first + 1], r[first + 2], 0);
                else ClassSupport.addPrivateAccessor(target, (PrivateName) r[first + 1], (JsObject) r[first + 2], kind == 1);
                yield UNDEFINED;
            }
            case NEW_PRIVATE_NAME -> new PrivateName(JsOps.toString(r[first]));
            case SET_FUNCTION_NAME -> { setFunctionName((JsObject) r[first], r[first + 1], null); yield r[first]; }
            case SET_FUNCTION_NAME_PREFIXED -> { setFunctionName((JsObject) r[first], r[first + 1], JsOps.toString(r[first + 2])); yield r[first]; }
            case THROW_TYPE_ERROR -> throw JsException.typeError(JsOps.toString(r[first]));
            case THROW_REFERENCE_ERROR -> throw JsException.referenceError(JsOps.toString(r[first]));
            case THROW_SYNTAX_ERROR -> throw JsException.syntaxError(JsOps.toString(r[first]));
            case THROW_IF_NOT_OBJECT -> {
                if (!(r[first] instanceof JsObject)) throw JsException.typeError("Iterator result " + JsOps.toString(r[first]) + " is not an object");
                yield r[first];
            }
            case REQUIRE_OBJECT_COERCIBLE, TO_OBJECT_FOR_DESTRUCTURING -> {
                Object v = r[first];
                if (JsOps.isNullish(v)) {
                    String what = "'" + (count > 1 && r[first + 1] instanceof CharSequence w ? w.toString() : JsOps.toString(v)) + "'";
                    if (count > 2 && r[first + 2] instanceof CharSequence prop) what = "property '" + prop + "' of " + what;
                    throw JsException.typeError("Cannot destructure " + what + " as it is " + JsOps.toString(v) + ".");
                }
                yield v;
            }
            case INITIALIZE_INSTANCE -> {
                ClassSupport.initializeInstance((JsObject) r[first + 1], (Closure) r[first]);
                yield UNDEFINED;
            }
            case ITERATOR_VALUE -> ((JsObject) r[first]).get("value");
            case ITERATOR_DONE -> JsOps.toBoolean(((JsObject) r[first]).get("done"));
            case GET_METHOD -> {
                Object m = JsOps.getProperty(realm, r[first], r[first + 1]);
                yield JsOps.isNullish(m) ? UNDEFINED : m;
            }
            case DIRECT_EVAL -> {
                Object callee = r[first];
                Object[] args = java.util.Arrays.copyOfRange(r, first + 2, first + count);
                if (callee != realm.intrinsicEval || callee == null) yield Operations.call(callee, UNDEFINED, args);
                if (args.length == 0 || !(args[0] instanceof CharSequence src)) yield args.length == 0 ? UNDEFINED : args[0];
                if (!(r[first + 1] instanceof Boolean strict)) yield realm.compiler.evalInFunction(src.toString(), r[first + 1], frame.context);
                yield realm.compiler.evalScript(src.toString(), strict);
            }
            case CHECK_SUPER_CONSTRUCTOR -> UNDEFINED;
            case DELETE_SUPER -> throw JsException.referenceError("Unsupported reference to 'super'");
            case CHECK_THIS_INITIALIZED -> {
                if (r[first] == Realm.HOLE) throw JsException.referenceError("Must call super constructor in derived class before accessing 'this' or returning from derived constructor");
                yield UNDEFINED;
            }
            case CHECK_THIS_NOT_INITIALIZED -> {
                if (r[first] != Realm.HOLE) throw JsException.referenceError("Super constructor may only be called once");
                yield UNDEFINED;
            }
            case GLOBAL_THIS -> realm.globalObject;
            case DECLARE_EVAL_VAR -> {
                JsObject vars = r[first] instanceof JsObject o ? o : new JsObject(null);
                if (vars.getOwnProperty(r[first + 1]) == null) vars.defineOwn(r[first + 1], UNDEFINED, PropertyAttributes.DEFAULT);
                yield vars;
            }
            case WITH_HAS -> {
                if (!(r[first] instanceof JsObject o)) yield Boolean.FALSE; // an eval var object not made yet
                Object name = r[first + 1];
                if (!o.hasProperty(name)) yield Boolean.FALSE;
                Object unscopables = o.get(JsSymbol.UNSCOPABLES, o);
                yield !(unscopables instanceof JsObject u && JsOps.toBoolean(u.get(name, u)));
            }
            case NATIVE_CALL -> Natives.call(frame, (String) r[first], java.util.Arrays.copyOfRange(r, first + 1, first + count));
            case YIELD_STAR_STEP -> Generators.yieldStarStep(realm, (JsObject) r[first], r[first + 1], r[first + 2], (Integer) r[first + 3]);
            case ARRAY_FROM_ITERABLE -> throw JsException.syntaxError(f + " is not supported yet");
        };
    }

    private static Object defineClass(Realm realm, Closure constructor, Object superclass) {
        JsObject protoParent = realm.objectPrototype;
        JsObject constructorParent = realm.functionPrototype;
        if (superclass != Realm.HOLE) {
            constructor.derived = true;
            if (superclass == Null.INSTANCE) {
                protoParent = null;
            } else {
                if (!(superclass instanceof JsFunction s) || !s.isConstructor()) {
                    throw JsException.typeError("Class extends value " + JsOps.describe(superclass) + " is not a constructor or null");
                }
                Object pp = s.get("prototype", s);
                if (pp == Null.INSTANCE) protoParent = null;
                else if (pp instanceof JsObject o) protoParent = o;
                else throw JsException.typeError("Class extends value does not have valid prototype property " + JsOps.toString(pp));
                constructorParent = s;
            }
        } else {
            constructor.derived = false;
        }
        constructor.setPrototypeOf(constructorParent);
        JsObject proto = new JsObject(protoParent);
        constructor.defineOwn("prototype", proto, 0);
        proto.defineOwn("constructor", constructor, PropertyAttributes.HIDDEN);
        constructor.homeObject = proto;
        return proto;
    }

    private static Object defineMethod(Object target, Object key, Object function, int kind) {
        JsObject home = (JsObject) target;
        if (function instanceof Closure c) c.homeObject = home;
        if (key == UNDEFINED) return function;
        Object k = JsOps.toPropertyKey(key);
        JsObject fn = (JsObject) function;
        if (kind == 0) {
            if (fn.getOwnDataValue("name") instanceof CharSequence cs && cs.length() == 0) setFunctionName(fn, k, null);
            home.defineOwnProperty(k, PropertyDescriptor.data(function, PropertyAttributes.HIDDEN));
            return function;
        }
        setFunctionName(fn, k, kind == 1 ? "get" : "set");
        PropertyDescriptor d = new PropertyDescriptor();
        if (kind == 1) { d.getter = fn; d.hasGet = true; } else { d.setter = fn; d.hasSet = true; }
        d.enumerable = false; d.hasEnumerable = true;
        d.configurable = true; d.hasConfigurable = true;
        home.defineOwnProperty(k, d);
        return function;
    }

    static void setFunctionName(JsObject function, Object key, String prefix) {
        String name = key instanceof JsSymbol s ? s.functionName() : key instanceof PrivateName p ? p.description : JsOps.toString(key);
        if (prefix != null) name = prefix + " " + name;
        function.defineOwn("name", name, PropertyAttributes.CONFIGURABLE);
    }
}
