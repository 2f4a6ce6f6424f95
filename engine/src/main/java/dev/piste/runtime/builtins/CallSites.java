package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsArray;
import dev.piste.runtime.objects.JsFunction;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.ops.ErrorType;
import dev.piste.runtime.ops.JsException.StackEntry;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.Null;
import dev.piste.runtime.values.Undefined;

import java.util.List;

import static dev.piste.runtime.builtins.BuiltinHelper.method;

/**
 * V8's stack-trace API: when {@code Error.prepareStackTrace} is a function, an error's {@code stack}
 * is what it returns for (error, callSites), computed when the stack is first read. Piste's call
 * sites know their function name, file, line and column; what Piste does not record (receiver,
 * eval origin) answers as V8 does for a plain function call.
 */
final class CallSites {
    private CallSites() {}

    private static final String ACTIVE = "prepareStackTrace.active", PROTOTYPE = "prepareStackTrace.callSitePrototype";

    static final class CallSite extends JsObject {
        final StackEntry entry;
        CallSite(JsObject proto, StackEntry entry) { super(proto); this.entry = entry; }
        @Override public String className() { return "CallSite"; }
    }

    /** The value of an error's stack: prepareStackTrace's result when set, else V8's text. */
    static Object stackValue(Realm realm, JsObject error, List<StackEntry> stack) {
        JsFunction errorConstructor = realm.errorConstructors.get(ErrorType.ERROR);
        Object prepare = errorConstructor == null ? Undefined.INSTANCE : errorConstructor.get("prepareStackTrace");
        // Errors made while prepareStackTrace runs get the default text, as in V8 (no recursion).
        if (!(prepare instanceof JsFunction hook) || realm.hostData.get(ACTIVE) != null) return ErrorBuiltins.stackString(realm, error, stack);
        JsObject proto = callSitePrototype(realm);
        Object[] sites = new Object[stack.size()];
        for (int i = 0; i < sites.length; i++) sites[i] = new CallSite(proto, stack.get(i));
        realm.hostData.put(ACTIVE, Boolean.TRUE);
        try {
            return JsOps.call(hook, errorConstructor, error, new JsArray(realm.arrayPrototype, sites));
        } finally {
            realm.hostData.remove(ACTIVE);
        }
    }

    private static JsObject callSitePrototype(Realm realm) {
        if (realm.hostData.get(PROTOTYPE) instanceof JsObject p) return p;
        JsObject proto = new JsObject(realm.objectPrototype);
        site(realm, proto, "getFileName", e -> e.file());
        site(realm, proto, "getScriptNameOrSourceURL", e -> e.file());
        site(realm, proto, "getLineNumber", e -> e.line());
        site(realm, proto, "getColumnNumber", e -> e.column());
        site(realm, proto, "getFunctionName", e -> e.functionName() == null || e.functionName().isEmpty() ? Null.INSTANCE : e.functionName());
        site(realm, proto, "getMethodName", e -> Null.INSTANCE);
        site(realm, proto, "getTypeName", e -> Null.INSTANCE);
        site(realm, proto, "getThis", e -> Undefined.INSTANCE);
        site(realm, proto, "getFunction", e -> Undefined.INSTANCE);
        site(realm, proto, "getEvalOrigin", e -> Undefined.INSTANCE);
        site(realm, proto, "isNative", e -> false);
        site(realm, proto, "isEval", e -> false);
        site(realm, proto, "isConstructor", e -> false);
        site(realm, proto, "isAsync", e -> false);
        site(realm, proto, "isPromiseAll", e -> false);
        site(realm, proto, "isToplevel", e -> e.functionName() == null || !e.functionName().contains("."));
        site(realm, proto, "toString", StackEntry::toString);
        realm.hostData.put(PROTOTYPE, proto);
        return proto;
    }

    private static void site(Realm realm, JsObject proto, String name, java.util.function.Function<StackEntry, Object> read) {
        method(realm, proto, name, 0, (self, args, nt) -> {
            if (!(self instanceof CallSite s)) throw dev.piste.runtime.ops.JsException.typeError("CallSite method " + name + " expects CallSite as receiver");
            return read.apply(s.entry);
        });
    }
}
