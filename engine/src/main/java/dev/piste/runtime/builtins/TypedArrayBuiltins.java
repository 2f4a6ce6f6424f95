package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.ArrayBufferObject;
import dev.piste.runtime.objects.JsFunction;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.NativeFunction;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.objects.TypedArrayKind;
import dev.piste.runtime.objects.TypedArrayObject;
import dev.piste.runtime.ops.Iterators;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.ops.Reflection;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;
import dev.piste.runtime.values.Undefined;

import java.util.ArrayList;
import java.util.List;

import static dev.piste.runtime.builtins.BuiltinHelper.arg;
import static dev.piste.runtime.builtins.BuiltinHelper.method;

/**
 * %TypedArray% and its eleven concrete subclasses: the constructors, their statics (from, of,
 * BYTES_PER_ELEMENT, Symbol.species) and console display. The prototype methods are in
 * {@link TypedArrayMethods}.
 */
final class TypedArrayBuiltins {
    private TypedArrayBuiltins() {}

    static void install(Realm realm) {
        JsObject proto = new JsObject(realm.objectPrototype);
        realm.typedArrayPrototype = proto;
        NativeFunction abstractCtor = new NativeFunction(realm, "TypedArray", 0, true, (self, args, nt) -> {
            throw JsException.typeError("Abstract class TypedArray not directly constructable");
        });
        abstractCtor.defineOwn("prototype", proto, 0);
        proto.defineOwn("constructor", abstractCtor, PropertyAttributes.HIDDEN);
        BuiltinHelper.getter(realm, abstractCtor, JsSymbol.SPECIES, (self, args, nt) -> self, null);
        method(realm, abstractCtor, "from", 1, (self, args, nt) -> from(realm, self, args));
        method(realm, abstractCtor, "of", 0, (self, args, nt) -> {
            JsObject target = createFromConstructor(self, new Object[] {args.length}, args.length, "of");
            for (int k = 0; k < args.length; k++) target.setOrThrow(Integer.toString(k), args[k]);
            return target;
        });
        TypedArrayMethods.install(realm, proto);

        TypedArrayKind[] kinds = TypedArrayKind.values();
        realm.typedArrayConstructors = new JsFunction[kinds.length];
        realm.typedArrayPrototypes = new JsObject[kinds.length];
        for (TypedArrayKind kind : kinds) {
            JsObject p = new JsObject(proto);
            realm.typedArrayPrototypes[kind.ordinal()] = p;
            NativeFunction c = BuiltinHelper.constructor(realm, kind.constructorName(), 3, p, (self, args, nt) -> {
                if (nt == null) throw JsException.typeError("Constructor " + kind.constructorName() + " requires 'new'");
                return construct(realm, kind, Reflection.prototypeFrom(nt, realm.typedArrayPrototypes[kind.ordinal()]), args);
            });
            c.setPrototypeOf(abstractCtor);
            c.defineOwn("BYTES_PER_ELEMENT", kind.size, 0);
            p.defineOwn("BYTES_PER_ELEMENT", kind.size, 0);
            realm.typedArrayConstructors[kind.ordinal()] = c;
            realm.hostData.put("inspect." + kind.constructorName(), (Inspector.Custom) (inspector, o, depth) -> {
                TypedArrayObject ta = (TypedArrayObject) o;
                return inspector.formatArrayEntries(o, kind.constructorName() + "(" + ta.length + ")", depth, ta.length, () -> {
                    List<String> out = new ArrayList<>();
                    for (int i = 0; i < Math.min(ta.length, 100); i++) out.add(inspector.formatNested(ta.getIndex(i), depth + 1));
                    if (ta.length > 100) out.add("... " + (ta.length - 100) + " more item" + (ta.length - 100 > 1 ? "s" : ""));
                    return out;
                });
            });
        }
    }

    /** A new typed array of kind over a fresh zeroed buffer. */
    static TypedArrayObject allocate(Realm realm, TypedArrayKind kind, JsObject proto, long length) {
        if (length * kind.size > ArrayBufferBuiltins.MAX_BYTE_LENGTH) throw JsException.rangeError("Invalid typed array length: " + length);
        ArrayBufferObject buffer = ArrayBufferBuiltins.allocate(realm, null, length * kind.size);
        return new TypedArrayObject(proto == null ? realm.typedArrayPrototypes[kind.ordinal()] : proto, kind, buffer, 0, (int) length);
    }

    private static TypedArrayObject construct(Realm realm, TypedArrayKind kind, JsObject proto, Object[] args) {
        Object first = arg(args, 0);
        if (!(first instanceof JsObject source)) {
            double d = dev.piste.runtime.ops.NumberConversions.toIndex(JsOps.toNumber(first));
            if (d < 0) throw JsException.rangeError("Invalid typed array length: " + JsOps.toString(first));
            return allocate(realm, kind, proto, (long) d);
        }
        if (source instanceof ArrayBufferObject buffer) return fromBuffer(kind, proto, buffer, arg(args, 1), arg(args, 2));
        if (source instanceof TypedArrayObject src) {
            if (src.kind.isBigInt() != kind.isBigInt()) throw JsException.typeError("Cannot mix BigInt and other types, use explicit conversions");
            TypedArrayObject result = allocate(realm, kind, proto, src.length);
            if (src.kind == kind) {
                System.arraycopy(src.buffer.data, src.byteOffset, result.buffer.data, 0, src.byteLength());
            } else {
                for (int i = 0; i < src.length; i++) result.setIndex(i, src.getIndex(i));
            }
            return result;
        }
        List<Object> values = valuesOf(realm, source);
        TypedArrayObject result = allocate(realm, kind, proto, values.size());
        for (int i = 0; i < values.size(); i++) result.setElementValue(i, values.get(i));
        return result;
    }

    /** The values of an iterable (when it has Symbol.iterator) or else of an array-like. */
    private static List<Object> valuesOf(Realm realm, JsObject source) {
        Object iter = source.get(JsSymbol.ITERATOR, source);
        if (!JsOps.isNullish(iter)) {
            if (!JsOps.isCallable(iter)) throw JsException.typeError(JsOps.describe(iter) + " is not a function");
            return Iterators.toList(realm, source);
        }
        long len = ArrayLikes.lengthOf(realm, source);
        if (len > ArrayBufferBuiltins.MAX_BYTE_LENGTH) throw JsException.rangeError("Invalid typed array length: " + len);
        List<Object> values = new ArrayList<>((int) len);
        for (long i = 0; i < len; i++) values.add(source.get(Long.toString(i), source));
        return values;
    }

    private static TypedArrayObject fromBuffer(TypedArrayKind kind, JsObject proto, ArrayBufferObject buffer, Object byteOffset, Object length) {
        String name = kind.constructorName();
        long offset = ArrayBufferBuiltins.toIndex(byteOffset, "Start offset " + JsOps.toString(byteOffset) + " is outside the bounds of the buffer");
        if (offset % kind.size != 0) throw JsException.rangeError("start offset of " + name + " should be a multiple of " + kind.size);
        long newLength = 0;
        if (length != Undefined.INSTANCE) newLength = ArrayBufferBuiltins.toIndex(length, "Invalid typed array length: " + JsOps.toString(length));
        int bufferLength = buffer.byteLength();
        long byteLength;
        if (length == Undefined.INSTANCE) {
            if (bufferLength % kind.size != 0) throw JsException.rangeError("byte length of " + name + " should be a multiple of " + kind.size);
            byteLength = bufferLength - offset;
            if (byteLength < 0) throw JsException.rangeError("Start offset " + offset + " is outside the bounds of the buffer");
        } else {
            byteLength = newLength * kind.size;
            if (offset + byteLength > bufferLength) throw JsException.rangeError("Invalid typed array length: " + newLength);
        }
        return new TypedArrayObject(proto, kind, buffer, (int) offset, (int) (byteLength / kind.size));
    }

    /** %TypedArray%.from(source, mapfn, thisArg). */
    private static Object from(Realm realm, Object c, Object[] args) {
        Object mapFn = arg(args, 1), thisArg = arg(args, 2);
        if (!(c instanceof JsFunction cf && cf.isConstructor())) throw JsException.typeError(JsOps.describe(c) + " is not a constructor");
        if (mapFn != Undefined.INSTANCE) ArrayLikes.callable(mapFn);
        Object source = arg(args, 0);
        List<Object> values;
        if (source instanceof JsObject so) {
            values = valuesOf(realm, so);
        } else {
            if (JsOps.isNullish(source)) throw JsException.typeError("Cannot convert undefined or null to object");
            values = valuesOf(realm, JsOps.toObject(realm, source));
        }
        JsObject target = createFromConstructor(c, new Object[] {values.size()}, values.size(), "from");
        for (int k = 0; k < values.size(); k++) {
            Object v = values.get(k);
            if (mapFn != Undefined.INSTANCE) v = JsOps.call(mapFn, thisArg, v, k);
            target.setOrThrow(Integer.toString(k), v);
        }
        return target;
    }

    /** TypedArrayCreateFromConstructor: constructs and validates; minLength < 0 skips the length check. */
    static TypedArrayObject createFromConstructor(Object c, Object[] args, long minLength, String method) {
        if (!(c instanceof JsFunction cf && cf.isConstructor())) throw JsException.typeError(JsOps.describe(c) + " is not a constructor");
        Object r = JsOps.construct(c, args, c);
        if (!(r instanceof TypedArrayObject ta)) throw JsException.typeError("this is not a typed array.");
        if (minLength >= 0 && ta.length < minLength) throw JsException.typeError("Derived TypedArray constructor created an array which was too small");
        return ta;
    }

    /** TypedArraySpeciesCreate with a length argument. */
    static TypedArrayObject speciesCreate(Realm realm, TypedArrayObject exemplar, long length) {
        JsFunction def = realm.typedArrayConstructors[exemplar.kind.ordinal()];
        Object c = ArrayBufferBuiltins.speciesConstructor(exemplar, def);
        if (c == def) return allocate(realm, exemplar.kind, null, length);
        TypedArrayObject r = createFromConstructor(c, new Object[] {dev.piste.runtime.ops.NumberConversions.box(length)}, length, "");
        if (r.kind.isBigInt() != exemplar.kind.isBigInt()) throw JsException.typeError("Content type mismatch");
        return r;
    }

    /** TypedArraySpeciesCreate with (buffer, byteOffset, length), for subarray. */
    static TypedArrayObject speciesCreate(Realm realm, TypedArrayObject exemplar, ArrayBufferObject buffer, int byteOffset, int length) {
        JsFunction def = realm.typedArrayConstructors[exemplar.kind.ordinal()];
        Object c = ArrayBufferBuiltins.speciesConstructor(exemplar, def);
        if (c == def) return new TypedArrayObject(realm.typedArrayPrototypes[exemplar.kind.ordinal()], exemplar.kind, buffer, byteOffset, length);
        TypedArrayObject r = createFromConstructor(c, new Object[] {buffer, byteOffset, length}, -1, "");
        if (r.kind.isBigInt() != exemplar.kind.isBigInt()) throw JsException.typeError("Content type mismatch");
        return r;
    }
}
