package dev.piste.interp;

import dev.piste.bytecode.BytecodeFunction;
import dev.piste.bytecode.Opcode;
import dev.piste.ic.FeedbackVector;
import dev.piste.ic.IcRuntime;
import dev.piste.runtime.objects.JsArray;
import dev.piste.runtime.objects.JsFunction;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.ops.ErrorType;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.Null;
import dev.piste.runtime.values.Undefined;

import java.util.Arrays;

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

    // ---- Entry points ----

    /** A closure of a top-level function in the global scope (Function constructor). */
    public static Object createClosure(Realm realm, BytecodeFunction code) {
        return Operations.createClosure(realm, code, null);
    }

    public static Object call(Closure closure, Object thisArg, Object[] args, Object newTarget) {
        BytecodeFunction code = closure.code;
        countInvocation(closure.realm, code);
        Frame frame = newFrame(closure, thisArg, args, newTarget);
        if (code.flags.generator() || code.flags.async()) return Generators.start(frame);
        return run(frame);
    }

    public static Object construct(Closure closure, Object[] args, JsObject newTarget) {
        BytecodeFunction code = closure.code;
        countInvocation(closure.realm, code);
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
    private static void countInvocation(Realm realm, BytecodeFunction code) {
        code.invocationCount++;
        if (code.feedback == null) allocateFeedback(ExecutionState.of(realm), code);
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
    static Object callDirect(Closure closure, Object thisArg, Object[] callerRegs, int first, int count) {
        BytecodeFunction code = closure.code;
        countInvocation(closure.realm, code);
        Object[] args = code.needsArgumentsArray ? Arrays.copyOfRange(callerRegs, first, first + count) : NO_ARGUMENTS;
        Object[] regs = new Object[code.registerCount];
        Arrays.fill(regs, 0, code.bindingRegisterCount, UNDEFINED);
        HeapContext context = closure.context;
        if (code.functionContextSize > 0) context = new HeapContext(code.functionContextSize, context);
        Frame frame = new Frame(closure, regs, context, args);
        frame.functionContext = context;
        int[] paramRegs = code.parameterRegisters;
        for (int i = 0; i < paramRegs.length; i++) {
            int r = paramRegs[i];
            if (r >= 0) regs[r] = i < count ? callerRegs[first + i] : UNDEFINED;
        }
        int[] paramSlots = code.parameterContextSlots;
        for (int i = 0; i < paramSlots.length; i++) {
            int s = paramSlots[i];
            if (s >= 0) context.slots[s] = i < count ? callerRegs[first + i] : UNDEFINED;
        }
        if (!code.flags.arrow()) {
            Operations.writePseudo(frame, code.thisRegister, code.flags.strict() ? thisArg : Operations.sloppyThis(closure.realm, thisArg));
            Operations.writePseudo(frame, code.newTargetRegister, UNDEFINED);
            Operations.writePseudo(frame, code.homeObjectRegister, closure.homeObject == null ? UNDEFINED : closure.homeObject);
            Operations.writePseudo(frame, code.functionRegister, closure);
        }
        return run(frame);
    }

    static Frame newFrame(Closure closure, Object thisArg, Object[] args, Object newTarget) {
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
            if (r >= 0) regs[r] = i < args.length ? args[i] : UNDEFINED;
        }
        int[] paramSlots = code.parameterContextSlots;
        for (int i = 0; i < paramSlots.length; i++) {
            int s = paramSlots[i];
            if (s >= 0) context.slots[s] = i < args.length ? args[i] : UNDEFINED;
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
    static Object run(Frame frame) {
        Realm realm = frame.closure.realm;
        ExecutionState state = ExecutionState.of(realm);
        frame.caller = state.top;
        state.top = frame;
        if (++state.depth > state.maxDepth) {
            state.depth--;
            state.top = frame.caller;
            throw JsException.rangeError("Maximum call stack size exceeded");
        }
        try {
            Object r = execute(frame, state);
            while (r == RESUME) {
                // A fresh activation from the captured state alone: new register array, no Java locals kept.
                frame.registers = frame.registers.clone();
                r = execute(frame, state);
            }
            return r;
        } catch (StackOverflowError e) {
            throw JsException.rangeError("Maximum call stack size exceeded");
        } finally {
            state.depth--;
            state.top = frame.caller;
        }
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
        final Realm realm = frame.closure.realm;
        final boolean strict = fn.flags.strict();
        final Object[] r = frame.registers;
        final java.util.random.RandomGenerator stress = state.stressResume;
        final IcRuntime ic = state.ic;
        final boolean caching = ic.enabled;
        FeedbackVector fv = (FeedbackVector) fn.feedback;
        int pc = frame.pc;
        Object acc = frame.accumulator;
        int opPc = pc;
        // Where this activation started: --stress-resume never captures there again (no livelock).
        final int resumedAt = pc;
        while (true) {
            try {
                while (true) {
                    opPc = pc;
                    if (stress != null && pc != resumedAt && stress.nextInt(state.stressResumeInterval) == 0) {
                        frame.pc = pc;
                        frame.accumulator = acc;
                        return RESUME;
                    }
                    // Anything may call out (getters, valueOf, proxies): keep the position current for stack traces.
                    frame.pc = pc;
                    switch (Opcode.of(code[pc])) {
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
                        case LDA_CONTEXT -> { acc = frame.context.up(code[pc + 1]).slots[code[pc + 2]]; pc += 3; }
                        case STA_CONTEXT -> { frame.context.up(code[pc + 1]).slots[code[pc + 2]] = acc; pc += 3; }
                        case LDA_GLOBAL -> { acc = fv == null || !caching ? Operations.loadGlobal(realm, (String) k[code[pc + 1]]) : Operations.loadGlobalCached(realm, ic, fv.global(code[pc + 2]), (String) k[code[pc + 1]]); pc += 3; }
                        case TYPEOF_GLOBAL -> { acc = Operations.typeofGlobal(realm, (String) k[code[pc + 1]]); pc += 2; }
                        case STA_GLOBAL -> {
                            if (fv == null || !caching) Operations.storeGlobal(realm, (String) k[code[pc + 1]], acc, strict);
                            else Operations.storeGlobalCached(realm, ic, fv.global(code[pc + 2]), (String) k[code[pc + 1]], acc, strict);
                            pc += 3;
                        }
                        case DECLARE_GLOBAL -> { Operations.declareGlobal(realm, (String) k[code[pc + 1]], acc, (code[pc + 2] & 1) != 0, (code[pc + 2] & 2) != 0); pc += 3; }
                        case DECLARE_GLOBAL_LEXICAL -> { Operations.declareGlobalLexical(realm, (String) k[code[pc + 1]], code[pc + 2] != 0); pc += 3; }
                        case INIT_GLOBAL_LEXICAL -> { realm.globalLexicals.put((String) k[code[pc + 1]], acc); pc += 2; }
                        case CHECK_HOLE -> { if (acc == Realm.HOLE) throw Operations.tdzError((String) k[code[pc + 1]]); pc += 2; }
                        case THROW_CONST_ASSIGN -> throw JsException.typeError("Assignment to constant variable.");
                        case PUSH_CONTEXT -> { frame.context = new HeapContext(code[pc + 1], frame.context); pc += 2; }
                        case POP_CONTEXT -> { frame.context = frame.context.parent; pc += 1; }
                        case COPY_CONTEXT -> { frame.context = frame.context.copy(); pc += 1; }
                        case SAVE_CONTEXT -> { r[code[pc + 1]] = frame.context; pc += 2; }
                        case RESTORE_CONTEXT -> { frame.context = (HeapContext) r[code[pc + 1]]; pc += 2; }

                        case GET_NAMED -> {
                            acc = fv == null || !caching ? Operations.getNamed(realm, r[code[pc + 1]], k[code[pc + 2]])
                                : fv.property(code[pc + 3]).load(ic, realm, r[code[pc + 1]]);
                            pc += 4;
                        }
                        case SET_NAMED -> {
                            if (fv != null && caching && r[code[pc + 1]] instanceof JsObject o) Operations.setNamedCached(realm, ic, fv.property(code[pc + 3]), o, k[code[pc + 2]], acc, strict);
                            else Operations.setNamed(realm, r[code[pc + 1]], k[code[pc + 2]], acc, strict);
                            pc += 4;
                        }
                        case GET_KEYED -> {
                            Object element = fv == null || !caching ? null : fv.keyed(code[pc + 2]).load(ic, r[code[pc + 1]], acc);
                            acc = element != null ? element : JsOps.getKeyed(realm, r[code[pc + 1]], acc);
                            pc += 3;
                        }
                        case SET_KEYED -> {
                            if (fv == null || !caching || !fv.keyed(code[pc + 3]).store(ic, r[code[pc + 1]], r[code[pc + 2]], acc)) {
                                JsOps.setKeyed(realm, r[code[pc + 1]], r[code[pc + 2]], acc, strict);
                            }
                            pc += 4;
                        }
                        case DEFINE_FIELD -> { Operations.defineField(r[code[pc + 1]], r[code[pc + 2]], acc); pc += 3; }
                        case DEFINE_NAMED -> { ((JsObject) r[code[pc + 1]]).defineOwn(k[code[pc + 2]], acc); pc += 3; }
                        case DEFINE_GETTER -> { Operations.defineAccessor(r[code[pc + 1]], r[code[pc + 2]], acc, true); pc += 3; }
                        case DEFINE_SETTER -> { Operations.defineAccessor(r[code[pc + 1]], r[code[pc + 2]], acc, false); pc += 3; }
                        case DELETE_KEYED -> { acc = JsOps.deleteProperty(realm, r[code[pc + 1]], acc, strict); pc += 2; }
                        case GET_SUPER -> { acc = Operations.getSuper(realm, r[code[pc + 1]], r[code[pc + 2]], acc); pc += 3; }
                        case SET_SUPER -> { Operations.setSuper(realm, r[code[pc + 1]], r[code[pc + 2]], r[code[pc + 3]], acc, strict); pc += 4; }
                        case GET_PRIVATE -> { acc = ClassSupport.getPrivate(r[code[pc + 1]], acc); pc += 2; }
                        case SET_PRIVATE -> { ClassSupport.setPrivate(r[code[pc + 1]], r[code[pc + 2]], acc); pc += 3; }
                        case DEFINE_PRIVATE -> { ClassSupport.definePrivate(r[code[pc + 1]], r[code[pc + 2]], acc); pc += 3; }
                        case HAS_PRIVATE -> { acc = ClassSupport.hasPrivate(r[code[pc + 1]], acc); pc += 2; }

                        case ADD -> { Object a = r[code[pc + 1]], res = JsOps.add(a, acc); if (fv != null) fv.recordBinary(code[pc + 2], a, acc, res); acc = res; pc += 3; }
                        case SUB -> { Object a = r[code[pc + 1]], res = JsOps.sub(a, acc); if (fv != null) fv.recordBinary(code[pc + 2], a, acc, res); acc = res; pc += 3; }
                        case MUL -> { Object a = r[code[pc + 1]], res = JsOps.mul(a, acc); if (fv != null) fv.recordBinary(code[pc + 2], a, acc, res); acc = res; pc += 3; }
                        case DIV -> { Object a = r[code[pc + 1]], res = JsOps.div(a, acc); if (fv != null) fv.recordBinary(code[pc + 2], a, acc, res); acc = res; pc += 3; }
                        case MOD -> { Object a = r[code[pc + 1]], res = JsOps.mod(a, acc); if (fv != null) fv.recordBinary(code[pc + 2], a, acc, res); acc = res; pc += 3; }
                        case EXP -> { Object a = r[code[pc + 1]], res = JsOps.exp(a, acc); if (fv != null) fv.recordBinary(code[pc + 2], a, acc, res); acc = res; pc += 3; }
                        case BIT_AND -> { Object a = r[code[pc + 1]], res = JsOps.bitAnd(a, acc); if (fv != null) fv.recordBinary(code[pc + 2], a, acc, res); acc = res; pc += 3; }
                        case BIT_OR -> { Object a = r[code[pc + 1]], res = JsOps.bitOr(a, acc); if (fv != null) fv.recordBinary(code[pc + 2], a, acc, res); acc = res; pc += 3; }
                        case BIT_XOR -> { Object a = r[code[pc + 1]], res = JsOps.bitXor(a, acc); if (fv != null) fv.recordBinary(code[pc + 2], a, acc, res); acc = res; pc += 3; }
                        case SHL -> { Object a = r[code[pc + 1]], res = JsOps.shl(a, acc); if (fv != null) fv.recordBinary(code[pc + 2], a, acc, res); acc = res; pc += 3; }
                        case SAR -> { Object a = r[code[pc + 1]], res = JsOps.sar(a, acc); if (fv != null) fv.recordBinary(code[pc + 2], a, acc, res); acc = res; pc += 3; }
                        case SHR -> { Object a = r[code[pc + 1]], res = JsOps.shr(a, acc); if (fv != null) fv.recordBinary(code[pc + 2], a, acc, res); acc = res; pc += 3; }
                        case ADD_SMI -> { Object res = JsOps.add(acc, code[pc + 1]); if (fv != null) fv.recordBinary(code[pc + 2], acc, code[pc + 1], res); acc = res; pc += 3; }
                        case EQ -> { Object a = r[code[pc + 1]], res = JsOps.looseEquals(a, acc); if (fv != null) fv.recordBinary(code[pc + 2], a, acc, res); acc = res; pc += 3; }
                        case STRICT_EQ -> { Object a = r[code[pc + 1]], res = JsOps.strictEquals(a, acc); if (fv != null) fv.recordBinary(code[pc + 2], a, acc, res); acc = res; pc += 3; }
                        case LT -> { Object a = r[code[pc + 1]], res = JsOps.lessThan(a, acc); if (fv != null) fv.recordBinary(code[pc + 2], a, acc, res); acc = res; pc += 3; }
                        case GT -> { Object a = r[code[pc + 1]], res = JsOps.greaterThan(a, acc); if (fv != null) fv.recordBinary(code[pc + 2], a, acc, res); acc = res; pc += 3; }
                        case LE -> { Object a = r[code[pc + 1]], res = JsOps.lessOrEqual(a, acc); if (fv != null) fv.recordBinary(code[pc + 2], a, acc, res); acc = res; pc += 3; }
                        case GE -> { Object a = r[code[pc + 1]], res = JsOps.greaterOrEqual(a, acc); if (fv != null) fv.recordBinary(code[pc + 2], a, acc, res); acc = res; pc += 3; }
                        case IN -> { acc = JsOps.hasProperty(r[code[pc + 1]], acc); pc += 3; }
                        case INSTANCEOF -> { acc = JsOps.instanceOf(r[code[pc + 1]], acc); pc += 3; }
                        case INC -> { Object res = JsOps.inc(acc); if (fv != null) fv.recordUnary(code[pc + 1], acc, res); acc = res; pc += 2; }
                        case DEC -> { Object res = JsOps.dec(acc); if (fv != null) fv.recordUnary(code[pc + 1], acc, res); acc = res; pc += 2; }
                        case NEGATE -> { Object res = JsOps.negate(acc); if (fv != null) fv.recordUnary(code[pc + 1], acc, res); acc = res; pc += 2; }
                        case BIT_NOT -> { Object res = JsOps.bitNot(acc); if (fv != null) fv.recordUnary(code[pc + 1], acc, res); acc = res; pc += 2; }
                        case TO_NUMERIC -> { acc = JsOps.toNumeric(acc); pc += 2; }
                        case TO_NUMBER -> { acc = JsOps.toNumberValue(acc); pc += 2; }
                        case NOT -> { acc = !JsOps.toBoolean(acc); pc += 1; }
                        case TYPEOF -> { acc = JsOps.typeof(acc); pc += 1; }
                        case TO_STRING -> { if (!(acc instanceof CharSequence)) acc = JsOps.toString(acc); pc += 1; }
                        case TO_PROPERTY_KEY -> { acc = JsOps.toPropertyKey(acc); pc += 1; }
                        case TO_OBJECT -> { acc = JsOps.toObject(realm, acc); pc += 1; }

                        case JUMP -> pc = code[pc + 1];
                        case LOOP -> {
                            if (++fn.backEdgeCount > BACK_EDGES_FOR_FEEDBACK && fv == null) {
                                allocateFeedback(state, fn);
                                fv = (FeedbackVector) fn.feedback;
                            }
                            if (state.interruptRequested) state.checkInterrupt();
                            pc = code[pc + 1];
                        }
                        case JUMP_IF_TRUE -> pc = JsOps.toBoolean(acc) ? code[pc + 1] : pc + 2;
                        case JUMP_IF_FALSE -> pc = JsOps.toBoolean(acc) ? pc + 2 : code[pc + 1];
                        case JUMP_IF_NULLISH -> pc = JsOps.isNullish(acc) ? code[pc + 1] : pc + 2;
                        case JUMP_IF_NOT_NULLISH -> pc = JsOps.isNullish(acc) ? pc + 2 : code[pc + 1];
                        case JUMP_IF_UNDEFINED -> pc = acc == UNDEFINED ? code[pc + 1] : pc + 2;
                        case JUMP_IF_NOT_UNDEFINED -> pc = acc == UNDEFINED ? pc + 2 : code[pc + 1];
                        case JUMP_IF_HOLE -> pc = acc == Realm.HOLE ? code[pc + 1] : pc + 2;
                        case JUMP_IF_REG_SMI -> pc = r[code[pc + 1]] instanceof Integer i && i == code[pc + 2] ? code[pc + 3] : pc + 4;
                        case RETURN -> { frame.pc = pc; return acc; }
                        case THROW -> throw new JsException(acc);
                        case DEBUGGER -> pc += 1;

                        case CALL -> {
                            if (!(r[code[pc + 1]] instanceof JsFunction callee)) throw Operations.notCallable(fn, pc, r[code[pc + 1]], false);
                            if (fv != null) fv.call(code[pc + 5]).record(ic, callee);
                            acc = callee instanceof Closure closure && closure.directCallable
                                ? callDirect(closure, r[code[pc + 2]], r, code[pc + 3], code[pc + 4])
                                : callee.call(r[code[pc + 2]], Arrays.copyOfRange(r, code[pc + 3], code[pc + 3] + code[pc + 4]));
                            pc += 6;
                        }
                        case CALL_SPREAD -> {
                            if (!(r[code[pc + 1]] instanceof JsFunction callee)) throw Operations.notCallable(fn, pc, r[code[pc + 1]], false);
                            acc = callee.call(r[code[pc + 2]], Operations.arrayToArguments(r[code[pc + 3]]));
                            pc += 5;
                        }
                        case NEW -> {
                            if (!(r[code[pc + 1]] instanceof JsFunction callee) || !callee.isConstructor()) throw Operations.notCallable(fn, pc, r[code[pc + 1]], true);
                            if (fv != null) fv.call(code[pc + 4]).record(ic, callee);
                            acc = callee.construct(Arrays.copyOfRange(r, code[pc + 2], code[pc + 2] + code[pc + 3]), callee);
                            pc += 5;
                        }
                        case NEW_SPREAD -> {
                            if (!(r[code[pc + 1]] instanceof JsFunction callee) || !callee.isConstructor()) throw Operations.notCallable(fn, pc, r[code[pc + 1]], true);
                            acc = callee.construct(Operations.arrayToArguments(r[code[pc + 2]]), callee);
                            pc += 4;
                        }
                        case SUPER_CALL -> {
                            acc = ClassSupport.superCall(r[code[pc + 1]], r[code[pc + 2]], Arrays.copyOfRange(r, code[pc + 3], code[pc + 3] + code[pc + 4]));
                            pc += 6;
                        }
                        case SUPER_CALL_SPREAD -> {
                            acc = ClassSupport.superCall(r[code[pc + 1]], r[code[pc + 2]], Operations.arrayToArguments(r[code[pc + 3]]));
                            pc += 5;
                        }
                        case CALL_RUNTIME -> {
                            acc = RuntimeCalls.call(frame, code[pc + 1], code[pc + 2], code[pc + 3], acc);
                            pc += 4;
                        }

                        case CREATE_CLOSURE -> { acc = Operations.createClosure(realm, (BytecodeFunction) k[code[pc + 1]], frame.context); pc += 2; }
                        case CREATE_OBJECT -> { acc = new JsObject(realm.objectPrototype); pc += 1; }
                        case CREATE_ARRAY -> { acc = new JsArray(realm.arrayPrototype); pc += 1; }
                        case ARRAY_PUSH -> { ((JsArray) r[code[pc + 1]]).push(acc); pc += 2; }
                        case ARRAY_PUSH_HOLE -> { ((JsArray) r[code[pc + 1]]).pushHole(); pc += 2; }
                        case ARRAY_SPREAD -> { Iteration.spreadInto(realm, (JsArray) r[code[pc + 1]], acc, fn.calleeTexts.get(pc)); pc += 2; }
                        case COPY_DATA_PROPERTIES -> { Operations.copyDataProperties(realm, (JsObject) r[code[pc + 1]], acc, r[code[pc + 2]]); pc += 3; }
                        case CREATE_REGEXP -> { acc = Operations.createRegExp(realm, (String) k[code[pc + 1]], (String) k[code[pc + 2]]); pc += 3; }
                        case GET_TEMPLATE_OBJECT -> { acc = Operations.templateObject(realm, k[code[pc + 1]]); pc += 2; }
                        case CREATE_ARGUMENTS -> { acc = Operations.createArguments(frame, code[pc + 1] != 0); pc += 2; }
                        case CREATE_REST -> { acc = Operations.createRest(realm, frame.arguments, code[pc + 1]); pc += 2; }

                        case GET_ITERATOR -> { Iteration.getIterator(realm, acc, r, code[pc + 1], fn.calleeTexts.get(pc)); pc += 2; }
                        case GET_ASYNC_ITERATOR -> { AsyncGenerators.getAsyncIterator(realm, acc, r, code[pc + 1]); pc += 2; }
                        case ITERATOR_NEXT -> { frame.pc = pc; acc = Iteration.next(realm, r, code[pc + 1], code[pc + 2]); pc += 3; }
                        case ITERATOR_CLOSE -> { Iteration.close(r[code[pc + 1]], false); pc += 2; }
                        case ITERATOR_CLOSE_QUIETLY -> { Iteration.close(r[code[pc + 1]], true); pc += 2; }
                        case FOR_IN_PREPARE -> { r[code[pc + 1]] = ForInEnumerator.of(realm, acc); pc += 2; }
                        case FOR_IN_NEXT -> {
                            Object key = ((ForInEnumerator) r[code[pc + 1]]).next();
                            if (key == null) pc = code[pc + 2]; else { acc = key; pc += 3; }
                        }

                        case SUSPEND -> {
                            frame.resumeModeRegister = code[pc + 1];
                            frame.yieldedResultObject = code[pc + 2] != 0;
                            frame.pc = pc + 3;
                            frame.accumulator = acc;
                            return SUSPENDED;
                        }
                        case AWAIT -> {
                            frame.resumeModeRegister = code[pc + 1];
                            frame.yieldedResultObject = false;
                            frame.awaiting = true;
                            frame.pc = pc + 2;
                            frame.accumulator = acc;
                            return SUSPENDED;
                        }
                        case GENERATOR_START -> {
                            frame.pc = pc + 1;
                            frame.accumulator = acc;
                            return SUSPENDED;
                        }
                    }
                }
            } catch (JsException e) {
                int handler = fn.handlerFor(opPc);
                if (handler < 0) {
                    if (e.valueOrNull() == null) e.unwound.add(StackTraces.entry(frame, opPc));
                    frame.pc = opPc;
                    throw e;
                }
                acc = Errors.materialize(realm, e, frame, opPc);
                pc = handler;
            } catch (StackOverflowError e) {
                JsException ex = JsException.rangeError("Maximum call stack size exceeded");
                int handler = fn.handlerFor(opPc);
                if (handler < 0) throw ex;
                acc = Errors.materialize(realm, ex, frame, opPc);
                pc = handler;
            } catch (dev.piste.runtime.values.Rope.StringTooLongException e) {
                JsException ex = JsException.rangeError("Invalid string length");
                int handler = fn.handlerFor(opPc);
                if (handler < 0) { ex.unwound.add(StackTraces.entry(frame, opPc)); throw ex; }
                acc = Errors.materialize(realm, ex, frame, opPc);
                pc = handler;
            }
        }
    }

    /** Exposed for generator support: the sentinel meaning "the frame suspended". */
    static boolean isSuspended(Object r) { return r == SUSPENDED; }

    /** Attribute helper kept here so the loop body has no long expressions. */
    static int hidden() { return PropertyAttributes.HIDDEN; }

    static ErrorType unused() { return ErrorType.ERROR; }
}
