package dev.piste.jit.opt;

import dev.piste.jit.JvmCode;

import java.lang.classfile.CodeBuilder;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_Throwable;
import static java.lang.constant.ConstantDescs.CD_int;

import static dev.piste.jit.opt.OptCompiler.*;

/**
 * The methods deoptimization exits share: one per layout of the values an exit writes, out of the
 * compiled body, which so stays small (HotSpot compiles no method over 8,000 bytes of bytecode).
 */
final class ExitMethods {
    private ExitMethods() {}

    /**
     * The layout of a deoptimization exit's values: the register each one goes to (-1: the
     * accumulator, last) and its representation; for an exit of inlined code (inlined), only the
     * representations: its values go into one array, in order, which an InlinedExit describes.
     */
    record ExitLayout(List<Integer> registers, List<Representation> types, boolean catching, boolean inlined) {
        ExitLayout(List<Integer> registers, List<Representation> types, boolean catching) { this(registers, types, catching, false); }
        static ExitLayout ofInlined(List<Representation> types) { return new ExitLayout(List.of(), types, false, true); }
    }

    /**
     * A deoptimization exit's method: (frame, pc, reason, then the frame state's values in their
     * representations, as the layout lists them) -> Interpreter.DEOPT. The exits of a function are a few
     * methods shared by all frame states of the same layout, out of the compiled body, which so stays
     * small (HotSpot compiles no method over 8,000 bytes of bytecode).
     */
    static MethodTypeDesc exitMethodType(ExitLayout layout) {
        List<ClassDesc> params = new ArrayList<>(List.of(JvmCode.FRAME, CD_int, layout.catching() ? CD_Throwable : CD_int));
        if (layout.inlined()) params = new ArrayList<>(List.of(JvmCode.FRAME, CD_int, CD_Object));
        for (Representation r : layout.types()) params.add(descriptor(r));
        return MethodTypeDesc.of(CD_Object, params);
    }

    static void exitMethod(CodeBuilder b, ExitLayout layout) {
        if (layout.inlined()) { inlinedExitMethod(b, layout.types()); return; }
        int slot = 3;
        for (int i = 0; i < layout.types().size(); i++) {
            int register = layout.registers().get(i);
            Representation rep = layout.types().get(i);
            b.aload(0);
            if (register >= 0) b.getfield(JvmCode.FRAME, "registers", JvmCode.OBJECT_ARRAY).loadConstant(register);
            switch (rep) {
                case INT32, BOOL -> b.iload(slot);
                case FLOAT64 -> b.dload(slot);
                case TAGGED -> b.aload(slot);
            }
            box(b, rep);
            slot += rep == Representation.FLOAT64 ? 2 : 1;
            if (register >= 0) b.aastore(); else b.putfield(JvmCode.FRAME, "accumulator", CD_Object);
        }
        leave(b, layout.catching(), () -> b.aload(0), () -> b.iload(1), () -> { if (layout.catching()) b.aload(2); else b.iload(2); });
        b.areturn();
    }

    /**
     * An exit of inlined code's method: (frame, reason, its InlinedExit, then the values in their
     * representations) -> Steps.deoptimizeInlined(frame, reason, exit, the values boxed in an array).
     */
    private static void inlinedExitMethod(CodeBuilder b, List<Representation> types) {
        b.aload(0).iload(1).aload(2);
        b.loadConstant(types.size()).anewarray(CD_Object);
        int slot = 3;
        for (int i = 0; i < types.size(); i++) {
            Representation rep = types.get(i);
            b.dup().loadConstant(i);
            switch (rep) {
                case INT32, BOOL -> b.iload(slot);
                case FLOAT64 -> b.dload(slot);
                case TAGGED -> b.aload(slot);
            }
            box(b, rep);
            b.aastore();
            slot += rep == Representation.FLOAT64 ? 2 : 1;
        }
        b.invokestatic(JvmCode.STEPS, "deoptimizeInlined", MethodTypeDesc.of(CD_Object, JvmCode.FRAME, CD_int, CD_Object, JvmCode.OBJECT_ARRAY));
        b.areturn();
    }

    /** The parameter slots (after the first three) values of these representations take. */
    static int slots(List<Representation> types) {
        return types.stream().mapToInt(t -> t == Representation.FLOAT64 ? 2 : 1).sum();
    }

    /**
     * The end of every exit, once the frame holds the state: Steps.deoptimize(frame, pc, reason), or
     * for an exception caught in a try block, Steps.catchInInterpreter(frame, pc, throwable); leaves
     * what it returns on the stack.
     */
    static void leave(CodeBuilder b, boolean catching, Runnable frame, Runnable pc, Runnable reasonOrThrowable) {
        frame.run();
        pc.run();
        reasonOrThrowable.run();
        if (catching) b.invokestatic(JvmCode.STEPS, "catchInInterpreter", MethodTypeDesc.of(CD_Object, JvmCode.FRAME, CD_int, CD_Throwable));
        else b.invokestatic(JvmCode.STEPS, "deoptimize", MethodTypeDesc.of(CD_Object, JvmCode.FRAME, CD_int, CD_int));
    }

    static ClassDesc descriptor(Representation r) {
        return switch (r) { case INT32, BOOL -> CD_int; case FLOAT64 -> CD_DOUBLE_PRIMITIVE; case TAGGED -> CD_Object; };
    }
}
