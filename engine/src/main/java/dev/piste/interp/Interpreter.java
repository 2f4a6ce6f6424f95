package dev.piste.interp;

import dev.piste.bytecode.BytecodeFunction;
import dev.piste.bytecode.Opcode;
import dev.piste.ic.FeedbackVector;
import dev.piste.ic.IcRuntime;
import dev.piste.runtime.objects.JsFunction;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.Null;
import dev.piste.runtime.values.Undefined;

import java.util.Arrays;

import static dev.piste.bytecode.Opcode.Id.*;

/**
 * The bytecode interpreter (tier 0).
 *
 * <p>Requirements for contributors:
 * <ol>
 *   <li>Between two instructions the whole state of an activation is in its {@link Frame} plus the
 *       locals {@code pc} and {@code acc}, written back whenever the frame may be observed (calls,
 *       suspension, capture). A frame can therefore be resumed at any instruction boundary.
 *   <li>The dispatch method must stay small enough for HotSpot to compile it (8,000 bytes of
 *       bytecode): anything beyond a few lines goes to {@link Operations} or {@link RuntimeCalls}.
 *   <li>Semantics live in {@code runtime.ops.JsOps}: the interpreter calls it for every operation it
 *       does not shortcut, and a shortcut must agree with it exactly.
 * </ol>
 */
public final class Interpreter {
    private Interpreter() {}

    private static final Object UNDEFINED = Undefined.INSTANCE;
    /** Returned by {@link #execute} when the frame suspended (generator yield, await, start). */
    static final Object SUSPENDED = new Object();
    /** Returned by {@link #execute} under --stress-resume: the frame is to be resumed in a fresh activation. */
    static final Object RESUME = new Object();
    /** Returned by optimized code that deoptimized: the frame continues in the interpreter at its pc. */
    static final Object DEOPT = new Object();
    /** Returned by {@link #execute} at a loop header where the frame continues in tier-1 code (OSR). */
    static final Object OSR = new Object();

    // ---- Entry points ----

    /** A closure of a top-level function in the global scope (Function constructor). */
    public static Object createClosure(Realm realm, BytecodeFunction code) {
        return Operations.createClosure(realm, code, null);
    }

    public static Object call(Closure closure, Object thisArg, Object[] args, Object newTarget) {
        BytecodeFunction code = closure.code;
        ExecutionState state = ExecutionState.of(closure.realm);
        countInvocation(state, code);
        if (newTarget == UNDEFINED && code.optimized instanceof CompiledCode c && c.frameless && !state.stressOsr) {
            return c.executeFrameless(null, state, args, closure, thisArg, 0, args.length);
        }
        Frame frame = newFrame(closure, thisArg, args, newTarget);
        if (code.flags.generator() || code.flags.async()) return Generators.start(frame);
        return run(frame);
    }

    public static Object construct(Closure closure, Object[] args, JsObject newTarget) {
        BytecodeFunction code = closure.code;
        countInvocation(ExecutionState.of(closure.realm), code);
        if (closure.derived) {
            if (code.implicitConstructor) {
                JsObject parent = closure.getPrototypeOf();
                if (!(parent instanceof JsFunction p) || !p.isConstructor()) throw JsException.typeError("Super constructor " + JsOps.describe(parent) + " of anonymous class is not a constructor");
                Object result = p.construct(args, newTarget);
                ClassSupport.initializeInstance((JsObject) result, closure);
                return result;
            }
            Frame frame = newFrame(closure, Realm.HOLE, args, newTarget);
            Object result = run(frame);
            if (result instanceof JsObject) return result;
            if (result != UNDEFINED) throw JsException.typeError("Derived constructors may only return object or undefined");
            Object self = Operations.readPseudo(frame, code.thisRegister);
            if (self == Realm.HOLE) throw JsException.referenceError("Must call super constructor in derived class before accessing 'this' or returning from derived constructor");
            return self;
        }
        JsObject proto = Operations.prototypeFromConstructor(newTarget, closure.realm.objectPrototype);
        JsObject self = new JsObject(proto);
        if (closure.instanceElements != null) ClassSupport.initializeInstance(self, closure);
        if (code.implicitConstructor) return self;
        Object result = run(newFrame(closure, self, args, newTarget));
        return result instanceof JsObject ? result : self;
    }

    /** Counts a call; the feedback vector appears once the function has been called a few times. */
    private static void countInvocation(ExecutionState state, BytecodeFunction code) {
        code.invocationCount++;
        if (code.feedback == null) allocateFeedback(state, code);
        if (++code.hotness >= code.tierUpAt) {
            if (state.tierUp == null) code.tierUpAt = Integer.MAX_VALUE;
            else state.tierUp.onHotCall(code);
        }
        if (state.interruptRequested) state.checkInterrupt();
    }

    /** Loop iterations that make a function as worth profiling as a few calls do. */
    static final int BACK_EDGES_FOR_FEEDBACK = 100;

    static void allocateFeedback(ExecutionState state, BytecodeFunction code) {
        IcRuntime ic = state.ic;
        // Profiling (operand kinds, call targets) runs with or without --no-ic; only caching is switched off.
        if (code.feedback == null
                && (code.invocationCount >= ic.feedbackAfterCalls || code.backEdgeCount > BACK_EDGES_FOR_FEEDBACK)) {
            code.feedback = FeedbackVector.create(code);
        }
    }

    private static final Object[] NO_ARGUMENTS = new Object[0];

    /**
     * A call from interpreted code to a plain closure: parameters are copied straight from the
     * caller's registers, and the arguments array is made only when the callee reads it.
     */
    static Object callDirect(ExecutionState state, Closure closure, Object thisArg, Object[] callerRegs, int first, int count) {
        BytecodeFunction code = closure.code;
        countInvocation(state, code);
        if (code.optimized instanceof CompiledCode c && c.frameless && !state.stressOsr) {
            return c.executeFrameless(null, state, callerRegs, closure, thisArg, first, count);
        }
        Object[] args = code.needsArgumentsArray ? Arrays.copyOfRange(callerRegs, first, first + count) : NO_ARGUMENTS;
        return run(newFrame(closure, thisArg, UNDEFINED, args, callerRegs, first, count), state);
    }

    /** Whether function is a closure of fn (the guard of an inlined call). */
    static boolean isClosureOf(Object function, BytecodeFunction fn) {
        return function instanceof Closure c && c.code == fn;
    }

    /**
     * Whether function is a closure whose function runs expected when called: its tier-2 code, or its
     * tier-1 code while it has no tier-2 code (a call from tier 2 to tier 1 once the callee is
     * optimized would keep the callee in tier 1 for as long as the caller's code lives).
     */
    static boolean isKnownCallee(Object function, CompiledCode expected) {
        if (!(function instanceof Closure c)) return false;
        Object optimized = c.code.optimized;
        return optimized == expected || optimized == null && c.code.compiled == expected;
    }

    /**
     * A call from tier-2 code to the function its site has always called, whose installed code the
     * caller has checked is still the code it was compiled against: counts the call, makes the callee's
     * frame and pushes it. The caller then runs that code itself ({@code execute} on a constant of its
     * class, or on itself for a call of itself, which HotSpot can inline) and ends the call with
     * {@link #leave}, or with {@link #leftAbruptly} when it throws.
     */
    static Frame enterKnown(ExecutionState state, Closure closure, Object thisArg, Object[] callerRegs, int first, int count, int tier) {
        BytecodeFunction code = closure.code;
        countInvocation(state, code);
        Object[] args = code.needsArgumentsArray ? Arrays.copyOfRange(callerRegs, first, first + count) : NO_ARGUMENTS;
        Frame frame = newFrame(closure, thisArg, UNDEFINED, args, callerRegs, first, count);
        push(state, frame);
        frame.tier = (byte) tier;
        return frame;
    }

    /**
     * enterKnown for a callee whose registers the caller has made as newFrame would (a callee with no
     * arguments object, no context of its own and its this as passed: see tier 2's Emitter).
     */
    static Frame enterPlain(Object[] registers, ExecutionState state, Closure closure, int tier) {
        countInvocation(state, closure.code);
        HeapContext context = closure.context;
        Frame frame = new Frame(closure, registers, context, NO_ARGUMENTS);
        frame.functionContext = context;
        push(state, frame);
        frame.tier = (byte) tier;
        return frame;
    }

    /** Counts a call from tier-2 code that runs the callee's frameless entry (see CompiledCode.executeFrameless). */
    static void countCall(ExecutionState state, Closure closure) { countInvocation(state, closure.code); }

    /**
     * The frame of a call run by frameless code, made as a frameless entry leaves for the interpreter
     * (it then writes its state into it and ends with {@link #leave}, or {@link #leftAbruptly}).
     */
    static Frame enterFrameless(ExecutionState state, Closure closure, Object thisArg, Object[] args, int first, int count) {
        Frame frame = newFrame(closure, thisArg, UNDEFINED, NO_ARGUMENTS, args, first, count);
        push(state, frame);
        frame.tier = 2;
        return frame;
    }

    private static final Object[] NO_REGISTERS = new Object[0];

    /**
     * The frame that stands for a call run by frameless code while that code calls a function (see
     * tier 2's CallEmitter): its closure and position, for stack traces and the call depth. It has no
     * registers: nothing reads a frame's registers but its own code, and an exit of frameless code
     * makes the real frame ({@link #enterFrameless}).
     */
    static Frame callerFrame(Closure closure) {
        Frame frame = new Frame(closure, NO_REGISTERS, closure.context, NO_ARGUMENTS);
        frame.tier = 2;
        return frame;
    }

    /** Frameless code is about to make a call: the frame that stands for it (callerFrame) goes on the stack. */
    static void pushCaller(ExecutionState state, Frame frame) { push(state, frame); }

    /** The call made by frameless code returned: the frame that stood for it comes off the stack. */
    static void popCaller(ExecutionState state, Frame frame) { pop(state, frame); }

    /**
     * The call made by frameless code threw t: the frame that stood for it comes off the stack and is
     * recorded in the stack trace (frameless code has no handlers); returns what to throw.
     */
    static Throwable callerLeftAbruptly(ExecutionState state, Frame frame, Throwable t) {
        pop(state, frame);
        try {
            Steps.unwind(t, frame);
        } catch (Throwable thrown) {
            return thrown;
        }
        throw new IllegalStateException("a handler in frameless code");
    }

    /** Puts frame on top of the stack; past the call depth limit, a RangeError and nothing changed. */
    private static void push(ExecutionState state, Frame frame) {
        frame.caller = state.top;
        if (state.depth + 1 > state.maxDepth) throw JsException.rangeError("Maximum call stack size exceeded");
        state.depth++;
        state.top = frame;
    }

    private static void pop(ExecutionState state, Frame frame) {
        state.depth--;
        state.top = frame.caller;
    }

    /** The pushed frame's code returned r: its value (a deoptimized or suspended frame first runs to its end in another tier); the frame is popped. */
    static Object leave(ExecutionState state, Frame frame, Object r) {
        try {
            return r == RESUME || r == OSR || r == DEOPT ? continueRun(frame, state, r) : r;
        } catch (StackOverflowError e) {
            throw JsException.rangeError("Maximum call stack size exceeded");
        } finally {
            pop(state, frame);
        }
    }

    /** The pushed frame's code threw t: the frame is popped; returns what its caller is to throw. */
    static Throwable leftAbruptly(ExecutionState state, Frame frame, Throwable t) {
        pop(state, frame);
        return t instanceof StackOverflowError ? JsException.rangeError("Maximum call stack size exceeded") : t;
    }

    static Frame newFrame(Closure closure, Object thisArg, Object[] args, Object newTarget) {
        return newFrame(closure, thisArg, newTarget, args, args, 0, args.length);
    }

    /**
     * A frame for a call of closure whose arguments are {@code source[first .. first + count)};
     * {@code args} is what the frame keeps for the arguments object and rest parameters. A this of
     * {@link Realm#HOLE} is a derived constructor's unbound this.
     */
    private static Frame newFrame(Closure closure, Object thisArg, Object newTarget, Object[] args, Object[] source, int first, int count) {
        BytecodeFunction code = closure.code;
        Object[] regs = new Object[code.registerCount];
        Arrays.fill(regs, 0, code.bindingRegisterCount, UNDEFINED);
        HeapContext context = closure.context;
        if (code.functionContextSize > 0) context = new HeapContext(code.functionContextSize, context);
        Frame frame = new Frame(closure, regs, context, args);
        frame.functionContext = context;
        int[] paramRegs = code.parameterRegisters;
        for (int i = 0; i < paramRegs.length; i++) {
            int r = paramRegs[i];
            if (r >= 0) regs[r] = i < count ? source[first + i] : UNDEFINED;
        }
        int[] paramSlots = code.parameterContextSlots;
        for (int i = 0; i < paramSlots.length; i++) {
            int s = paramSlots[i];
            if (s >= 0) context.slots[s] = i < count ? source[first + i] : UNDEFINED;
        }
        if (!code.flags.arrow()) {
            Operations.writePseudo(frame, code.thisRegister, code.flags.strict() || thisArg == Realm.HOLE ? thisArg : Operations.sloppyThis(closure.realm, thisArg));
            Operations.writePseudo(frame, code.newTargetRegister, newTarget);
            Operations.writePseudo(frame, code.homeObjectRegister, closure.homeObject == null ? UNDEFINED : closure.homeObject);
            Operations.writePseudo(frame, code.functionRegister, closure);
        }
        return frame;
    }

    /** Runs a frame to completion on this thread (re-entering after stress-resume captures). */
    static Object run(Frame frame) { return run(frame, ExecutionState.of(frame.closure.realm)); }

    static Object run(Frame frame, ExecutionState state) {
        push(state, frame);
        Object r;
        try {
            CompiledCode optimized = (CompiledCode) frame.code.optimized;
            CompiledCode compiled = (CompiledCode) frame.code.compiled;
            r = optimized != null && frame.pc == 0 && !state.stressOsr ? runOptimized(optimized, frame, state)
                : compiled != null && !state.stressOsr && (frame.pc == 0 || compiled.canEnterAt(frame.pc))
                ? runCompiled(compiled, frame, state) : execute(frame, state);
        } catch (Throwable t) {
            throw Steps.rethrow(leftAbruptly(state, frame, t));
        }
        return leave(state, frame, r);
    }

    /**
     * Runs a frame rebuilt by deoptimization of inlined code to its end in the interpreter, pushed on
     * the stack like any call. When inner is not null the frame stands at a call whose callee is still
     * to finish: inner gives that value (an exception from it goes to this frame's handlers, or on).
     */
    static Object finishDeoptimized(ExecutionState state, Frame frame, java.util.function.Supplier<Object> inner) {
        push(state, frame);
        try {
            frame.tier = 0;
            if (inner != null) {
                Object r;
                try {
                    r = inner.get();
                } catch (Throwable t) {
                    frame.pc = Steps.unwind(t, frame);
                    return continueRun(frame, state, DEOPT);
                }
                completeCall(frame, r);
            }
            return continueRun(frame, state, DEOPT);
        } catch (StackOverflowError e) {
            throw JsException.rangeError("Maximum call stack size exceeded");
        } finally {
            pop(state, frame);
        }
    }

    /**
     * The call frame's instruction at its pc made (a call, a new, an accessor) returned r: the
     * instruction's value is r — except for a store through a setter, whose value is the one stored,
     * already in the accumulator — and the frame goes on after it.
     */
    static void completeCall(Frame frame, Object r) {
        Opcode op = Opcode.of(frame.code.code[frame.pc]);
        if (op != Opcode.SET_NAMED) frame.accumulator = r;
        frame.pc += op.length();
    }

    /** A frame's code returned r (deoptimized, on-stack replacement, stress-resume): runs the frame on to its result. */
    private static Object continueRun(Frame frame, ExecutionState state, Object r) {
        while (r == RESUME || r == OSR || r == DEOPT) {
            if (r == DEOPT) {
                r = execute(frame, state);
            } else if (r == OSR) {
                // At a loop header: tier-2 code for this loop if the function is due for it, else tier 1.
                CompiledCode osr = state.tierUp != null ? state.tierUp.optimizedAtLoop(frame) : null;
                CompiledCode tierOne = (CompiledCode) frame.code.compiled;
                r = osr != null ? runOptimized(osr, frame, state) : tierOne != null ? runCompiled(tierOne, frame, state) : execute(frame, state);
            } else {
                // A fresh activation from the captured state alone: new register array, no Java locals kept.
                frame.registers = frame.registers.clone();
                r = execute(frame, state);
            }
        }
        return r;
    }

    private static Object runOptimized(CompiledCode code, Frame frame, ExecutionState state) {
        frame.tier = 2;
        return code.execute(frame, state);
    }

    private static Object runCompiled(CompiledCode code, Frame frame, ExecutionState state) {
        frame.tier = 1;
        return code.execute(frame, state);
    }

    /** Resumes a suspended frame (generators): acc = the sent value, the mode register = mode. */
    static Object resume(Frame frame, Object value, int mode) {
        frame.accumulator = value;
        if (frame.resumeModeRegister >= 0) frame.registers[frame.resumeModeRegister] = mode;
        return run(frame);
    }

    // ---- The dispatch loop ----

    static Object execute(Frame frame, ExecutionState state) {
        final BytecodeFunction fn = frame.code;
        final int[] code = fn.code;
        final Object[] k = fn.constants;
        final Object[] r = frame.registers;
        final java.util.random.RandomGenerator stress = state.stressResume;
        final TierUp tierUp = state.tierUp;
        int pc = frame.pc;
        Object acc = frame.accumulator;
        // Where this activation started: --stress-resume never captures there again (no livelock).
        final int resumedAt = pc;
        frame.tier = 0;
        while (true) {
            try {
                while (true) {
                    if (stress != null && pc != resumedAt && stress.nextInt(state.stressResumeInterval) == 0) {
                        frame.pc = pc;
                        frame.accumulator = acc;
                        return RESUME;
                    }
                    // Anything may call out (getters, valueOf, proxies): keep the position current for stack traces.
                    frame.pc = pc;
                    switch (code[pc]) {
                        case LDA_CONST -> { acc = k[code[pc + 1]]; pc += 2; }
                        case LDA_SMI -> { acc = code[pc + 1]; pc += 2; }
                        case LDA_UNDEFINED -> { acc = UNDEFINED; pc += 1; }
                        case LDA_NULL -> { acc = Null.INSTANCE; pc += 1; }
                        case LDA_TRUE -> { acc = Boolean.TRUE; pc += 1; }
                        case LDA_FALSE -> { acc = Boolean.FALSE; pc += 1; }
                        case LDA_HOLE -> { acc = Realm.HOLE; pc += 1; }
                        case LDA -> { acc = r[code[pc + 1]]; pc += 2; }
                        case STA -> { r[code[pc + 1]] = acc; pc += 2; }
                        case MOV -> { r[code[pc + 2]] = r[code[pc + 1]]; pc += 3; }
                        case LDA_CONTEXT -> { acc = Steps.ldaContext(frame, state, acc, code[pc + 1], code[pc + 2]); pc += 3; }
                        case STA_CONTEXT -> { Steps.staContext(frame, state, acc, code[pc + 1], code[pc + 2]); pc += 3; }
                        case LDA_GLOBAL -> { acc = Steps.ldaGlobal(frame, state, acc, code[pc + 1], code[pc + 2]); pc += 3; }
                        case TYPEOF_GLOBAL -> { acc = Steps.typeofGlobal(frame, state, acc, code[pc + 1]); pc += 2; }
                        case STA_GLOBAL -> { Steps.staGlobal(frame, state, acc, code[pc + 1], code[pc + 2]); pc += 3; }
                        case DECLARE_GLOBAL -> { Steps.declareGlobal(frame, state, acc, code[pc + 1], code[pc + 2]); pc += 3; }
                        case DECLARE_GLOBAL_LEXICAL -> { Steps.declareGlobalLexical(frame, state, acc, code[pc + 1], code[pc + 2]); pc += 3; }
                        case INIT_GLOBAL_LEXICAL -> { Steps.initGlobalLexical(frame, state, acc, code[pc + 1]); pc += 2; }
                        case CHECK_HOLE -> { Steps.checkHole(frame, state, acc, code[pc + 1]); pc += 2; }
                        case THROW_CONST_ASSIGN -> Steps.throwConstAssign(frame, state, acc, code[pc + 1]);
                        case PUSH_CONTEXT -> { Steps.pushContext(frame, state, acc, code[pc + 1]); pc += 2; }
                        case POP_CONTEXT -> { Steps.popContext(frame, state, acc); pc += 1; }
                        case COPY_CONTEXT -> { Steps.copyContext(frame, state, acc); pc += 1; }
                        case SAVE_CONTEXT -> { r[code[pc + 1]] = frame.context; pc += 2; }
                        case RESTORE_CONTEXT -> { frame.context = (HeapContext) r[code[pc + 1]]; pc += 2; }

                        case GET_NAMED -> { acc = Steps.getNamed(frame, state, acc, r[code[pc + 1]], code[pc + 2], code[pc + 3]); pc += 4; }
                        case SET_NAMED -> { Steps.setNamed(frame, state, acc, r[code[pc + 1]], code[pc + 2], code[pc + 3]); pc += 4; }
                        case GET_KEYED -> { acc = Steps.getKeyed(frame, state, acc, r[code[pc + 1]], code[pc + 2]); pc += 3; }
                        case SET_KEYED -> { Steps.setKeyed(frame, state, acc, r[code[pc + 1]], r[code[pc + 2]], code[pc + 3]); pc += 4; }
                        case DEFINE_FIELD -> { Steps.defineField(frame, state, acc, r[code[pc + 1]], r[code[pc + 2]]); pc += 3; }
                        case DEFINE_NAMED -> { Steps.defineNamed(frame, state, acc, r[code[pc + 1]], code[pc + 2]); pc += 3; }
                        case DEFINE_GETTER -> { Steps.defineGetter(frame, state, acc, r[code[pc + 1]], r[code[pc + 2]]); pc += 3; }
                        case DEFINE_SETTER -> { Steps.defineSetter(frame, state, acc, r[code[pc + 1]], r[code[pc + 2]]); pc += 3; }
                        case DELETE_KEYED -> { acc = Steps.deleteKeyed(frame, state, acc, r[code[pc + 1]]); pc += 2; }
                        case GET_SUPER -> { acc = Steps.getSuper(frame, state, acc, r[code[pc + 1]], r[code[pc + 2]]); pc += 3; }
                        case SET_SUPER -> { Steps.setSuper(frame, state, acc, r[code[pc + 1]], r[code[pc + 2]], r[code[pc + 3]]); pc += 4; }
                        case GET_PRIVATE -> { acc = Steps.getPrivate(frame, state, acc, r[code[pc + 1]]); pc += 2; }
                        case SET_PRIVATE -> { Steps.setPrivate(frame, state, acc, r[code[pc + 1]], r[code[pc + 2]]); pc += 3; }
                        case DEFINE_PRIVATE -> { Steps.definePrivate(frame, state, acc, r[code[pc + 1]], r[code[pc + 2]]); pc += 3; }
                        case HAS_PRIVATE -> { acc = Steps.hasPrivate(frame, state, acc, r[code[pc + 1]]); pc += 2; }

                        case ADD -> { acc = Steps.add(frame, state, acc, r[code[pc + 1]], code[pc + 2]); pc += 3; }
                        case SUB -> { acc = Steps.sub(frame, state, acc, r[code[pc + 1]], code[pc + 2]); pc += 3; }
                        case MUL -> { acc = Steps.mul(frame, state, acc, r[code[pc + 1]], code[pc + 2]); pc += 3; }
                        case DIV -> { acc = Steps.div(frame, state, acc, r[code[pc + 1]], code[pc + 2]); pc += 3; }
                        case MOD -> { acc = Steps.mod(frame, state, acc, r[code[pc + 1]], code[pc + 2]); pc += 3; }
                        case EXP -> { acc = Steps.exp(frame, state, acc, r[code[pc + 1]], code[pc + 2]); pc += 3; }
                        case BIT_AND -> { acc = Steps.bitAnd(frame, state, acc, r[code[pc + 1]], code[pc + 2]); pc += 3; }
                        case BIT_OR -> { acc = Steps.bitOr(frame, state, acc, r[code[pc + 1]], code[pc + 2]); pc += 3; }
                        case BIT_XOR -> { acc = Steps.bitXor(frame, state, acc, r[code[pc + 1]], code[pc + 2]); pc += 3; }
                        case SHL -> { acc = Steps.shl(frame, state, acc, r[code[pc + 1]], code[pc + 2]); pc += 3; }
                        case SAR -> { acc = Steps.sar(frame, state, acc, r[code[pc + 1]], code[pc + 2]); pc += 3; }
                        case SHR -> { acc = Steps.shr(frame, state, acc, r[code[pc + 1]], code[pc + 2]); pc += 3; }
                        case ADD_SMI -> { acc = Steps.addSmi(frame, state, acc, code[pc + 1], code[pc + 2]); pc += 3; }
                        case EQ -> { acc = Steps.eq(frame, state, acc, r[code[pc + 1]], code[pc + 2]); pc += 3; }
                        case STRICT_EQ -> { acc = Steps.strictEq(frame, state, acc, r[code[pc + 1]], code[pc + 2]); pc += 3; }
                        case LT -> { acc = Steps.lt(frame, state, acc, r[code[pc + 1]], code[pc + 2]); pc += 3; }
                        case GT -> { acc = Steps.gt(frame, state, acc, r[code[pc + 1]], code[pc + 2]); pc += 3; }
                        case LE -> { acc = Steps.le(frame, state, acc, r[code[pc + 1]], code[pc + 2]); pc += 3; }
                        case GE -> { acc = Steps.ge(frame, state, acc, r[code[pc + 1]], code[pc + 2]); pc += 3; }
                        case IN -> { acc = Steps.in(frame, state, acc, r[code[pc + 1]], code[pc + 2]); pc += 3; }
                        case INSTANCEOF -> { acc = Steps.instanceof_(frame, state, acc, r[code[pc + 1]], code[pc + 2]); pc += 3; }
                        case INC -> { acc = Steps.inc(frame, state, acc, code[pc + 1]); pc += 2; }
                        case DEC -> { acc = Steps.dec(frame, state, acc, code[pc + 1]); pc += 2; }
                        case NEGATE -> { acc = Steps.negate(frame, state, acc, code[pc + 1]); pc += 2; }
                        case BIT_NOT -> { acc = Steps.bitNot(frame, state, acc, code[pc + 1]); pc += 2; }
                        case TO_NUMERIC -> { acc = Steps.toNumeric(frame, state, acc, code[pc + 1]); pc += 2; }
                        case TO_NUMBER -> { acc = Steps.toNumber(frame, state, acc, code[pc + 1]); pc += 2; }
                        case NOT -> { acc = Steps.not(frame, state, acc); pc += 1; }
                        case TYPEOF -> { acc = Steps.typeof(frame, state, acc); pc += 1; }
                        case TO_STRING -> { acc = Steps.toString(frame, state, acc); pc += 1; }
                        case TO_PROPERTY_KEY -> { acc = Steps.toPropertyKey(frame, state, acc); pc += 1; }
                        case TO_OBJECT -> { acc = Steps.toObject(frame, state, acc); pc += 1; }

                        case JUMP -> pc = code[pc + 1];
                        case LOOP -> {
                            if (++fn.backEdgeCount > BACK_EDGES_FOR_FEEDBACK && fn.feedback == null) allocateFeedback(state, fn);
                            if (state.interruptRequested) state.checkInterrupt();
                            int header = code[pc + 1];
                            if (tierUp != null && (fn.compiled != null || ++fn.hotness >= fn.tierUpAt) && tierUp.onHotLoop(frame, header)) {
                                frame.pc = header;
                                frame.accumulator = acc;
                                return OSR;
                            }
                            pc = header;
                        }
                        case JUMP_IF_TRUE -> pc = Steps.isTrue(acc) ? code[pc + 1] : pc + 2;
                        case JUMP_IF_FALSE -> pc = Steps.isTrue(acc) ? pc + 2 : code[pc + 1];
                        case JUMP_IF_NULLISH -> pc = Steps.isNullish(acc) ? code[pc + 1] : pc + 2;
                        case JUMP_IF_NOT_NULLISH -> pc = Steps.isNullish(acc) ? pc + 2 : code[pc + 1];
                        case JUMP_IF_UNDEFINED -> pc = acc == UNDEFINED ? code[pc + 1] : pc + 2;
                        case JUMP_IF_NOT_UNDEFINED -> pc = acc == UNDEFINED ? pc + 2 : code[pc + 1];
                        case JUMP_IF_HOLE -> pc = acc == Realm.HOLE ? code[pc + 1] : pc + 2;
                        case JUMP_IF_REG_SMI -> pc = Steps.isSmi(r[code[pc + 1]], code[pc + 2]) ? code[pc + 3] : pc + 4;
                        case RETURN -> { return acc; }
                        case THROW -> throw Steps.throwValue(acc);
                        case DEBUGGER -> pc += 1;

                        case CALL -> { acc = Steps.call(frame, state, acc, r[code[pc + 1]], r[code[pc + 2]], code[pc + 3], code[pc + 4], code[pc + 5]); pc += 6; }
                        case CALL_SPREAD -> { acc = Steps.callSpread(frame, state, acc, r[code[pc + 1]], r[code[pc + 2]], r[code[pc + 3]], code[pc + 4]); pc += 5; }
                        case NEW -> { acc = Steps.new_(frame, state, acc, r[code[pc + 1]], code[pc + 2], code[pc + 3], code[pc + 4]); pc += 5; }
                        case NEW_SPREAD -> { acc = Steps.newSpread(frame, state, acc, r[code[pc + 1]], r[code[pc + 2]], code[pc + 3]); pc += 4; }
                        case SUPER_CALL -> { acc = Steps.superCall(frame, state, acc, r[code[pc + 1]], r[code[pc + 2]], code[pc + 3], code[pc + 4], code[pc + 5]); pc += 6; }
                        case SUPER_CALL_SPREAD -> { acc = Steps.superCallSpread(frame, state, acc, r[code[pc + 1]], r[code[pc + 2]], r[code[pc + 3]], code[pc + 4]); pc += 5; }
                        case CALL_RUNTIME -> { acc = Steps.callRuntime(frame, state, acc, code[pc + 1], code[pc + 2], code[pc + 3]); pc += 4; }

                        case CREATE_CLOSURE -> { acc = Steps.createClosure(frame, state, acc, code[pc + 1]); pc += 2; }
                        case CREATE_OBJECT -> { acc = Steps.createObject(frame, state, acc); pc += 1; }
                        case CREATE_ARRAY -> { acc = Steps.createArray(frame, state, acc); pc += 1; }
                        case ARRAY_PUSH -> { Steps.arrayPush(frame, state, acc, r[code[pc + 1]]); pc += 2; }
                        case ARRAY_PUSH_HOLE -> { Steps.arrayPushHole(frame, state, acc, r[code[pc + 1]]); pc += 2; }
                        case ARRAY_SPREAD -> { Steps.arraySpread(frame, state, acc, r[code[pc + 1]]); pc += 2; }
                        case COPY_DATA_PROPERTIES -> { Steps.copyDataProperties(frame, state, acc, r[code[pc + 1]], r[code[pc + 2]]); pc += 3; }
                        case CREATE_REGEXP -> { acc = Steps.createRegexp(frame, state, acc, code[pc + 1], code[pc + 2]); pc += 3; }
                        case GET_TEMPLATE_OBJECT -> { acc = Steps.getTemplateObject(frame, state, acc, code[pc + 1]); pc += 2; }
                        case CREATE_ARGUMENTS -> { acc = Steps.createArguments(frame, state, acc, code[pc + 1]); pc += 2; }
                        case CREATE_REST -> { acc = Steps.createRest(frame, state, acc, code[pc + 1]); pc += 2; }

                        case GET_ITERATOR -> { Steps.getIterator(frame, state, acc, code[pc + 1]); pc += 2; }
                        case GET_ASYNC_ITERATOR -> { Steps.getAsyncIterator(frame, state, acc, code[pc + 1]); pc += 2; }
                        case ITERATOR_NEXT -> { acc = Steps.iteratorNext(frame, state, acc, code[pc + 1], code[pc + 2]); pc += 3; }
                        case ITERATOR_CLOSE -> { Steps.iteratorClose(frame, state, acc, r[code[pc + 1]]); pc += 2; }
                        case ITERATOR_CLOSE_QUIETLY -> { Steps.iteratorCloseQuietly(frame, state, acc, r[code[pc + 1]]); pc += 2; }
                        case FOR_IN_PREPARE -> { Steps.forInPrepare(frame, state, acc, code[pc + 1]); pc += 2; }
                        case FOR_IN_NEXT -> {
                            Object key = Steps.forInNext(r[code[pc + 1]]);
                            if (key == null) pc = code[pc + 2]; else { acc = key; pc += 3; }
                        }

                        case SUSPEND -> { return Steps.suspend(frame, acc, code[pc + 1], code[pc + 2], pc + 3); }
                        case AWAIT -> { return Steps.await(frame, acc, code[pc + 1], pc + 2); }
                        case GENERATOR_START -> { return Steps.generatorStart(frame, acc, pc + 1); }
                    }
                }
            } catch (JsException | StackOverflowError | dev.piste.runtime.values.Rope.StringTooLongException e) {
                pc = Steps.unwind(e, frame);
                acc = frame.accumulator;
            }
        }
    }

    /** Exposed for generator support: the sentinel meaning "the frame suspended". */
    static boolean isSuspended(Object r) { return r == SUSPENDED; }
}
