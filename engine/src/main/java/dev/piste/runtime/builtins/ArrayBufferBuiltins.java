package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.ArrayBufferObject;
import dev.piste.runtime.objects.JsFunction;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.NativeFunction;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.objects.TypedArrayKind;
import dev.piste.runtime.objects.TypedArrayObject;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.ops.NumberConversions;
import dev.piste.runtime.ops.Reflection;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;
import dev.piste.runtime.values.Undefined;

import java.util.ArrayList;
import java.util.List;

import static dev.piste.runtime.builtins.BuiltinHelper.arg;
import static dev.piste.runtime.builtins.BuiltinHelper.method;

/** ArrayBuffer and DataView. Buffers are fixed-length byte arrays; they are neither resizable nor detachable. */
final class ArrayBufferBuiltins {
    private ArrayBufferBuiltins() {}

    /** The largest buffer a Java byte[] can hold, with the headroom the JVM wants for array headers. */
    static final int MAX_BYTE_LENGTH = Integer.MAX_VALUE - 8;

    /** A DataView: a window of a buffer read and written with explicit endianness. */
    static final class DataViewObject extends JsObject {
        final ArrayBufferObject buffer;
        final int byteOffset, byteLength;
        DataViewObject(JsObject proto, ArrayBufferObject buffer, int byteOffset, int byteLength) {
            super(proto);
            this.buffer = buffer;
            this.byteOffset = byteOffset;
            this.byteLength = byteLength;
        }
        @Override public String className() { return "DataView"; }
    }

    static void install(Realm realm) {
        installArrayBuffer(realm);
        installDataView(realm);
    }

    /** ToIndex with V8's RangeError message. */
    static long toIndex(Object v, String message) {
        double d = NumberConversions.toIndex(JsOps.toNumber(v));
        if (d < 0) throw JsException.rangeError(message);
        return (long) d;
    }

    static ArrayBufferObject allocate(Realm realm, JsObject proto, long byteLength) {
        if (byteLength > MAX_BYTE_LENGTH) throw JsException.rangeError("Array buffer allocation failed");
        return new ArrayBufferObject(proto == null ? realm.arrayBufferPrototype : proto, (int) byteLength);
    }

    private static ArrayBufferObject thisBuffer(Object self, String method) {
        if (self instanceof ArrayBufferObject b) return b;
        throw JsException.typeError("Method ArrayBuffer.prototype." + method + " called on incompatible receiver " + JsOps.describe(self));
    }

    private static void installArrayBuffer(Realm realm) {
        JsObject proto = new JsObject(realm.objectPrototype);
        realm.arrayBufferPrototype = proto;
        NativeFunction ctor = BuiltinHelper.constructor(realm, "ArrayBuffer", 1, proto, (self, args, nt) -> {
            if (nt == null) throw JsException.typeError("Constructor ArrayBuffer requires 'new'");
            long length = toIndex(arg(args, 0), "Invalid array buffer length");
            return allocate(realm, Reflection.prototypeFrom(nt, realm.arrayBufferPrototype), length);
        });
        realm.arrayBufferConstructor = ctor;
        BuiltinHelper.getter(realm, ctor, JsSymbol.SPECIES, (self, args, nt) -> self, null);
        method(realm, ctor, "isView", 1, (self, args, nt) -> arg(args, 0) instanceof TypedArrayObject || arg(args, 0) instanceof DataViewObject);
        BuiltinHelper.getter(realm, proto, "byteLength", (self, args, nt) -> thisBuffer(self, "byteLength").byteLength(), null);
        BuiltinHelper.getter(realm, proto, "maxByteLength", (self, args, nt) -> thisBuffer(self, "maxByteLength").byteLength(), null);
        BuiltinHelper.getter(realm, proto, "resizable", (self, args, nt) -> { thisBuffer(self, "resizable"); return false; }, null);
        method(realm, proto, "slice", 2, (self, args, nt) -> {
            ArrayBufferObject b = thisBuffer(self, "slice");
            int len = b.byteLength();
            int first = relativeIndex(arg(args, 0), len, 0);
            int fin = relativeIndex(arg(args, 1), len, len);
            int newLen = Math.max(fin - first, 0);
            Object c = speciesConstructor(b, ctor);
            ArrayBufferObject result;
            if (c == ctor) {
                result = allocate(realm, null, newLen);
            } else {
                Object r = JsOps.construct(c, new Object[] {newLen}, c);
                if (!(r instanceof ArrayBufferObject rb)) throw JsException.typeError("Method ArrayBuffer.prototype.slice called on incompatible receiver " + JsOps.describe(r));
                if (rb == b) throw JsException.typeError("ArrayBuffer subclass returned this from species constructor");
                if (rb.byteLength() < newLen) throw JsException.typeError("Species constructor returned a too-small buffer");
                result = rb;
            }
            if (newLen > 0) System.arraycopy(b.data, first, result.data, 0, newLen);
            return result;
        });
        proto.defineOwn(JsSymbol.TO_STRING_TAG, "ArrayBuffer", PropertyAttributes.CONFIGURABLE);

        realm.hostData.put("inspect.ArrayBuffer", (Inspector.Custom) (inspector, o, depth) ->
            inspector.formatEntries(o, "ArrayBuffer", depth, () -> bufferEntries((ArrayBufferObject) o)));
    }

    /** node's "[Uint8Contents]: <00 01 …>, byteLength: n" lines for a buffer (50 bytes at most). */
    static List<String> bufferEntries(ArrayBufferObject b) {
        StringBuilder sb = new StringBuilder("[Uint8Contents]: <");
        int shown = Math.min(b.byteLength(), 50);
        for (int i = 0; i < shown; i++) {
            if (i > 0) sb.append(' ');
            sb.append(Character.forDigit((b.data[i] >> 4) & 0xF, 16)).append(Character.forDigit(b.data[i] & 0xF, 16));
        }
        if (b.byteLength() > shown) sb.append(" ... ").append(b.byteLength() - shown).append(" more byte").append(b.byteLength() - shown > 1 ? "s" : "");
        return List.of(sb.append('>').toString(), "byteLength: " + b.byteLength());
    }

    /** The relative-index clamp shared by slice, subarray, fill, copyWithin: negative counts from the end. */
    static int relativeIndex(Object v, int length, int ifUndefined) {
        if (v == Undefined.INSTANCE) return ifUndefined;
        double d = JsOps.toIntegerOrInfinity(v);
        if (d < 0) return (int) Math.max(length + d, 0);
        return (int) Math.min(d, length);
    }

    /** SpeciesConstructor(o, defaultConstructor). */
    static Object speciesConstructor(JsObject o, JsFunction defaultConstructor) {
        Object c = o.get("constructor", o);
        if (c == Undefined.INSTANCE) return defaultConstructor;
        if (!(c instanceof JsObject co)) throw JsException.typeError("The .constructor property is not an object");
        Object s = co.get(JsSymbol.SPECIES, co);
        if (JsOps.isNullish(s)) return defaultConstructor;
        if (s instanceof JsFunction sf && sf.isConstructor()) return s;
        throw JsException.typeError("object.constructor[Symbol.species] is not a constructor");
    }

    // ---- DataView ----

    private static DataViewObject thisView(Object self, String method) {
        if (self instanceof DataViewObject v) return v;
        throw JsException.typeError("Method DataView.prototype." + method + " called on incompatible receiver " + JsOps.describe(self));
    }

    private static void installDataView(Realm realm) {
        JsObject proto = new JsObject(realm.objectPrototype);
        BuiltinHelper.constructor(realm, "DataView", 1, proto, (self, args, nt) -> {
            if (nt == null) throw JsException.typeError("Constructor DataView requires 'new'");
            if (!(arg(args, 0) instanceof ArrayBufferObject buffer)) throw JsException.typeError("First argument to DataView constructor must be an ArrayBuffer");
            long offset = toIndex(arg(args, 1), "Start offset " + JsOps.toString(arg(args, 1)) + " is outside the bounds of the buffer");
            int bufferLength = buffer.byteLength();
            if (offset > bufferLength) throw JsException.rangeError("Start offset " + offset + " is outside the bounds of the buffer");
            long viewLength;
            if (arg(args, 2) == Undefined.INSTANCE) {
                viewLength = bufferLength - offset;
            } else {
                viewLength = toIndex(arg(args, 2), "Invalid DataView length " + JsOps.toString(arg(args, 2)));
                if (offset + viewLength > bufferLength) throw JsException.rangeError("Invalid DataView length " + viewLength);
            }
            return new DataViewObject(Reflection.prototypeFrom(nt, proto), buffer, (int) offset, (int) viewLength);
        });
        BuiltinHelper.getter(realm, proto, "buffer", (self, args, nt) -> thisView(self, "buffer").buffer, null);
        BuiltinHelper.getter(realm, proto, "byteLength", (self, args, nt) -> thisView(self, "byteLength").byteLength, null);
        BuiltinHelper.getter(realm, proto, "byteOffset", (self, args, nt) -> thisView(self, "byteOffset").byteOffset, null);
        for (TypedArrayKind kind : TypedArrayKind.values()) {
            if (kind == TypedArrayKind.UINT8_CLAMPED) continue;
            String get = "get" + kind.typeName, set = "set" + kind.typeName;
            method(realm, proto, get, 1, (self, args, nt) -> {
                DataViewObject v = thisView(self, get);
                int at = viewIndex(v, arg(args, 0), kind);
                boolean little = JsOps.toBoolean(arg(args, 1));
                return kind.decode(kind.read(v.buffer.data, at, little));
            });
            method(realm, proto, set, 2, (self, args, nt) -> {
                DataViewObject v = thisView(self, set);
                long index = toIndex(arg(args, 0), "Offset is outside the bounds of the DataView");
                Object numeric = kind.isBigInt() ? dev.piste.runtime.ops.BigIntOps.toBigInt(arg(args, 1), false)
                    : NumberConversions.box(JsOps.toNumber(arg(args, 1)));
                boolean little = JsOps.toBoolean(arg(args, 2));
                if (index + kind.size > v.byteLength) throw JsException.rangeError("Offset is outside the bounds of the DataView");
                kind.write(v.buffer.data, v.byteOffset + (int) index, kind.encode(numeric), little);
                return Undefined.INSTANCE;
            });
        }
        proto.defineOwn(JsSymbol.TO_STRING_TAG, "DataView", PropertyAttributes.CONFIGURABLE);

        realm.hostData.put("inspect.DataView", (Inspector.Custom) (inspector, o, depth) -> {
            DataViewObject v = (DataViewObject) o;
            return inspector.formatEntries(o, "DataView", depth, () -> {
                List<String> out = new ArrayList<>();
                out.add("byteLength: " + v.byteLength);
                out.add("byteOffset: " + v.byteOffset);
                out.add("buffer: " + inspector.formatNested(v.buffer, depth + 1));
                return out;
            });
        });
    }

    /** GetViewValue's index check: the byte position of an element of kind at requestIndex. */
    private static int viewIndex(DataViewObject v, Object requestIndex, TypedArrayKind kind) {
        long index = toIndex(requestIndex, "Offset is outside the bounds of the DataView");
        if (index + kind.size > v.byteLength) throw JsException.rangeError("Offset is outside the bounds of the DataView");
        return v.byteOffset + (int) index;
    }
}
