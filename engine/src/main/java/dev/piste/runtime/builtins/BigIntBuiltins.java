package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.NativeFunction;
import dev.piste.runtime.objects.PrimitiveWrapper;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.ops.BigIntOps;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;
import dev.piste.runtime.values.Undefined;

import java.math.BigInteger;

import static dev.piste.runtime.builtins.BuiltinHelper.arg;

/** BigInt: the conversion function (not a constructor), asIntN/asUintN and the prototype methods. */
public final class BigIntBuiltins {
    private BigIntBuiltins() {}

    static void install(Realm realm) {
        JsObject proto = new JsObject(realm.objectPrototype);
        realm.bigintPrototype = proto;
        NativeFunction ctor = BuiltinHelper.constructor(realm, "BigInt", 1, proto, (self, args, newTarget) -> {
            if (newTarget != null) throw JsException.typeError("BigInt is not a constructor");
            return toBigInt(JsOps.toPrimitive(arg(args, 0), "number"), true);
        });
        BuiltinHelper.method(realm, ctor, "asIntN", 2, (self, args, nt) -> BigIntOps.asN(bits(arg(args, 0)), toBigInt(arg(args, 1), false), true));
        BuiltinHelper.method(realm, ctor, "asUintN", 2, (self, args, nt) -> BigIntOps.asN(bits(arg(args, 0)), toBigInt(arg(args, 1), false), false));
        proto.defineOwn(JsSymbol.TO_STRING_TAG, "BigInt", PropertyAttributes.CONFIGURABLE);
        BuiltinHelper.method(realm, proto, "toString", 0, (self, args, nt) -> {
            BigInteger v = thisBigInt(self, "toString");
            Object r = arg(args, 0);
            int radix = r == Undefined.INSTANCE ? 10 : (int) JsOps.toIntegerOrInfinity(r);
            if (radix < 2 || radix > 36) throw JsException.rangeError("toString() radix must be between 2 and 36");
            return v.toString(radix);
        });
        BuiltinHelper.method(realm, proto, "toLocaleString", 0, (self, args, nt) -> {
            BigInteger v = thisBigInt(self, "toLocaleString");
            return String.format(java.util.Locale.US, "%,d", v);
        });
        BuiltinHelper.method(realm, proto, "valueOf", 0, (self, args, nt) -> thisBigInt(self, "valueOf"));
    }

    private static int bits(Object v) {
        double d = JsOps.toIntegerOrInfinity(v);
        if (d < 0 || d > 9007199254740991.0) throw JsException.rangeError("Invalid value: not (convertible to) a safe integer");
        if (d > (1 << 30)) throw JsException.rangeError("Maximum BigInt size exceeded");
        return (int) d;
    }

    private static BigInteger thisBigInt(Object self, String method) {
        if (self instanceof BigInteger b) return b;
        if (self instanceof PrimitiveWrapper w && w.primitive instanceof BigInteger b) return b;
        throw JsException.typeError("BigInt.prototype." + method + " requires that 'this' be a BigInt");
    }

    /** ToBigInt (numbers allowed only from the BigInt function: NumberToBigInt). */
    static BigInteger toBigInt(Object v, boolean allowNumber) { return BigIntOps.toBigInt(v, allowNumber); }

}
