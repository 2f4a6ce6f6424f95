package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsArray;
import dev.piste.runtime.objects.JsFunction;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.NativeFunction;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.ops.ErrorType;
import dev.piste.runtime.ops.Iterators;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsException.StackEntry;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.Undefined;

import java.util.List;

import static dev.piste.runtime.builtins.BuiltinHelper.arg;

/** Error and the native error constructors; every Error gets a {@code stack} string when created. */
public final class ErrorBuiltins {
    private ErrorBuiltins() {}

    /**
     * An Error instance. Its {@code stack} is captured when the error is made but formatted on first
     * access, as in V8: a name or message set after construction (custom error classes do this)
     * shows in the stack's first line. Until then the "stack" slot holds a placeholder, so the
     * property is exotic and no inline cache may read that slot directly.
     */
    public static final class ErrorObject extends JsObject {
        private List<StackEntry> pendingStack;
        private Realm realm;

        public ErrorObject(JsObject prototype) { super(prototype); }
        @Override public String className() { return "Error"; }

        void captureStack(Realm realm, List<StackEntry> stack) {
            this.realm = realm;
            this.pendingStack = limitFrames(realm, stack);
            defineOwn("stack", Undefined.INSTANCE, PropertyAttributes.HIDDEN);
        }

        private void materializeStack() {
            List<StackEntry> stack = pendingStack;
            if (stack == null) return;
            pendingStack = null;
            defineOwn("stack", CallSites.stackValue(realm, this, stack), PropertyAttributes.HIDDEN);
        }

        @Override protected boolean hasExoticNamedProperties() { return pendingStack != null; }
        @Override public boolean isOrdinaryFor(Object key) { return !"stack".equals(key) && super.isOrdinaryFor(key); }

        @Override public dev.piste.runtime.objects.PropertyDescriptor getOwnProperty(Object key) {
            if ("stack".equals(key)) materializeStack();
            return super.getOwnProperty(key);
        }

        @Override public boolean defineOwnProperty(Object key, dev.piste.runtime.objects.PropertyDescriptor desc) {
            if ("stack".equals(key)) materializeStack();
            return super.defineOwnProperty(key, desc);
        }

        @Override public boolean delete(Object key) {
            if ("stack".equals(key)) materializeStack();
            return super.delete(key);
        }
    }

    static void install(Realm realm) {
        JsObject errorProto = new JsObject(realm.objectPrototype);
        realm.errorPrototype = errorProto;
        NativeFunction error = makeConstructor(realm, ErrorType.ERROR, errorProto);
        realm.errorPrototypes.put(ErrorType.ERROR, errorProto);
        realm.errorConstructors.put(ErrorType.ERROR, error);
        errorProto.defineOwn("name", "Error", PropertyAttributes.HIDDEN);
        errorProto.defineOwn("message", "", PropertyAttributes.HIDDEN);
        BuiltinHelper.method(realm, errorProto, "toString", 0, (self, args, nt) -> {
            if (!(self instanceof JsObject o)) throw JsException.typeError("Error.prototype.toString requires that 'this' be an Object");
            Object n = o.get("name", o), m = o.get("message", o);
            String name = n == Undefined.INSTANCE ? "Error" : JsOps.toString(n);
            String msg = m == Undefined.INSTANCE ? "" : JsOps.toString(m);
            if (name.isEmpty()) return msg;
            if (msg.isEmpty()) return name;
            return name + ": " + msg;
        });
        BuiltinHelper.method(realm, error, "captureStackTrace", 1, (self, args, nt) -> {
            if (arg(args, 0) instanceof JsObject o) {
                List<StackEntry> stack = realm.stackCapture.get();
                // Frames above (and including) the given function are left out; none if it is not on the stack.
                if (arg(args, 1) instanceof JsFunction above) {
                    int at = -1;
                    for (int i = 0; i < stack.size() && at < 0; i++) if (stack.get(i).function() == above) at = i;
                    stack = at < 0 ? List.of() : stack.subList(at + 1, stack.size());
                }
                o.defineOwn("stack", CallSites.stackValue(realm, o, limitFrames(realm, stack)), PropertyAttributes.HIDDEN);
            }
            return Undefined.INSTANCE;
        });
        error.defineOwn("stackTraceLimit", 10);
        for (ErrorType t : ErrorType.values()) {
            if (t == ErrorType.ERROR) continue;
            JsObject proto = new JsObject(errorProto);
            proto.defineOwn("name", t.jsName, PropertyAttributes.HIDDEN);
            proto.defineOwn("message", "", PropertyAttributes.HIDDEN);
            NativeFunction c = makeConstructor(realm, t, proto);
            c.setPrototypeOf(error);
            realm.errorPrototypes.put(t, proto);
            realm.errorConstructors.put(t, c);
        }
    }

    private static NativeFunction makeConstructor(Realm realm, ErrorType type, JsObject proto) {
        boolean aggregate = type == ErrorType.AGGREGATE_ERROR;
        return BuiltinHelper.constructor(realm, type.jsName, aggregate ? 2 : 1, proto, (self, args, newTarget) -> {
            JsObject target = newTarget == null ? realm.errorConstructors.get(type) : newTarget;
            Object p = target.get("prototype", target);
            ErrorObject e = new ErrorObject(p instanceof JsObject po ? po : proto);
            int msgIndex = aggregate ? 1 : 0;
            Object message = arg(args, msgIndex);
            if (message != Undefined.INSTANCE) e.defineOwn("message", JsOps.toString(message), PropertyAttributes.HIDDEN);
            Object options = arg(args, msgIndex + 1);
            if (options instanceof JsObject o && o.hasProperty("cause")) e.defineOwn("cause", o.get("cause", o), PropertyAttributes.HIDDEN);
            if (aggregate) {
                JsArray errors = new JsArray(realm.arrayPrototype, Iterators.toList(realm, arg(args, 0)).toArray());
                e.defineOwn("errors", errors, PropertyAttributes.HIDDEN);
            }
            e.captureStack(realm, belowConstructor(realm.stackCapture.get(), newTarget));
            return e;
        });
    }

    /** At most Error.stackTraceLimit frames (when it is a number), as V8 records them. */
    static List<StackEntry> limitFrames(Realm realm, List<StackEntry> stack) {
        JsFunction error = realm.errorConstructors.get(ErrorType.ERROR);
        if (error == null || !(error.get("stackTraceLimit") instanceof Number n)) return stack;
        double limit = n.doubleValue();
        if (!(limit < stack.size())) return stack;
        return stack.subList(0, limit > 0 ? (int) limit : 0);
    }

    /**
     * As V8 does, the stack of an error made by a subclass constructor starts below the frame of
     * new.target: the constructors of the error classes themselves are not shown.
     */
    private static List<StackEntry> belowConstructor(List<StackEntry> stack, JsObject newTarget) {
        if (newTarget == null) return stack;
        for (int i = 0; i < stack.size(); i++) {
            if (stack.get(i).function() == newTarget) return stack.subList(i + 1, stack.size());
        }
        return stack;
    }

    /**
     * The error a host API throws where browsers and node throw a DOMException (DataCloneError,
     * InvalidCharacterError): an Error whose name is the DOMException's name. Piste has no DOMException.
     */
    public static JsException domException(Realm realm, String name, String message) {
        JsObject error = create(realm, ErrorType.ERROR, message, realm.stackCapture.get());
        error.defineOwn("name", name, PropertyAttributes.HIDDEN);
        return new JsException(error);
    }

    /** An Error made by the runtime (a failed operation) with the given stack, innermost first. */
    public static JsObject create(Realm realm, ErrorType type, String message, List<StackEntry> stack) {
        ErrorObject e = new ErrorObject(realm.errorPrototypes.get(type));
        e.defineOwn("message", message, PropertyAttributes.HIDDEN);
        e.captureStack(realm, stack);
        return e;
    }

    /** "Name: message\n    at f (file:line:col)\n…", as V8 prints it. */
    public static String stackString(Realm realm, JsObject error, List<StackEntry> stack) {
        StringBuilder sb = new StringBuilder();
        try {
            Object n = error.get("name", error), m = error.get("message", error);
            String name = n == Undefined.INSTANCE ? "Error" : JsOps.toString(n);
            String msg = m == Undefined.INSTANCE ? "" : JsOps.toString(m);
            sb.append(msg.isEmpty() ? name : name.isEmpty() ? msg : name + ": " + msg);
        } catch (JsException ex) {
            sb.append("Error");
        }
        for (StackEntry s : stack) sb.append("\n    at ").append(s);
        return sb.toString();
    }
}
