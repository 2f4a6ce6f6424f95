package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.NativeFunction;
import dev.piste.runtime.objects.PrimitiveWrapper;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;
import dev.piste.runtime.values.Undefined;

import static dev.piste.runtime.builtins.BuiltinHelper.arg;
import static dev.piste.runtime.builtins.BuiltinHelper.method;

/** Symbol: a function that is not a constructor, the registry (for/keyFor) and the well-known symbols. */
public final class SymbolBuiltins {
    private SymbolBuiltins() {}

    private static final JsSymbol[] WELL_KNOWN = {
        JsSymbol.ASYNC_ITERATOR, JsSymbol.HAS_INSTANCE, JsSymbol.IS_CONCAT_SPREADABLE, JsSymbol.ITERATOR, JsSymbol.MATCH,
        JsSymbol.MATCH_ALL, JsSymbol.REPLACE, JsSymbol.SEARCH, JsSymbol.SPECIES, JsSymbol.SPLIT, JsSymbol.TO_PRIMITIVE,
        JsSymbol.TO_STRING_TAG, JsSymbol.UNSCOPABLES,
    };

    public static void install(Realm realm) {
        JsObject proto = realm.symbolPrototype;
        // A constructor (it has "prototype") whose [[Construct]] always throws, as the spec's "new Symbol()" does.
        NativeFunction symbol = BuiltinHelper.constructor(realm, "Symbol", 0, proto, (self, args, newTarget) -> {
            if (newTarget != null) throw JsException.typeError("Symbol is not a constructor");
            Object d = arg(args, 0);
            return new JsSymbol(d == Undefined.INSTANCE ? null : JsOps.toString(d));
        });
        for (JsSymbol s : WELL_KNOWN) symbol.defineOwn(s.description.substring("Symbol.".length()), s, 0);
        method(realm, symbol, "for", 1, (self, args, nt) -> {
            String key = JsOps.toString(arg(args, 0));
            return realm.symbolRegistry.computeIfAbsent(key, k -> new JsSymbol(k, k));
        });
        method(realm, symbol, "keyFor", 1, (self, args, nt) -> {
            if (!(arg(args, 0) instanceof JsSymbol s)) throw JsException.typeError(JsOps.toString(arg(args, 0) instanceof JsObject ? "[object Object]" : arg(args, 0)) + " is not a symbol");
            return s.registryKey == null ? Undefined.INSTANCE : s.registryKey;
        });
        method(realm, proto, "toString", 0, (self, args, nt) -> thisSymbol(self, "Symbol.prototype.toString").toString());
        method(realm, proto, "valueOf", 0, (self, args, nt) -> thisSymbol(self, "Symbol.prototype.valueOf"));
        BuiltinHelper.getter(realm, proto, "description", (self, args, nt) -> {
            JsSymbol s = thisSymbol(self, "Symbol.prototype.description");
            return s.description == null ? Undefined.INSTANCE : s.description;
        }, null);
        NativeFunction toPrimitive = new NativeFunction(realm, "[Symbol.toPrimitive]", 1, false,
            (self, args, nt) -> thisSymbol(self, "Symbol.prototype [ @@toPrimitive ]"));
        proto.defineOwn(JsSymbol.TO_PRIMITIVE, toPrimitive, PropertyAttributes.CONFIGURABLE);
        proto.defineOwn(JsSymbol.TO_STRING_TAG, "Symbol", PropertyAttributes.CONFIGURABLE);
    }

    private static JsSymbol thisSymbol(Object self, String method) {
        if (self instanceof JsSymbol s) return s;
        if (self instanceof PrimitiveWrapper w && w.primitive instanceof JsSymbol s) return s;
        throw JsException.typeError(method + " requires that 'this' be a Symbol");
    }
}
