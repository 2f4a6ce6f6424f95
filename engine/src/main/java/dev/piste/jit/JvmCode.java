package dev.piste.jit;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DynamicConstantDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.List;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_int;

/**
 * What the code generators of every tier share: the runtime's class descriptors, one class-file
 * context, constants of a generated class passed as class data, and the inline monomorphic property
 * access.
 */
public final class JvmCode {
    private JvmCode() {}

    public static final ClassDesc FRAME = ClassDesc.of("dev.piste.interp.Frame");
    public static final ClassDesc STATE = ClassDesc.of("dev.piste.interp.ExecutionState");
    public static final ClassDesc STEPS = ClassDesc.of("dev.piste.interp.Steps");
    public static final ClassDesc COMPILED = ClassDesc.of("dev.piste.interp.CompiledCode");
    public static final ClassDesc CONTEXT = ClassDesc.of("dev.piste.interp.HeapContext");
    public static final ClassDesc FUNCTION = ClassDesc.of("dev.piste.bytecode.BytecodeFunction");
    public static final ClassDesc UNDEFINED = ClassDesc.of("dev.piste.runtime.values.Undefined");
    public static final ClassDesc NULL = ClassDesc.of("dev.piste.runtime.values.Null");
    public static final ClassDesc REALM = ClassDesc.of("dev.piste.runtime.realm.Realm");
    public static final ClassDesc JS_EXCEPTION = ClassDesc.of("dev.piste.runtime.ops.JsException");
    public static final ClassDesc JS_OBJECT = ClassDesc.of("dev.piste.runtime.objects.JsObject");
    public static final ClassDesc SHAPE = ClassDesc.of("dev.piste.runtime.objects.Shape");
    public static final ClassDesc PROPERTY_CACHE = ClassDesc.of("dev.piste.ic.PropertyCache");
    public static final ClassDesc FEEDBACK = ClassDesc.of("dev.piste.ic.FeedbackVector");
    public static final ClassDesc OBJECT_ARRAY = CD_Object.arrayType();
    public static final ClassDesc JS_ARRAY = ClassDesc.of("dev.piste.runtime.objects.JsArray");
    public static final ClassDesc ELEMENTS = ClassDesc.of("dev.piste.runtime.objects.Elements");
    public static final ClassDesc ELEMENTS_KIND = ClassDesc.of("dev.piste.runtime.objects.ElementsKind");
    public static final ClassDesc DOUBLE_BOX = ClassDesc.of("dev.piste.runtime.objects.DoubleBox");

    // Object model reads as field loads, not accessor calls: HotSpot stops inlining into a method once
    // the code inlined into it reaches a limit, which large compiled functions reach on their own.

    /** With an object known to be a JsObject on the stack: replaces it by its shape. */
    public static void getShape(CodeBuilder b) { b.checkcast(JS_OBJECT).getfield(JS_OBJECT, "shape", SHAPE); }

    /** With an object known to be a JsObject on the stack: replaces it by its slots. */
    public static void getSlots(CodeBuilder b) { b.checkcast(JS_OBJECT).getfield(JS_OBJECT, "slots", OBJECT_ARRAY); }

    /**
     * The content of a slot on the stack becomes its JavaScript value (see DoubleBox: a number tier 2
     * writes in place). The type test is inline and the call behind it: where no box ever shows up,
     * HotSpot compiles no call and counts nothing against its inlining budget for the read.
     */
    public static void readSlotContent(CodeBuilder b) {
        Label done = b.newLabel();
        b.dup().instanceOf(DOUBLE_BOX).ifeq(done);
        b.invokestatic(DOUBLE_BOX, "read", MethodTypeDesc.of(CD_Object, CD_Object));
        b.labelBinding(done);
    }

    /** With an object known to be a JsObject on the stack: replaces it by its elements (null for an object that never had any). */
    public static void getElements(CodeBuilder b) { b.checkcast(JS_OBJECT).getfield(JS_OBJECT, "elements", ELEMENTS); }

    private static volatile ClassFile classFile;

    /** One class-file context for all compilations, with a cached hierarchy resolver for stack maps. */
    public static ClassFile classFile(ClassLoader loader) {
        ClassFile cf = classFile;
        if (cf == null) {
            ClassHierarchyResolver resolver = ClassHierarchyResolver.defaultResolver()
                .orElse(ClassHierarchyResolver.ofClassLoading(loader)).cached();
            classFile = cf = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(resolver));
        }
        return cf;
    }

    /**
     * The JVM verifier's findings on a class generated as a subclass of {@link #COMPILED}: the class
     * itself is known to the hierarchy resolver (it cannot be loaded by name: it becomes a hidden class).
     */
    public static List<VerifyError> verify(byte[] classBytes, ClassDesc self, ClassLoader loader) {
        ClassHierarchyResolver resolver = ClassHierarchyResolver.of(List.of(), java.util.Map.of(self, COMPILED))
            .orElse(ClassHierarchyResolver.defaultResolver()).orElse(ClassHierarchyResolver.ofClassLoading(loader));
        return ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(resolver)).verify(classBytes);
    }

    /**
     * A constant of the generated class: value goes into its class data (once), and the returned
     * descriptor loads it with {@code ldc}, which HotSpot treats as a true constant.
     */
    public static DynamicConstantDesc<Object> classData(List<Object> data, Object value, ClassDesc type) {
        int index = data.indexOf(value);
        if (index < 0) { index = data.size(); data.add(value); }
        return DynamicConstantDesc.ofNamed(ConstantDescs.BSM_CLASS_DATA_AT, ConstantDescs.DEFAULT_NAME, type, index);
    }

    /**
     * The monomorphic case of a named load or store: while the receiver (pushed by {@code pushBase})
     * has the shape the site's cache holds as its only own-field entry, the property is a slot. The
     * cache is a class constant whose fast shape is read each time (the cache may move on), so anything
     * else jumps to {@code slow}. A load leaves the value on the stack; a store writes the value pushed
     * by {@code pushValue} and leaves nothing.
     */
    public static void monomorphicProperty(CodeBuilder b, DynamicConstantDesc<Object> cache, boolean load,
                                           Runnable pushBase, Runnable pushValue, Label slow) {
        pushBase.run();
        b.instanceOf(JS_OBJECT).ifeq(slow);
        pushBase.run();
        getShape(b);
        b.ldc(cache).invokevirtual(PROPERTY_CACHE, "monomorphicShape", MethodTypeDesc.of(SHAPE)).if_acmpne(slow);
        pushBase.run();
        getSlots(b);
        b.ldc(cache).invokevirtual(PROPERTY_CACHE, "monomorphicSlot", MethodTypeDesc.of(CD_int));
        if (load) {
            b.aaload();
            readSlotContent(b);
        } else {
            pushValue.run();
            b.aastore();
        }
    }
}
