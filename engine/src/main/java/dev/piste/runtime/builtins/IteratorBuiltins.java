package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsArray;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.NativeFunction;
import dev.piste.runtime.objects.PrimitiveWrapper;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.ops.Iterators;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;
import dev.piste.runtime.values.Undefined;

import static dev.piste.runtime.builtins.BuiltinHelper.arg;

/**
 * %IteratorPrototype%, array and string iterators, and the prototypes of generator objects
 * (whose next/return/throw the interpreter installs, since it owns generator frames).
 */
public final class IteratorBuiltins {
    private IteratorBuiltins() {}

    /** The iterator over an array-like: kind 0 keys, 1 values, 2 entries. */
    static final class ArrayIterator extends JsObject implements Iterators.DirectIterator {
        Object target;
        long index;
        final int kind;
        ArrayIterator(JsObject proto, Object target, int kind) { super(proto); this.target = target; this.kind = kind; }
        @Override public String className() { return "Array Iterator"; }

        @Override public Object intrinsicNext(Realm realm) { return realm.arrayIteratorNext; }

        /** %ArrayIteratorPrototype%.next without the result object. */
        @Override public Object directNext(Realm realm) {
            if (target == null) return Iterators.DONE;
            long length = target instanceof JsArray a ? a.length()
                : target instanceof dev.piste.runtime.objects.TypedArrayObject ta ? ta.length : JsOps.toLength(JsOps.getProperty(realm, target, "length"));
            if (index >= length) { target = null; return Iterators.DONE; }
            long i = index++;
            Object key = dev.piste.runtime.ops.NumberConversions.box(i);
            if (kind == 0) return key;
            Object value = target instanceof JsArray a && a.elements().kind() != dev.piste.runtime.objects.ElementsKind.DICTIONARY
                && a.elements().get(i) instanceof Object v && !(v instanceof dev.piste.runtime.objects.Accessor) ? v : JsOps.getKeyed(realm, target, key);
            if (kind == 1) return value;
            return new JsArray(realm.arrayPrototype, new Object[] {key, value});
        }
    }

    /** A new iterator over an array's values, as Array.prototype.values makes (for callers that checked it is the installed one). */
    public static JsObject arrayValues(Realm realm, JsObject array) { return new ArrayIterator(realm.arrayIteratorPrototype, array, 1); }

    static final class StringIterator extends JsObject {
        String string;
        int index;
        StringIterator(JsObject proto, String s) { super(proto); this.string = s; }
        @Override public String className() { return "String Iterator"; }
    }

    static void install(Realm realm) {
        JsObject iteratorProto = new JsObject(realm.objectPrototype);
        realm.iteratorPrototype = iteratorProto;
        BuiltinHelper.method(realm, iteratorProto, JsSymbol.ITERATOR, 0, (self, args, nt) -> self);

        JsObject arrayIteratorProto = new JsObject(iteratorProto);
        realm.arrayIteratorPrototype = arrayIteratorProto;
        arrayIteratorProto.defineOwn(JsSymbol.TO_STRING_TAG, "Array Iterator", PropertyAttributes.CONFIGURABLE);
        realm.arrayIteratorNext = BuiltinHelper.method(realm, arrayIteratorProto, "next", 0, (self, args, nt) -> {
            if (!(self instanceof ArrayIterator it)) throw JsException.typeError("next method called on incompatible receiver " + JsOps.describe(self));
            Object v = it.directNext(realm);
            return v == Iterators.DONE ? Iterators.result(realm, Undefined.INSTANCE, true) : Iterators.result(realm, v, false);
        });
        NativeFunction values = BuiltinHelper.method(realm, realm.arrayPrototype, "values", 0,
            (self, args, nt) -> new ArrayIterator(arrayIteratorProto, JsOps.toObject(realm, self), 1));
        realm.arrayValuesFunction = values;
        realm.arrayPrototype.defineOwn(JsSymbol.ITERATOR, values, PropertyAttributes.HIDDEN);
        BuiltinHelper.method(realm, realm.arrayPrototype, "keys", 0, (self, args, nt) -> new ArrayIterator(arrayIteratorProto, JsOps.toObject(realm, self), 0));
        BuiltinHelper.method(realm, realm.arrayPrototype, "entries", 0, (self, args, nt) -> new ArrayIterator(arrayIteratorProto, JsOps.toObject(realm, self), 2));

        JsObject stringIteratorProto = new JsObject(iteratorProto);
        stringIteratorProto.defineOwn(JsSymbol.TO_STRING_TAG, "String Iterator", PropertyAttributes.CONFIGURABLE);
        BuiltinHelper.method(realm, stringIteratorProto, "next", 0, (self, args, nt) -> {
            if (!(self instanceof StringIterator it)) throw JsException.typeError("next method called on incompatible receiver " + JsOps.describe(self));
            if (it.string == null || it.index >= it.string.length()) { it.string = null; return Iterators.result(realm, Undefined.INSTANCE, true); }
            int cp = it.string.codePointAt(it.index);
            int n = Character.charCount(cp);
            String s = it.string.substring(it.index, it.index + n);
            it.index += n;
            return Iterators.result(realm, s, false);
        });
        BuiltinHelper.method(realm, realm.stringPrototype, JsSymbol.ITERATOR, 0, (self, args, nt) -> {
            if (JsOps.isNullish(self)) throw JsException.typeError("String.prototype[Symbol.iterator] called on null or undefined");
            return new StringIterator(stringIteratorProto, JsOps.toString(self));
        });

        // Generators: %GeneratorFunction.prototype% and %GeneratorPrototype%.
        JsObject generatorProto = new JsObject(iteratorProto);
        realm.generatorPrototype = generatorProto;
        JsObject generatorFunctionProto = new JsObject(realm.functionPrototype);
        realm.generatorFunctionPrototype = generatorFunctionProto;
        generatorFunctionProto.defineOwn("prototype", generatorProto, PropertyAttributes.CONFIGURABLE);
        generatorFunctionProto.defineOwn(JsSymbol.TO_STRING_TAG, "GeneratorFunction", PropertyAttributes.CONFIGURABLE);
        generatorProto.defineOwn("constructor", generatorFunctionProto, PropertyAttributes.CONFIGURABLE);
        generatorProto.defineOwn(JsSymbol.TO_STRING_TAG, "Generator", PropertyAttributes.CONFIGURABLE);
        // next/return/throw are installed by the interpreter (interp.Generators), which owns generator frames.
        JsObject asyncFunctionProto = new JsObject(realm.functionPrototype);
        asyncFunctionProto.defineOwn(JsSymbol.TO_STRING_TAG, "AsyncFunction", PropertyAttributes.CONFIGURABLE);
        realm.asyncFunctionPrototype = asyncFunctionProto;
    }

    static boolean isWrapper(Object o) { return o instanceof PrimitiveWrapper; }
}
