package dev.piste.jit.opt;

import dev.piste.bytecode.Opcode;
import dev.piste.jit.JvmCode;
import dev.piste.jit.baseline.BaselineCompiler;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;

import static java.lang.constant.ConstantDescs.CD_Integer;
import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_int;

import static dev.piste.jit.opt.OptCompiler.*;

/**
 * The code of element loads and stores specialized by elements kind (a part of {@link Emitter}'s
 * body): the kind and bounds checks, and the storage read or written unboxed.
 */
final class ElementEmitter {
    private final Emitter e;
    private final CodeBuilder b;

    ElementEmitter(Emitter e) {
        this.e = e;
        this.b = e.b;
    }

    private static final ClassDesc JS_ARRAY = JvmCode.JS_ARRAY;
    private static final ClassDesc ELEMENTS = JvmCode.ELEMENTS;
    private static final ClassDesc ELEMENTS_KIND = JvmCode.ELEMENTS_KIND;

    /** Pushes the elements of array (input 0) when it is an array of kind; else jumps to notThisKind. */
    private void pushElements(Node array, dev.piste.runtime.objects.ElementsKind kind, Label notThisKind) {
        e.load(array);
        b.instanceOf(JS_ARRAY).ifeq(notThisKind);
        e.load(array);
        JvmCode.getElements(b);
        b.dup().getfield(ELEMENTS, "kind", ELEMENTS_KIND)
            .getstatic(ELEMENTS_KIND, kind.name(), ELEMENTS_KIND);
        Label same = b.newLabel();
        b.if_acmpeq(same);
        b.pop().goto_(notThisKind);
        b.labelBinding(same);
    }

    /** With the elements on the stack: jumps to outside (with an empty stack) unless 0 <= key < length; leaves the elements. */
    private void boundsCheck(Node key, Label outside) {
        Label in = b.newLabel(), out = b.newLabel();
        e.load(key);
        b.iflt(out);
        b.dup().getfield(ELEMENTS, "length", CD_int);
        e.load(key);
        b.if_icmpgt(in);
        b.labelBinding(out);
        b.pop().goto_(outside);
        b.labelBinding(in);
    }

    /** With the elements on the stack: replaces them by the storage array of kind. */
    private void storage(dev.piste.runtime.objects.ElementsKind kind) {
        switch (kind) {
            case PACKED_INT -> b.getfield(ELEMENTS, "ints", CD_int.arrayType());
            case PACKED_DOUBLE, HOLEY_INT, HOLEY_DOUBLE -> b.getfield(ELEMENTS, "doubles", CD_DOUBLE_PRIMITIVE.arrayType());
            default -> b.getfield(ELEMENTS, "objects", JvmCode.OBJECT_ARRAY);
        }
    }

    /** A CHECKED_LOAD_ELEMENT: deoptimizes for another receiver or kind, an index out of bounds or a hole. */
    void load(Node n) {
        var kind = ((ElementSpeculation.Access) n.data).kind();
        pushElements(n.input(0), kind, e.deopt(n, DeoptReason.WRONG_ELEMENTS));
        if (!((ElementSpeculation.Access) n.data).inBounds()) boundsCheck(n.input(1), e.deopt(n, DeoptReason.OUT_OF_BOUNDS));
        storage(kind);
        e.load(n.input(1));
        switch (kind) {
            case PACKED_INT -> b.iaload();
            case PACKED_DOUBLE -> b.daload();
            case HOLEY_INT, HOLEY_DOUBLE -> {
                b.daload().dup2().invokestatic(ELEMENTS, "isHole", MethodTypeDesc.of(CD_boolean, CD_DOUBLE_PRIMITIVE));
                Label present = b.newLabel();
                b.ifeq(present);
                b.pop2().goto_(e.deopt(n, DeoptReason.HOLE));
                b.labelBinding(present);
                if (kind == dev.piste.runtime.objects.ElementsKind.HOLEY_INT) b.d2i();
            }
            default -> {
                b.aaload().dup();
                Label present = b.newLabel();
                b.ifnonnull(present);
                b.pop().goto_(e.deopt(n, DeoptReason.HOLE));
                b.labelBinding(present);
            }
        }
        e.store(n);
    }

    /** A STORE_ELEMENT: the fast case when the array has the kind and an element at the key; else the generic store (see ElementSpeculation). */
    void store(Node n) {
        var kind = ((ElementSpeculation.Access) n.data).kind();
        Label generic = b.newLabel(), done = b.newLabel();
        pushElements(n.input(0), kind, generic);
        boundsCheck(n.input(1), generic);
        storage(kind);
        e.load(n.input(1));
        switch (kind) {
            case PACKED_INT -> { e.load(n.input(2)); b.iastore(); }
            case PACKED_DOUBLE -> {
                e.load(n.input(2));
                b.invokestatic(ELEMENTS, "storable", MethodTypeDesc.of(CD_DOUBLE_PRIMITIVE, CD_DOUBLE_PRIMITIVE)).dastore();
            }
            case HOLEY_INT, HOLEY_DOUBLE -> {
                // Only over an element that is there: filling a hole is the generic store's work.
                Label present = b.newLabel();
                b.dup2().daload().invokestatic(ELEMENTS, "isHole", MethodTypeDesc.of(CD_boolean, CD_DOUBLE_PRIMITIVE)).ifeq(present);
                b.pop2().goto_(generic);
                b.labelBinding(present);
                e.load(n.input(2));
                if (kind == dev.piste.runtime.objects.ElementsKind.HOLEY_INT) b.i2d();
                else b.invokestatic(ELEMENTS, "storable", MethodTypeDesc.of(CD_DOUBLE_PRIMITIVE, CD_DOUBLE_PRIMITIVE));
                b.dastore();
            }
            case HOLEY_OBJECT -> {
                Label present = b.newLabel();
                b.dup2().aaload().ifnonnull(present);
                b.pop2().goto_(generic);
                b.labelBinding(present);
                e.load(n.input(2));
                b.aastore();
            }
            default -> { e.load(n.input(2)); b.aastore(); }
        }
        b.goto_(done);
        b.labelBinding(generic);
        e.load(n.input(0));
        e.load(n.input(1));
        e.boxed(n.input(3));
        b.invokestatic(JS_ARRAY, "storeAtEnd", MethodTypeDesc.of(CD_boolean, CD_Object, CD_int, CD_Object)).ifne(done);
        if (e.frameless || n.frameState.outer != null) {
            // No frame of its own for the generic store (its position, stack traces): the interpreter makes it.
            b.goto_(e.deopt(n, DeoptReason.GENERIC_ELEMENT_STORE));
            b.labelBinding(done);
            if (e.used.contains(n)) { e.boxed(n.input(3)); e.store(n); }
            return;
        }
        e.setPc(n.pc);
        b.aload(FRAME).aload(STATE);
        e.boxed(n.input(3));
        e.load(n.input(0));
        e.load(n.input(1));
        b.invokestatic(CD_Integer, "valueOf", MethodTypeDesc.of(CD_Integer, CD_int));
        b.loadConstant(((ElementSpeculation.Access) n.data).feedbackSlot()).invokestatic(JvmCode.STEPS, "setKeyed", BaselineCompiler.stepType(Opcode.SET_KEYED)).pop();
        b.labelBinding(done);
        if (e.used.contains(n)) { e.boxed(n.input(3)); e.store(n); }
    }
}
