package dev.piste.runtime.builtins;

import dev.piste.runtime.builtins.CollectionBuiltins.Collection;
import dev.piste.runtime.objects.OrderedTable;
import dev.piste.runtime.values.Undefined;

import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.MethodHandleDesc;
import java.lang.constant.MethodTypeDesc;

/**
 * Map and Set methods that optimized code calls directly (see
 * {@link dev.piste.runtime.objects.NativeFunction#checkedIntrinsic}): each does what its builtin does
 * when this is a Map (or a Set) and declines with null, having changed nothing, for any other receiver
 * (the builtin throws its TypeError then, in the interpreter). None of them runs JavaScript: keys
 * compare by SameValueZero in Java.
 */
public final class CollectionIntrinsics {
    private CollectionIntrinsics() {}

    private static final ClassDesc SELF = ClassDesc.of(CollectionIntrinsics.class.getName());

    public static Object mapGet(Object self, Object key) {
        if (!(self instanceof Collection c) || !c.isMap) return null;
        OrderedTable.Entry e = c.table.find(key);
        return e == null ? Undefined.INSTANCE : e.value;
    }

    public static Object mapSet(Object self, Object key, Object value) {
        if (!(self instanceof Collection c) || !c.isMap) return null;
        c.table.put(key, value);
        return self;
    }

    public static Object mapHas(Object self, Object key) {
        return self instanceof Collection c && c.isMap ? (Object) c.table.has(key) : null;
    }

    public static Object setAdd(Object self, Object value) {
        if (!(self instanceof Collection c) || c.isMap) return null;
        c.table.put(value, Undefined.INSTANCE);
        return self;
    }

    public static Object setHas(Object self, Object value) {
        return self instanceof Collection c && !c.isMap ? (Object) c.table.has(value) : null;
    }

    private static DirectMethodHandleDesc intrinsic(String name, int arguments) {
        ClassDesc[] parameters = new ClassDesc[arguments + 1];
        java.util.Arrays.fill(parameters, ConstantDescs.CD_Object);
        return MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.STATIC, SELF, name, MethodTypeDesc.of(ConstantDescs.CD_Object, parameters));
    }

    static final DirectMethodHandleDesc MAP_GET = intrinsic("mapGet", 1), MAP_SET = intrinsic("mapSet", 2), MAP_HAS = intrinsic("mapHas", 1),
        SET_ADD = intrinsic("setAdd", 1), SET_HAS = intrinsic("setHas", 1);
}
