package dev.piste.interp;

import dev.piste.bytecode.BytecodeFunction;
import dev.piste.runtime.objects.JsFunction;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.Undefined;

import java.util.ArrayList;
import java.util.List;

/** A JavaScript function made from bytecode: code plus the heap context it closes over. */
public final class Closure extends JsFunction {
    public final BytecodeFunction code;
    public final HeapContext context;
    public final Realm realm;
    /** The object whose prototype {@code super} refers to, for methods; null otherwise. */
    public JsObject homeObject;
    /** For class constructors: the instance elements (private methods first, then fields) to install. */
    public List<ClassElement> instanceElements;
    /** For class constructors whose class has an extends clause. */
    public boolean derived;

    /** An instance field, private field or private method of a class. */
    public record ClassElement(Object key, Object initializerOrMethod, int kind) {
        public static final int FIELD = 0, PRIVATE_FIELD = 1, PRIVATE_METHOD = 2, PRIVATE_GETTER = 3, PRIVATE_SETTER = 4,
            /** A field with a computed key whose initializer is an anonymous function: it is named after the key. */
            NAMED_FIELD = 5;
    }

    /** Plain functions the interpreter may call straight from the caller's registers. */
    public final boolean directCallable;

    public Closure(BytecodeFunction code, HeapContext context, Realm realm, JsObject prototype) {
        super(prototype);
        this.code = code;
        this.directCallable = !code.flags.classConstructor() && !code.flags.generator() && !code.flags.async();
        this.context = context;
        this.realm = realm;
        this.derived = code.flags.derived();
        defineOwn("length", code.length, PropertyAttributes.CONFIGURABLE);
        defineOwn("name", code.name, PropertyAttributes.CONFIGURABLE);
    }

    public void addInstanceElement(ClassElement e) {
        if (instanceElements == null) instanceElements = new ArrayList<>();
        if (e.kind() >= ClassElement.PRIVATE_METHOD && e.kind() != ClassElement.NAMED_FIELD) {
            int i = 0;
            while (i < instanceElements.size() && instanceElements.get(i).kind() >= ClassElement.PRIVATE_METHOD
                && instanceElements.get(i).kind() != ClassElement.NAMED_FIELD) i++;
            instanceElements.add(i, e);
        } else {
            instanceElements.add(e);
        }
    }

    @Override public Object call(Object thisArg, Object[] args) {
        if (code.flags.classConstructor()) {
            throw JsException.typeError("Class constructor " + code.name + " cannot be invoked without 'new'");
        }
        return Interpreter.call(this, thisArg, args, Undefined.INSTANCE);
    }

    @Override public Object construct(Object[] args, JsObject newTarget) {
        return Interpreter.construct(this, args, newTarget);
    }

    @Override public boolean isConstructor() { return code.flags.isConstructor(); }

    @Override public boolean isClassConstructor() { return code.flags.classConstructor(); }

    @Override public String sourceText() {
        return code.sourceText == null || code.sourceText.isEmpty() ? super.sourceText() : code.sourceText;
    }

    @Override public String debugName() {
        Object n = getOwnDataValue("name");
        return n instanceof CharSequence cs ? cs.toString() : code.name;
    }
}
