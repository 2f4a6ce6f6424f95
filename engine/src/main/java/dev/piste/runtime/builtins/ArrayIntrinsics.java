package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsArray;
import dev.piste.runtime.values.Undefined;

import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.MethodHandleDesc;
import java.lang.constant.MethodTypeDesc;

/**
 * Fast paths of Array.prototype methods that optimized code calls directly (see
 * {@link dev.piste.runtime.objects.NativeFunction#checkedIntrinsic}): each does what its builtin does
 * to an ordinary array whose elements are plain storage and whose prototypes have no elements, and
 * declines, having changed nothing, for anything else (the builtin's general path is then needed).
 */
public final class ArrayIntrinsics {
    private ArrayIntrinsics() {}

    private static final ClassDesc SELF = ClassDesc.of(ArrayIntrinsics.class.getName());

    /** a.push(value): the new length; -1 (declined) unless a is a fast, extensible array with a writable length below 2^31 - 1. */
    public static int push(Object self, Object value) {
        if (!(self instanceof JsArray a)) return -1;
        if (a.pushInPlace(value)) return (int) a.length();
        if (!fast(a) || a.length() >= Integer.MAX_VALUE) return -1;
        a.push(value);
        return (int) a.length();
    }

    /** a.pop(): the last element (undefined for a hole); null (declined) unless a is a fast, extensible, non-empty array with a writable length. */
    public static Object pop(Object self) {
        if (!(self instanceof JsArray a)) return null;
        Object packed = a.popInPlace();
        if (packed != null) return packed;
        if (!fast(a) || a.length() == 0) return null;
        long last = a.length() - 1;
        Object v = a.elements().get(last);
        a.setLength(last);
        return v == null ? Undefined.INSTANCE : v;
    }

    private static boolean fast(JsArray a) { return ArrayLikes.isFastArray(a) && a.isLengthWritable() && a.isExtensible(); }

    static final DirectMethodHandleDesc PUSH = MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.STATIC, SELF, "push",
        MethodTypeDesc.of(ConstantDescs.CD_int, ConstantDescs.CD_Object, ConstantDescs.CD_Object));
    static final DirectMethodHandleDesc POP = MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.STATIC, SELF, "pop",
        MethodTypeDesc.of(ConstantDescs.CD_Object, ConstantDescs.CD_Object));
}
