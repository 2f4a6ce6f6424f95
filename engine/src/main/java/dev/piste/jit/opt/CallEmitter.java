package dev.piste.jit.opt;

import dev.piste.bytecode.Opcode;
import dev.piste.jit.JvmCode;
import dev.piste.jit.baseline.BaselineCompiler;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_Throwable;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_void;

import static dev.piste.jit.opt.Emitter.CD_CLOSURE;
import static dev.piste.jit.opt.OptCompiler.*;

/**
 * The code of a CALL whose site has called functions with code that can be entered directly (a
 * part of {@link Emitter}'s body): one guard per function, then the callee's frameless entry, a frame
 * made from constants of its layout, or a frame made by the interpreter, and the generic call for
 * anything else.
 */
final class CallEmitter {
    private final Emitter e;
    private final CodeBuilder b;

    CallEmitter(Emitter e) {
        this.e = e;
        this.b = e.b;
    }

    /**
     * The closures a CALL site has called (one, or up to four), one per function, whose functions have
     * code that can be entered directly (or are the function being compiled, whose code this is).
     */
    List<dev.piste.interp.Closure> knownCallees(Node n, GraphBuilder.Generic gen) {
        if (!(Inliner.functionOf(e.g, n).feedback instanceof dev.piste.ic.FeedbackVector fv)) return List.of();
        List<dev.piste.interp.Closure> known = new ArrayList<>();
        for (Object target : fv.call(gen.operands()[4]).targets()) {
            if (!(target instanceof dev.piste.interp.Closure c) || !c.directCallable) continue;
            if (known.stream().anyMatch(k -> k.code == c.code)) continue;
            if (callsItself(c) || c.code.optimized != null || c.code.compiled != null) known.add(c);
        }
        return known;
    }

    /** A call of the function being compiled from its code entered at the start: the callee's code is this class's. */
    private boolean callsItself(dev.piste.interp.Closure callee) {
        return callee.code == e.g.function && e.g.osrPc == 0;
    }

    /**
     * CALL of the functions the site has called (one, or up to four): while the callee is a closure
     * of one of them whose installed code is still the code it had when this was compiled, that code
     * (a constant of this class, so HotSpot knows the receiver and can inline it) runs from here, each
     * under its own guard (see callDirect); anything else makes the generic call.
     */
    void callKnown(Node n, GraphBuilder.Generic gen, List<dev.piste.interp.Closure> callees) {
        int[] o = gen.operands();
        Label generic = b.newLabel(), done = b.newLabel();
        int frame = e.nextSlot++, result = e.nextSlot++;
        boolean inlined = n.frameState.outer != null;
        if (e.frameless) {
            callFromFramelessCode(n, gen, callees, frame, result);
            return;
        }
        if (inlined) {
            // The call of an inlined function: its registers are not the frame's, and the frame names
            // the inlined functions on the way while the call runs (stack traces); another callee deoptimizes.
            b.aload(FRAME).ldc(JvmCode.classData(e.classData, inlinedCallers(n.frameState), INLINED_CALLERS))
                .putfield(JvmCode.FRAME, "inlined", INLINED_CALLERS);
            Label cleared = b.newLabel();
            for (dev.piste.interp.Closure callee : callees) {
                Label next = b.newLabel();
                callDirect(n, gen, callee, next, cleared, frame, result, true);
                b.labelBinding(next);
            }
            b.aload(FRAME).aconst_null().putfield(JvmCode.FRAME, "inlined", INLINED_CALLERS);
            // Always taken; the verifier sees a path on, with a value for the call (see DEOPTIMIZE).
            b.iconst_1().ifne(e.deopt(n, DeoptReason.WRONG_TARGET));
            b.aconst_null();
            e.store(n);
            b.labelBinding(cleared);
            b.aload(FRAME).aconst_null().putfield(JvmCode.FRAME, "inlined", INLINED_CALLERS);
            return;
        }
        for (dev.piste.interp.Closure callee : callees) {
            Label next = b.newLabel();
            callDirect(n, gen, callee, next, done, frame, result, false);
            b.labelBinding(next);
        }
        b.labelBinding(generic);
        e.storeArguments(n, gen);
        b.aload(FRAME).aload(STATE);
        e.load(n.input(0));
        e.load(n.input(1));
        e.load(n.input(2));
        b.loadConstant(o[2]).loadConstant(o[3]).loadConstant(o[4])
            .invokestatic(JvmCode.STEPS, "call", BaselineCompiler.stepType(Opcode.CALL));
        e.store(n);
        b.labelBinding(done);
    }

    /**
     * CALL made by frameless code (see OptCompiler.runsWithoutFrame): while it runs, a frame with no
     * registers stands for this call on the stack, at the call's position (and naming the inlined
     * functions on the way): stack traces and the call depth are as if the code had its frame. It is
     * made at the first call and used again by the next ones; an exit makes the real frame. An
     * exception out of the callee leaves with this call's entry in its stack trace (frameless code has
     * no handlers). Another callee is called the generic way at a site of the code's own function, and
     * deoptimizes at an inlined function's.
     */
    private void callFromFramelessCode(Node n, GraphBuilder.Generic gen, List<dev.piste.interp.Closure> callees, int frame, int result) {
        int caller = e.callerFrame();
        Label made = b.newLabel(), start = b.newLabel(), end = b.newLabel(), returned = b.newLabel(), after = b.newLabel();
        b.aload(caller).ifnonnull(made);
        e.loadClosure();
        b.invokestatic(INTERPRETER, "callerFrame", MethodTypeDesc.of(JvmCode.FRAME, CD_CLOSURE)).astore(caller);
        b.labelBinding(made);
        b.aload(caller).loadConstant(Emitter.outermost(n.frameState, n.pc)).putfield(JvmCode.FRAME, "pc", CD_int);
        b.aload(caller);
        if (n.frameState.outer != null) b.ldc(JvmCode.classData(e.classData, inlinedCallers(n.frameState), INLINED_CALLERS));
        else b.aconst_null();
        b.putfield(JvmCode.FRAME, "inlined", INLINED_CALLERS);
        b.aload(STATE).aload(caller).invokestatic(INTERPRETER, "pushCaller", MethodTypeDesc.of(CD_void, JvmCode.STATE, JvmCode.FRAME));
        b.labelBinding(start);
        for (dev.piste.interp.Closure callee : callees) {
            Label next = b.newLabel();
            callDirect(n, gen, callee, next, returned, frame, result, true);
            b.labelBinding(next);
        }
        if (n.frameState.outer == null) {
            // Another callee: the generic call, made for the frame that stands for the code (its feedback is the site's).
            b.aload(caller).aload(STATE);
            e.load(n.input(1));
            e.load(n.input(2));
            pushArguments(n, gen, true);
            b.loadConstant(gen.operands()[4])
                .invokestatic(JvmCode.STEPS, "callFromFrameless", MethodTypeDesc.of(CD_Object, JvmCode.FRAME, JvmCode.STATE, CD_Object, CD_Object, JvmCode.OBJECT_ARRAY, CD_int));
            e.store(n);
            b.goto_(returned);
            b.labelBinding(end);
        } else {
            // An inlined function's site (its feedback is not the code's): another callee deoptimizes.
            b.labelBinding(end);
            b.aload(STATE).aload(caller).invokestatic(INTERPRETER, "popCaller", MethodTypeDesc.of(CD_void, JvmCode.STATE, JvmCode.FRAME));
            // Always taken; the verifier sees a path on, with a value for the call (see DEOPTIMIZE).
            b.iconst_1().ifne(e.deopt(n, DeoptReason.WRONG_TARGET));
            b.aconst_null();
            e.store(n);
            b.goto_(after);
        }
        b.labelBinding(returned);
        b.aload(STATE).aload(caller).invokestatic(INTERPRETER, "popCaller", MethodTypeDesc.of(CD_void, JvmCode.STATE, JvmCode.FRAME));
        b.goto_(after);
        leaveAbruptlyThrough(start, end, caller, result, "callerLeftAbruptly");
        b.labelBinding(after);
    }

    /**
     * What is thrown in [start, end) leaves through Interpreter's helper(state, frame, thrown), which
     * takes the frame in that local off the stack and returns what to throw (scratch: a local for it).
     */
    private void leaveAbruptlyThrough(Label start, Label end, int frame, int scratch, String helper) {
        Label abrupt = b.newLabel();
        b.exceptionCatchAll(start, end, abrupt);
        b.labelBinding(abrupt);
        b.astore(scratch);
        b.aload(STATE).aload(frame).aload(scratch).checkcast(CD_Throwable)
            .invokestatic(INTERPRETER, helper, MethodTypeDesc.of(CD_Throwable, JvmCode.STATE, JvmCode.FRAME, CD_Throwable)).athrow();
    }

    /**
     * The call n of callee, when the callee is a closure whose function runs the code it had at compile
     * time (else to other): its value stored, then to done.
     */
    private void callDirect(Node n, GraphBuilder.Generic gen, dev.piste.interp.Closure callee, Label other, Label done, int frame, int result,
                            boolean inlined) {
        boolean itself = callsItself(callee);
        boolean optimized = itself || callee.code.optimized != null;
        Object code = optimized ? callee.code.optimized : callee.code.compiled;
        // The code called: this object for a call of itself (its class is being made), else a constant of the class.
        Runnable loadCode = itself ? () -> b.aload(0) : () -> b.ldc(JvmCode.classData(e.classData, code, JvmCode.COMPILED));
        ClassDesc closure = CD_CLOSURE;
        int[] o = gen.operands();
        e.load(n.input(1));
        loadCode.run();
        b.invokestatic(INTERPRETER, "isKnownCallee", MethodTypeDesc.of(CD_boolean, CD_Object, JvmCode.COMPILED)).ifeq(other);
        // A call of itself enters the frameless entry this class is given, when it is (see OptCompiler.generate).
        boolean calleeFrameless = itself ? e.framelessEntry : code instanceof dev.piste.interp.CompiledCode c && c.frameless;
        if (calleeFrameless) {
            // Code with a frameless entry: no frame unless it deoptimizes (it then finishes its call itself) or calls (see callFromFramelessCode).
            if (!inlined) e.storeArguments(n, gen);
            b.aload(STATE);
            e.load(n.input(1));
            b.checkcast(closure).invokestatic(INTERPRETER, "countCall", MethodTypeDesc.of(CD_void, JvmCode.STATE, closure));
            loadCode.run();
            b.aconst_null().aload(STATE);
            pushArguments(n, gen, inlined);
            e.load(n.input(1));
            b.checkcast(closure);
            e.load(n.input(2));
            b.loadConstant(inlined ? 0 : gen.firstArgument()).loadConstant(gen.argumentCount())
                .invokevirtual(itself ? OptCompiler.CD_THIS : JvmCode.COMPILED, "executeFrameless", OptCompiler.FRAMELESS_TYPE);
            e.store(n);
            b.goto_(done);
        } else if (hasPlainEntry(callee.code)) {
            plainEntryRegisters(n, gen, callee.code);
            b.aload(STATE);
            e.load(n.input(1));
            b.checkcast(closure);
            b.loadConstant(optimized ? 2 : 1)
                .invokestatic(INTERPRETER, "enterPlain", MethodTypeDesc.of(JvmCode.FRAME, JvmCode.OBJECT_ARRAY, JvmCode.STATE, closure, CD_int))
                .astore(frame);
        } else {
            if (!inlined) e.storeArguments(n, gen);
            b.aload(STATE);
            e.load(n.input(1));
            b.checkcast(closure);
            e.load(n.input(2));
            pushArguments(n, gen, inlined);
            b.loadConstant(inlined ? 0 : o[2]).loadConstant(o[3]).loadConstant(optimized ? 2 : 1)
                .invokestatic(INTERPRETER, "enterKnown", MethodTypeDesc.of(JvmCode.FRAME, JvmCode.STATE, closure, CD_Object, JvmCode.OBJECT_ARRAY, CD_int, CD_int, CD_int))
                .astore(frame);
        }
        Label start = b.newLabel(), end = b.newLabel();
        b.labelBinding(start);
        loadCode.run();
        b.aload(frame).aload(STATE)
            .invokevirtual(itself ? OptCompiler.CD_THIS : JvmCode.COMPILED, "execute", RUN_TYPE).astore(result);
        b.labelBinding(end);
        b.aload(STATE).aload(frame).aload(result)
            .invokestatic(INTERPRETER, "leave", MethodTypeDesc.of(CD_Object, JvmCode.STATE, JvmCode.FRAME, CD_Object));
        e.store(n);
        b.goto_(done);
        leaveAbruptlyThrough(start, end, frame, result, "leftAbruptly");
    }

    /**
     * Pushes the array the callee reads its arguments from: the frame's registers (where
     * storeArguments wrote them), or, for a call of an inlined function (whose registers are not the
     * frame's) or of frameless code (no registers), a new array of the arguments from index 0.
     */
    private void pushArguments(Node n, GraphBuilder.Generic gen, boolean inlined) {
        if (!inlined) { b.aload(REGS); return; }
        b.loadConstant(gen.argumentCount()).anewarray(CD_Object);
        for (int i = 0; i < gen.argumentCount(); i++) {
            b.dup().loadConstant(i);
            e.boxed(gen.argument(n, i));
            b.aastore();
        }
    }

    private static final ClassDesc INLINED_CALLERS = ClassDesc.of("dev.piste.interp.InlinedCallers");

    /** The inlined functions of a state's chain with their positions, innermost first (the outermost is the frame's own). */
    private static dev.piste.interp.InlinedCallers inlinedCallers(FrameState state) {
        List<dev.piste.bytecode.BytecodeFunction> functions = new ArrayList<>();
        List<Integer> pcs = new ArrayList<>();
        for (FrameState s = state; s.outer != null; s = s.outer) {
            functions.add(s.call.function());
            pcs.add(s.pc);
        }
        return new dev.piste.interp.InlinedCallers(functions.toArray(new dev.piste.bytecode.BytecodeFunction[0]),
            pcs.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Whether a call of code can make its frame from constants of code's layout
     * ({@link #plainEntryRegisters}): no arguments object or rest parameter, no context of its own, no
     * home object.
     */
    private static boolean hasPlainEntry(dev.piste.bytecode.BytecodeFunction code) {
        if (code.needsArgumentsArray || code.functionContextSize > 0 || code.homeObjectRegister >= 0 || code.newTargetRegister < -1) return false;
        for (int slot : code.parameterContextSlots) if (slot >= 0) return false;
        return true;
    }

    /**
     * Leaves on the stack the registers of a call of code (see hasPlainEntry), as Interpreter's
     * newFrame would make them (see pushEntryValue), the arguments being the call's.
     */
    private void plainEntryRegisters(Node n, GraphBuilder.Generic gen, dev.piste.bytecode.BytecodeFunction code) {
        b.loadConstant(code.registerCount).anewarray(CD_Object);
        for (int r = 0; r < code.registerCount; r++) {
            if (!hasEntryValue(code, r)) continue;
            b.dup().loadConstant(r);
            pushEntryValue(b, code, r, () -> e.load(n.input(1)), () -> e.load(n.input(2)), i -> {
                if (i < gen.argumentCount()) e.boxed(gen.argument(n, i));
                else b.getstatic(JvmCode.UNDEFINED, "INSTANCE", JvmCode.UNDEFINED);
            });
            b.aastore();
        }
    }

    /** Whether register r of a call of code starts with a value (pushEntryValue), rather than null (a temporary). */
    static boolean hasEntryValue(dev.piste.bytecode.BytecodeFunction code, int r) {
        if (!code.flags.arrow() && (r == code.thisRegister || r == code.newTargetRegister || r == code.functionRegister)) return true;
        for (int p : code.parameterRegisters) if (p == r) return true;
        return r < code.bindingRegisterCount;
    }

    /**
     * Pushes what register r of a call of code (a plain layout, see hasPlainEntry) holds when the call
     * starts, as Interpreter.newFrame makes it: this (made an object in sloppy code), new.target
     * (undefined: a call) and the function itself in theirs (not for an arrow function), else the last
     * parameter there (argument i, or undefined when not passed), else undefined for a binding (only
     * for a register that hasEntryValue).
     */
    static void pushEntryValue(CodeBuilder b, dev.piste.bytecode.BytecodeFunction code, int r, Runnable closure, Runnable thisArg,
                               java.util.function.IntConsumer argument) {
        if (!code.flags.arrow()) {
            if (r == code.thisRegister) {
                if (code.flags.strict()) thisArg.run();
                else {
                    closure.run();
                    b.checkcast(CD_CLOSURE).getfield(CD_CLOSURE, "realm", ClassDesc.of("dev.piste.runtime.realm.Realm"));
                    thisArg.run();
                    b.invokestatic(ClassDesc.of("dev.piste.interp.Operations"), "sloppyThis",
                        MethodTypeDesc.of(CD_Object, ClassDesc.of("dev.piste.runtime.realm.Realm"), CD_Object));
                }
                return;
            }
            if (r == code.newTargetRegister) { b.getstatic(JvmCode.UNDEFINED, "INSTANCE", JvmCode.UNDEFINED); return; }
            if (r == code.functionRegister) { closure.run(); return; }
        }
        int[] params = code.parameterRegisters;
        for (int i = params.length - 1; i >= 0; i--) {
            if (params[i] == r) { argument.accept(i); return; }
        }
        b.getstatic(JvmCode.UNDEFINED, "INSTANCE", JvmCode.UNDEFINED);
    }
}
