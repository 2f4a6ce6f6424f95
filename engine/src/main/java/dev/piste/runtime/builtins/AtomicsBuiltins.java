package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.objects.TypedArrayKind;
import dev.piste.runtime.objects.TypedArrayObject;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.ops.NumberConversions;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;

import java.util.function.LongBinaryOperator;

import static dev.piste.runtime.builtins.BuiltinHelper.arg;
import static dev.piste.runtime.builtins.BuiltinHelper.method;

/**
 * Atomics on integer typed arrays. Piste runs JavaScript on one thread and has no SharedArrayBuffer,
 * so every buffer is unshared: the read-modify-write operations are plain reads and writes in
 * order, {@code notify} wakes nobody (returns 0) and {@code wait}/{@code waitAsync} throw the
 * TypeError the specification gives for an unshared buffer.
 */
public final class AtomicsBuiltins {
    private AtomicsBuiltins() {}

    public static void install(Realm realm) {
        JsObject atomics = new JsObject(realm.objectPrototype);
        realm.globalObject.defineOwn("Atomics", atomics, PropertyAttributes.HIDDEN);
        atomics.defineOwn(JsSymbol.TO_STRING_TAG, "Atomics", PropertyAttributes.CONFIGURABLE);
        readModifyWrite(realm, atomics, "add", Long::sum);
        readModifyWrite(realm, atomics, "sub", (a, b) -> a - b);
        readModifyWrite(realm, atomics, "and", (a, b) -> a & b);
        readModifyWrite(realm, atomics, "or", (a, b) -> a | b);
        readModifyWrite(realm, atomics, "xor", (a, b) -> a ^ b);
        readModifyWrite(realm, atomics, "exchange", (a, b) -> b);
        method(realm, atomics, "compareExchange", 4, (self, args, nt) -> {
            TypedArrayObject ta = integerTypedArray(realm, arg(args, 0), false);
            int index = accessIndex(ta, arg(args, 1));
            long expected = ta.kind.encode(ta.toNumeric(arg(args, 2)));
            long replacement = ta.kind.encode(ta.toNumeric(arg(args, 3)));
            int offset = ta.byteOffset + index * ta.kind.size;
            long old = ta.kind.read(ta.buffer.data, offset, true);
            if ((old & mask(ta.kind)) == (expected & mask(ta.kind))) ta.kind.write(ta.buffer.data, offset, replacement, true);
            return ta.kind.decode(old);
        });
        method(realm, atomics, "load", 2, (self, args, nt) -> {
            TypedArrayObject ta = integerTypedArray(realm, arg(args, 0), false);
            return ta.getIndex(accessIndex(ta, arg(args, 1)));
        });
        method(realm, atomics, "store", 3, (self, args, nt) -> {
            TypedArrayObject ta = integerTypedArray(realm, arg(args, 0), false);
            int index = accessIndex(ta, arg(args, 1));
            Object value = ta.kind.isBigInt() ? ta.toNumeric(arg(args, 2))
                : NumberConversions.box(JsOps.toIntegerOrInfinity(arg(args, 2)) + 0.0);
            ta.setIndex(index, value);
            return value;
        });
        method(realm, atomics, "isLockFree", 1, (self, args, nt) -> {
            double size = JsOps.toIntegerOrInfinity(arg(args, 0));
            return size == 1 || size == 2 || size == 4 || size == 8;
        });
        method(realm, atomics, "notify", 3, (self, args, nt) -> {
            TypedArrayObject ta = integerTypedArray(realm, arg(args, 0), true);
            accessIndex(ta, arg(args, 1));
            if (!JsOps.isNullish(arg(args, 2))) JsOps.toIntegerOrInfinity(arg(args, 2));
            return 0;
        });
        for (String name : new String[] {"wait", "waitAsync"}) {
            method(realm, atomics, name, 4, (self, args, nt) -> {
                integerTypedArray(realm, arg(args, 0), true);
                throw JsException.typeError(ObjectBuiltins.toStringTag(realm, arg(args, 0)) + " is not a shared typed array.");
            });
        }
    }

    private static void readModifyWrite(Realm realm, JsObject atomics, String name, LongBinaryOperator op) {
        method(realm, atomics, name, 3, (self, args, nt) -> {
            TypedArrayObject ta = integerTypedArray(realm, arg(args, 0), false);
            int index = accessIndex(ta, arg(args, 1));
            long operand = ta.kind.encode(ta.toNumeric(arg(args, 2)));
            int offset = ta.byteOffset + index * ta.kind.size;
            long old = ta.kind.read(ta.buffer.data, offset, true);
            ta.kind.write(ta.buffer.data, offset, op.applyAsLong(old, operand), true);
            return ta.kind.decode(old);
        });
    }

    private static long mask(TypedArrayKind kind) { return kind.size == 8 ? -1L : (1L << (8 * kind.size)) - 1; }

    /** ValidateIntegerTypedArray: waitable arrays are Int32Array and BigInt64Array only. */
    private static TypedArrayObject integerTypedArray(Realm realm, Object value, boolean waitable) {
        if (value instanceof TypedArrayObject ta) {
            TypedArrayKind k = ta.kind;
            boolean ok = waitable ? k == TypedArrayKind.INT32 || k == TypedArrayKind.BIGINT64
                : k != TypedArrayKind.FLOAT32 && k != TypedArrayKind.FLOAT64 && k != TypedArrayKind.UINT8_CLAMPED;
            if (ok) return ta;
        }
        String shown = ObjectBuiltins.toStringTag(realm, value);
        throw JsException.typeError(shown + (waitable ? " is not an int32 or BigInt64 typed array." : " is not an integer typed array."));
    }

    /** ValidateAtomicAccess: ToIndex, then a RangeError unless the index is within the array. */
    private static int accessIndex(TypedArrayObject ta, Object requestIndex) {
        double index = JsOps.toIntegerOrInfinity(requestIndex);
        if (!(index >= 0 && index < ta.length)) throw JsException.rangeError("Invalid atomic access index");
        return (int) index;
    }
}
