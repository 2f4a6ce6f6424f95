package dev.piste.interp;

import dev.piste.bytecode.BytecodeFunction;
import dev.piste.bytecode.Opcode;
import dev.piste.ic.FeedbackVector;
import dev.piste.ic.IcRuntime;
import dev.piste.runtime.objects.JsArray;
import dev.piste.runtime.objects.JsFunction;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.Rope;
import dev.piste.runtime.values.Undefined;

import java.util.Arrays;

/**
 * What one instruction does, shared by every tier: the interpreter's dispatch loop and tier-1 code
 * call the same method, so the two cannot disagree.
 *
 * <p>Requirements for contributors:
 * <ol>
 *   <li>One method per opcode that a tier does not translate inline, named after the opcode in
 *       camel case ({@code GET_NAMED} → {@code getNamed}), with the signature
 *       {@code (Frame, ExecutionState, Object acc, operand...)} returning the new accumulator. A
 *       register operand is passed as the register's value ({@code Object}); every other operand, and
 *       the registers a step must reach by index (argument ranges, iterator records, registers it
 *       writes: see {@code BaselineCompiler.passesValue}), as an {@code int}. The baseline compiler
 *       derives the call from the opcode table by this rule, and a test checks every method.
 *   <li>{@code frame.pc} holds the position of the instruction when a step runs (for stack traces and
 *       exception handlers). Registers a step reaches by index are in {@code frame.registers}: compiled
 *       code, which keeps registers in JVM locals, stores them there before the step and reloads the
 *       ones it writes after.
 *   <li>Small methods only: HotSpot inlines them into the interpreter loop and into compiled code.
 * </ol>
 */
public final class Steps {
    /** What a method of tier-2 code split into methods returns to go on in another one (at its frame's handover's entry). */
    public static final Object NEXT_REGION = new Object() { @Override public String toString() { return "next region"; } };

    private Steps() {}

    private static FeedbackVector feedback(Frame f) { return (FeedbackVector) f.code.feedback; }
    private static Object constant(Frame f, int index) { return f.code.constants[index]; }

    // ---- Variables ----

    static Object ldaContext(Frame f, ExecutionState s, Object acc, int depth, int slot) {
        return f.context.up(depth).slots[slot];
    }

    static Object staContext(Frame f, ExecutionState s, Object acc, int depth, int slot) {
        f.context.up(depth).slots[slot] = acc;
        return acc;
    }

    static Object ldaGlobal(Frame f, ExecutionState s, Object acc, int name, int slot) {
        FeedbackVector fv = feedback(f);
        Realm realm = f.closure.realm;
        return fv == null || !s.ic.enabled ? Operations.loadGlobal(realm, (String) constant(f, name))
            : Operations.loadGlobalCached(realm, s.ic, fv.global(slot), (String) constant(f, name));
    }

    static Object typeofGlobal(Frame f, ExecutionState s, Object acc, int name) {
        return Operations.typeofGlobal(f.closure.realm, (String) constant(f, name));
    }

    static Object staGlobal(Frame f, ExecutionState s, Object acc, int name, int slot) {
        FeedbackVector fv = feedback(f);
        Realm realm = f.closure.realm;
        boolean strict = f.code.flags.strict();
        if (fv == null || !s.ic.enabled) Operations.storeGlobal(realm, (String) constant(f, name), acc, strict);
        else Operations.storeGlobalCached(realm, s.ic, fv.global(slot), (String) constant(f, name), acc, strict);
        return acc;
    }

    static Object declareGlobal(Frame f, ExecutionState s, Object acc, int name, int flags) {
        Operations.declareGlobal(f.closure.realm, (String) constant(f, name), acc, (flags & 1) != 0, (flags & 2) != 0);
        return acc;
    }

    static Object declareGlobalLexical(Frame f, ExecutionState s, Object acc, int name, int constant) {
        Operations.declareGlobalLexical(f.closure.realm, (String) constant(f, name), constant != 0);
        return acc;
    }

    static Object initGlobalLexical(Frame f, ExecutionState s, Object acc, int name) {
        f.closure.realm.globalLexicals.put((String) constant(f, name), acc);
        return acc;
    }

    static Object checkHole(Frame f, ExecutionState s, Object acc, int name) {
        if (acc == Realm.HOLE) throw Operations.tdzError((String) constant(f, name));
        return acc;
    }

    static Object throwConstAssign(Frame f, ExecutionState s, Object acc, int name) {
        throw JsException.typeError("Assignment to constant variable.");
    }

    static Object pushContext(Frame f, ExecutionState s, Object acc, int size) {
        f.context = new HeapContext(size, f.context);
        return acc;
    }

    static Object popContext(Frame f, ExecutionState s, Object acc) {
        f.context = f.context.parent;
        return acc;
    }

    static Object copyContext(Frame f, ExecutionState s, Object acc) {
        f.context = f.context.copy();
        return acc;
    }



    // ---- Properties ----

    static Object getNamed(Frame f, ExecutionState s, Object acc, Object base, int name, int slot) {
        FeedbackVector fv = feedback(f);
        return fv == null || !s.ic.enabled ? Operations.getNamed(f.closure.realm, base, constant(f, name))
            : fv.property(slot).load(s.ic, f.closure.realm, base);
    }

    static Object setNamed(Frame f, ExecutionState s, Object acc, Object base, int name, int slot) {
        FeedbackVector fv = feedback(f);
        boolean strict = f.code.flags.strict();
        if (fv != null && s.ic.enabled && base instanceof JsObject o) Operations.setNamedCached(f.closure.realm, s.ic, fv.property(slot), o, constant(f, name), acc, strict);
        else Operations.setNamed(f.closure.realm, base, constant(f, name), acc, strict);
        return acc;
    }

    static Object getKeyed(Frame f, ExecutionState s, Object acc, Object base, int slot) {
        FeedbackVector fv = feedback(f);
        Object element = fv == null || !s.ic.enabled ? null : fv.keyed(slot).load(s.ic, base, acc);
        return element != null ? element : JsOps.getKeyed(f.closure.realm, base, acc);
    }

    static Object setKeyed(Frame f, ExecutionState s, Object acc, Object base, Object key, int slot) {
        FeedbackVector fv = feedback(f);
        if (fv == null || !s.ic.enabled || !fv.keyed(slot).store(s.ic, base, key, acc)) {
            JsOps.setKeyed(f.closure.realm, base, key, acc, f.code.flags.strict());
        }
        return acc;
    }

    static Object defineField(Frame f, ExecutionState s, Object acc, Object target, Object key) {
        Operations.defineField(target, key, acc);
        return acc;
    }

    static Object defineNamed(Frame f, ExecutionState s, Object acc, Object target, int name) {
        ((JsObject) target).defineOwn(constant(f, name), acc);
        return acc;
    }

    static Object defineGetter(Frame f, ExecutionState s, Object acc, Object target, Object key) {
        Operations.defineAccessor(target, key, acc, true);
        return acc;
    }

    static Object defineSetter(Frame f, ExecutionState s, Object acc, Object target, Object key) {
        Operations.defineAccessor(target, key, acc, false);
        return acc;
    }

    static Object deleteKeyed(Frame f, ExecutionState s, Object acc, Object base) {
        return JsOps.deleteProperty(f.closure.realm, base, acc, f.code.flags.strict());
    }

    static Object getSuper(Frame f, ExecutionState s, Object acc, Object thisValue, Object home) {
        return Operations.getSuper(f.closure.realm, thisValue, home, acc);
    }

    static Object setSuper(Frame f, ExecutionState s, Object acc, Object thisValue, Object home, Object key) {
        Operations.setSuper(f.closure.realm, thisValue, home, key, acc, f.code.flags.strict());
        return acc;
    }

    static Object getPrivate(Frame f, ExecutionState s, Object acc, Object base) {
        return ClassSupport.getPrivate(base, acc);
    }

    static Object setPrivate(Frame f, ExecutionState s, Object acc, Object base, Object name) {
        ClassSupport.setPrivate(base, name, acc);
        return acc;
    }

    static Object definePrivate(Frame f, ExecutionState s, Object acc, Object base, Object name) {
        ClassSupport.definePrivate(base, name, acc);
        return acc;
    }

    static Object hasPrivate(Frame f, ExecutionState s, Object acc, Object name) {
        return ClassSupport.hasPrivate(name, acc);
    }

    // ---- Operators ----

    private static Object binary(Frame f, int slot, Object a, Object b, Object result) {
        FeedbackVector fv = feedback(f);
        if (fv != null) fv.recordBinary(slot, a, b, result);
        return result;
    }

    private static Object unary(Frame f, int slot, Object a, Object result) {
        FeedbackVector fv = feedback(f);
        if (fv != null) fv.recordUnary(slot, a, result);
        return result;
    }

    static Object add(Frame f, ExecutionState s, Object acc, Object a, int slot) { return binary(f, slot, a, acc, JsOps.add(a, acc)); }
    static Object sub(Frame f, ExecutionState s, Object acc, Object a, int slot) { return binary(f, slot, a, acc, JsOps.sub(a, acc)); }
    static Object mul(Frame f, ExecutionState s, Object acc, Object a, int slot) { return binary(f, slot, a, acc, JsOps.mul(a, acc)); }
    static Object div(Frame f, ExecutionState s, Object acc, Object a, int slot) { return binary(f, slot, a, acc, JsOps.div(a, acc)); }
    static Object mod(Frame f, ExecutionState s, Object acc, Object a, int slot) { return binary(f, slot, a, acc, JsOps.mod(a, acc)); }
    static Object exp(Frame f, ExecutionState s, Object acc, Object a, int slot) { return binary(f, slot, a, acc, JsOps.exp(a, acc)); }
    static Object bitAnd(Frame f, ExecutionState s, Object acc, Object a, int slot) { return binary(f, slot, a, acc, JsOps.bitAnd(a, acc)); }
    static Object bitOr(Frame f, ExecutionState s, Object acc, Object a, int slot) { return binary(f, slot, a, acc, JsOps.bitOr(a, acc)); }
    static Object bitXor(Frame f, ExecutionState s, Object acc, Object a, int slot) { return binary(f, slot, a, acc, JsOps.bitXor(a, acc)); }
    static Object shl(Frame f, ExecutionState s, Object acc, Object a, int slot) { return binary(f, slot, a, acc, JsOps.shl(a, acc)); }
    static Object sar(Frame f, ExecutionState s, Object acc, Object a, int slot) { return binary(f, slot, a, acc, JsOps.sar(a, acc)); }
    static Object shr(Frame f, ExecutionState s, Object acc, Object a, int slot) { return binary(f, slot, a, acc, JsOps.shr(a, acc)); }
    static Object addSmi(Frame f, ExecutionState s, Object acc, int value, int slot) { return binary(f, slot, acc, value, JsOps.add(acc, value)); }
    static Object eq(Frame f, ExecutionState s, Object acc, Object a, int slot) { return binary(f, slot, a, acc, JsOps.looseEquals(a, acc)); }
    static Object strictEq(Frame f, ExecutionState s, Object acc, Object a, int slot) { return binary(f, slot, a, acc, JsOps.strictEquals(a, acc)); }
    static Object lt(Frame f, ExecutionState s, Object acc, Object a, int slot) { return binary(f, slot, a, acc, JsOps.lessThan(a, acc)); }
    static Object gt(Frame f, ExecutionState s, Object acc, Object a, int slot) { return binary(f, slot, a, acc, JsOps.greaterThan(a, acc)); }
    static Object le(Frame f, ExecutionState s, Object acc, Object a, int slot) { return binary(f, slot, a, acc, JsOps.lessOrEqual(a, acc)); }
    static Object ge(Frame f, ExecutionState s, Object acc, Object a, int slot) { return binary(f, slot, a, acc, JsOps.greaterOrEqual(a, acc)); }
    static Object in(Frame f, ExecutionState s, Object acc, Object key, int slot) { return JsOps.hasProperty(key, acc); }
    static Object instanceof_(Frame f, ExecutionState s, Object acc, Object value, int slot) { return JsOps.instanceOf(value, acc); }
    static Object inc(Frame f, ExecutionState s, Object acc, int slot) { return unary(f, slot, acc, JsOps.inc(acc)); }
    static Object dec(Frame f, ExecutionState s, Object acc, int slot) { return unary(f, slot, acc, JsOps.dec(acc)); }
    static Object negate(Frame f, ExecutionState s, Object acc, int slot) { return unary(f, slot, acc, JsOps.negate(acc)); }
    static Object bitNot(Frame f, ExecutionState s, Object acc, int slot) { return unary(f, slot, acc, JsOps.bitNot(acc)); }
    static Object toNumeric(Frame f, ExecutionState s, Object acc, int slot) { return unary(f, slot, acc, JsOps.toNumeric(acc)); }
    static Object toNumber(Frame f, ExecutionState s, Object acc, int slot) { return unary(f, slot, acc, JsOps.toNumberValue(acc)); }
    static Object not(Frame f, ExecutionState s, Object acc) { return !JsOps.toBoolean(acc); }
    static Object typeof(Frame f, ExecutionState s, Object acc) { return JsOps.typeof(acc); }
    static Object toString(Frame f, ExecutionState s, Object acc) { return acc instanceof CharSequence ? acc : JsOps.toString(acc); }
    static Object toPropertyKey(Frame f, ExecutionState s, Object acc) { return JsOps.toPropertyKey(acc); }
    static Object toObject(Frame f, ExecutionState s, Object acc) { return JsOps.toObject(f.closure.realm, acc); }

    // ---- Control ----

    /** Tier 2's megamorphic load (Op.MEGAMORPHIC_LOAD): the value, or null to deoptimize. */
    static Object megamorphicLoad(Object cache, ExecutionState s, Object receiver) {
        return ((dev.piste.ic.PropertyCache) cache).loadDataWithoutFrame(s.ic, receiver);
    }

    /** Tier 2's megamorphic store (Op.MEGAMORPHIC_STORE): whether it was made (else the code deoptimizes). */
    static boolean megamorphicStore(Object cache, ExecutionState s, Object receiver, Object value) {
        return ((dev.piste.ic.PropertyCache) cache).storeDataWithoutFrame(s.ic, receiver, value);
    }

    /**
     * A loop back edge of inlined or frameless code (no frame of its own), once an interrupt was requested: a
     * profiler sample is taken here (of the frame on top, the caller's); a termination is left for the
     * interpreter (true: the code deoptimizes, and the interpreter's back edge throws it).
     */
    static boolean interruptWithoutFrame(ExecutionState s) {
        if (s.terminationPending()) return true;
        s.checkInterrupt();
        return false;
    }

    /** A loop back edge in compiled code: profiling counters and the interrupt check. */
    static void backEdge(Frame f, ExecutionState s) {
        BytecodeFunction fn = f.code;
        if (fn.hotness != Integer.MAX_VALUE) fn.hotness++;
        if (++fn.backEdgeCount > Interpreter.BACK_EDGES_FOR_FEEDBACK && fn.feedback == null) Interpreter.allocateFeedback(s, fn);
        if (s.interruptRequested) s.checkInterrupt();
    }

    /**
     * A back edge of tier-1 code: counts like {@link #backEdge}; returns true when the function is due
     * for tier 2 at this loop ({@link TierUp#onHotLoopInTierOne}): the code then leaves through
     * {@link #leaveForOsr}, and {@code run()} enters tier-2 code at the loop header.
     */
    static boolean backEdgeInTierOne(Frame f, ExecutionState s) {
        backEdge(f, s);
        BytecodeFunction fn = f.code;
        return fn.hotness >= fn.tierUpAt && s.tierUp != null && s.tierUp.onHotLoopInTierOne(fn);
    }

    /** Tier-1 code leaves its frame at the loop header for tier 2 (the registers are spilled after this). */
    static Object leaveForOsr(Frame f, int loopHeader, Object acc) {
        f.pc = loopHeader;
        f.accumulator = acc;
        return Interpreter.OSR;
    }

    static boolean isTrue(Object acc) { return JsOps.toBoolean(acc); }
    static boolean isNullish(Object acc) { return JsOps.isNullish(acc); }
    static boolean isSmi(Object v, int value) { return v instanceof Integer i && i == value; }

    static JsException throwValue(Object acc) { return new JsException(acc); }

    /**
     * A guard of optimized code failed: the frame already holds the state before the instruction at pc
     * (registers, accumulator); the interpreter continues there.
     */
    static Object deoptimize(Frame f, int pc, int reason) {
        f.pc = pc;
        ExecutionState state = ExecutionState.of(f.closure.realm);
        if (state.tierUp != null) state.tierUp.deoptimized(f, pc, dev.piste.jit.opt.OptCompiler.DeoptReason.values()[reason]);
        return Interpreter.DEOPT;
    }

    /** The context a closure was made in (an inlined callee's). */
    static HeapContext contextOf(Object closure) { return ((Closure) closure).context; }

    /** A global variable through its cache, or null when the cache no longer finds it (tier 2 then deoptimizes). */
    /** A global variable's value by its cache, in the realm of the closure running; null when the cache does not know it. */
    static Object globalFromCache(Object closure, Object cache) { return ((dev.piste.ic.GlobalCache) cache).load(((Closure) closure).realm); }

    /** The this a sloppy-mode closure sees for thisArg (for inlined calls; the frame set-up does the same). */
    static Object sloppyThisOf(Object closure, Object thisArg) {
        return Operations.sloppyThis(((Closure) closure).realm, thisArg);
    }

    /** A closure's home object, or undefined (for inlined calls; the frame set-up does the same). */
    static Object homeObjectOf(Object closure) {
        JsObject home = ((Closure) closure).homeObject;
        return home == null ? Undefined.INSTANCE : home;
    }

    /**
     * A guard failed in code inlined into this frame's function: every frame of the chain is rebuilt from
     * values by the layout (a {@code jit.opt.InlinedExit}); the innermost runs to its end in the
     * interpreter, then each caller takes the value and goes on, and this frame continues in the
     * interpreter after its call.
     */
    static Object deoptimizeInlined(Frame f, int reason, Object layout, Object[] values) {
        var levels = ((dev.piste.jit.opt.InlinedExit) layout).levels();
        var top = levels.getFirst();
        writeLevel(f, top, values);
        ExecutionState state = ExecutionState.of(f.closure.realm);
        if (state.tierUp != null) {
            state.tierUp.deoptimized(f, top.pc(), dev.piste.jit.opt.OptCompiler.DeoptReason.values()[reason], levels.size(),
                levels.getLast().pc(), ((Closure) values[levels.getLast().closure()]).code);
        }
        Object result;
        try {
            result = finishInlinedLevel(state, levels, 1, values);
        } catch (Throwable t) {
            f.pc = top.pc();
            f.pc = unwind(t, f);
            return Interpreter.DEOPT;
        }
        f.pc = top.pc();
        Interpreter.completeCall(f, result);
        return Interpreter.DEOPT;
    }

    private static Object finishInlinedLevel(ExecutionState state, java.util.List<dev.piste.jit.opt.InlinedExit.Level> levels, int i, Object[] values) {
        var level = levels.get(i);
        Object[] args = new Object[level.arguments().length];
        for (int k = 0; k < args.length; k++) args[k] = values[level.arguments()[k]];
        Closure closure = (Closure) values[level.closure()];
        Object self = values[level.thisArg()];
        Frame frame = Interpreter.newFrame(closure, self, args, level.construct() ? closure : Undefined.INSTANCE);
        writeLevel(frame, level, values);
        java.util.function.Supplier<Object> inner = i + 1 < levels.size() ? () -> finishInlinedLevel(state, levels, i + 1, values) : null;
        Object result = Interpreter.finishDeoptimized(state, frame, inner);
        return level.construct() ? constructResult(result, self) : result;
    }

    /** The shape objects made by {@code new} of a constructor start with, or null when its prototype property is an accessor. */
    static Object initialShape(Object constructor) {
        JsObject proto = prototypeForNew((Closure) constructor);
        return proto == null ? null : JsObject.rootShapeFor(proto);
    }

    /** The prototype {@code new} gives objects of c, or null when c's prototype property is an accessor (reading it could run JavaScript). */
    private static JsObject prototypeForNew(Closure c) {
        int slot = c.shape().lookup("prototype");
        if (slot < 0 || dev.piste.runtime.objects.PropertyAttributes.isAccessor(c.shape().attributesAt(slot))) return null;
        return c.slots()[slot] instanceof JsObject o ? o : c.realm.objectPrototype;
    }

    /** What {@code new} gives once the constructor returned result: result when it is an object, else the object made for it. */
    static Object constructResult(Object result, Object self) { return result instanceof JsObject ? result : self; }

    /**
     * The object {@code new} makes for a constructor (a plain function or a base class without fields,
     * inlined by tier 2), or null when its prototype property is not a plain data property (reading it
     * could run JavaScript): tier 2 then deoptimizes.
     */
    static Object allocateThis(Object constructor) {
        JsObject proto = prototypeForNew((Closure) constructor);
        return proto == null ? null : new JsObject(proto);
    }

    private static void writeLevel(Frame f, dev.piste.jit.opt.InlinedExit.Level level, Object[] values) {
        int[] registers = level.registers();
        for (int r = 0; r < registers.length; r++) if (registers[r] >= 0) f.registers[r] = values[registers[r]];
        f.accumulator = values[level.accumulator()];
        f.pc = level.pc();
    }

    /**
     * Tier-2 code caught t thrown by the instruction at pc, inside a try block; the frame holds the
     * state before that instruction. The interpreter continues the frame at the handler (the code
     * stays installed: nothing was wrong with it).
     */
    static Object catchInInterpreter(Frame f, int pc, Throwable t) {
        f.pc = pc;
        f.pc = unwind(t, f);
        return Interpreter.DEOPT;
    }

    /** --stress-deopt: whether optimized code deoptimizes before this instruction (seeded, about one check in five). */
    static boolean stressDeopt(ExecutionState s) {
        return s.stressDeopt != null && s.stressDeopt.nextInt(5) == 0;
    }

    /** Compiled code leaves a chunk for {@code target}: execute() continues in the chunk that holds it. */
    static Object leaveChunk(Frame f, int target, Object acc, int chunkStart, int chunkEnd) {
        if (target >= chunkStart && target < chunkEnd) throw new IllegalStateException("pc " + target + " is not an entry point of " + f.code);
        f.pc = target;
        f.accumulator = acc;
        return CompiledCode.CONTINUE;
    }

    static Object debugger(Frame f, ExecutionState s, Object acc) { return acc; }

    /**
     * Where execution goes after {@code t} was thrown at {@code frame.pc}: the handler's pc, with the
     * exception (materialized as an Error object) in {@code frame.accumulator}; rethrows when the
     * function has no handler there, recording the frame for the stack trace.
     */
    static int unwind(Throwable t, Frame frame) {
        int opPc = frame.pc;
        Realm realm = frame.closure.realm;
        JsException e;
        if (t instanceof JsException js) {
            e = js;
        } else if (t instanceof StackOverflowError) {
            e = JsException.rangeError("Maximum call stack size exceeded");
            if (frame.code.handlerFor(opPc) < 0) throw e;
        } else if (t instanceof Rope.StringTooLongException) {
            e = JsException.rangeError("Invalid string length");
        } else {
            throw sneaky(t);
        }
        int handler = frame.code.handlerFor(opPc);
        if (handler < 0) {
            if (e.valueOrNull() == null) StackTraces.addEntries(e.unwound, frame, opPc);
            frame.pc = opPc;
            throw e;
        }
        frame.accumulator = Errors.materialize(realm, e, frame, opPc);
        return handler;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T { throw (T) t; }

    /** Throws t as it is (checked or not); declared to return so that callers can write {@code throw rethrow(t)}. */
    static RuntimeException rethrow(Throwable t) { throw sneaky(t); }

    // ---- Calls ----

    // The arguments of CALL, NEW and SUPER_CALL are a register range, read from frame.registers.

    static Object call(Frame f, ExecutionState s, Object acc, Object function, Object thisArg, int first, int count, int slot) {
        return callRecorded(f, s, function, thisArg, f.registers, first, count, slot, false);
    }

    static Object callSpread(Frame f, ExecutionState s, Object acc, Object function, Object thisArg, Object array, int slot) {
        // The array is the one the spread just built: reading it runs no code, before or after the callee check.
        Object[] args = Operations.arrayToArguments(array);
        return callRecorded(f, s, function, thisArg, args, 0, args.length, slot, true);
    }

    /**
     * CALL made by tier-2 frameless code at a site of its own function, of a callee it was not compiled
     * for: f is the frame that stands for the code while it calls (Interpreter.callerFrame, at the
     * call's position), args a new array of exactly the arguments.
     */
    static Object callFromFrameless(Frame f, ExecutionState s, Object function, Object thisArg, Object[] args, int slot) {
        return callRecorded(f, s, function, thisArg, args, 0, args.length, slot, true);
    }

    /**
     * Calls function with args[first, first + count), recording the target at the site's feedback slot;
     * a closure that allows it is entered directly. args is copied for other callees unless it is a
     * fresh array of exactly the arguments (argsFresh), which nothing else holds.
     */
    private static Object callRecorded(Frame f, ExecutionState s, Object function, Object thisArg, Object[] args, int first, int count, int slot,
                                       boolean argsFresh) {
        if (!(function instanceof JsFunction callee)) throw Operations.notCallable(f.code, f.pc, function, false);
        FeedbackVector fv = feedback(f);
        if (fv != null) fv.call(slot).record(s.ic, callee);
        if (f.tier == 2 && s.tierUp != null) s.tierUp.calleeGotCode(f, slot);
        return callee instanceof Closure closure && closure.directCallable
            ? Interpreter.callDirect(s, closure, thisArg, args, first, count)
            : callee.call(thisArg, argsFresh ? args : Arrays.copyOfRange(args, first, first + count));
    }

    static Object new_(Frame f, ExecutionState s, Object acc, Object function, int first, int count, int slot) {
        if (!(function instanceof JsFunction callee) || !callee.isConstructor()) throw Operations.notCallable(f.code, f.pc, function, true);
        FeedbackVector fv = feedback(f);
        if (fv != null) fv.call(slot).record(s.ic, callee);
        return callee.construct(Arrays.copyOfRange(f.registers, first, first + count), callee);
    }

    static Object newSpread(Frame f, ExecutionState s, Object acc, Object function, Object array, int slot) {
        if (!(function instanceof JsFunction callee) || !callee.isConstructor()) throw Operations.notCallable(f.code, f.pc, function, true);
        return callee.construct(Operations.arrayToArguments(array), callee);
    }

    static Object superCall(Frame f, ExecutionState s, Object acc, Object function, Object newTarget, int first, int count, int slot) {
        return ClassSupport.superCall(function, newTarget, Arrays.copyOfRange(f.registers, first, first + count));
    }

    static Object superCallSpread(Frame f, ExecutionState s, Object acc, Object function, Object newTarget, Object array, int slot) {
        return ClassSupport.superCall(function, newTarget, Operations.arrayToArguments(array));
    }

    static Object callRuntime(Frame f, ExecutionState s, Object acc, int id, int first, int count) {
        return RuntimeCalls.call(f, id, first, count, acc);
    }

    // ---- Creation ----

    static Object createClosure(Frame f, ExecutionState s, Object acc, int index) {
        return Operations.createClosure(f.closure.realm, (BytecodeFunction) constant(f, index), f.context);
    }

    static Object createObject(Frame f, ExecutionState s, Object acc) { return new JsObject(f.closure.realm.objectPrototype); }

    /** An object literal's new object in the realm of the closure running, or null when its objects do not start with shape (tier 2 then deoptimizes). */
    static Object newObjectOfShape(Object closure, Object shape) {
        JsObject o = new JsObject(((Closure) closure).realm.objectPrototype);
        return o.shape() == shape ? o : null;
    }
    static Object createArray(Frame f, ExecutionState s, Object acc) { return new JsArray(f.closure.realm.arrayPrototype); }

    static Object arrayPush(Frame f, ExecutionState s, Object acc, Object array) {
        ((JsArray) array).push(acc);
        return acc;
    }

    static Object arrayPushHole(Frame f, ExecutionState s, Object acc, Object array) {
        ((JsArray) array).pushHole();
        return acc;
    }

    static Object arraySpread(Frame f, ExecutionState s, Object acc, Object array) {
        Iteration.spreadInto(f.closure.realm, (JsArray) array, acc, f.code.calleeTexts.get(f.pc));
        return acc;
    }

    static Object copyDataProperties(Frame f, ExecutionState s, Object acc, Object target, Object excludedKeys) {
        Operations.copyDataProperties(f.closure.realm, (JsObject) target, acc, excludedKeys);
        return acc;
    }

    static Object createRegexp(Frame f, ExecutionState s, Object acc, int pattern, int flags) {
        return Operations.createRegExp(f.closure.realm, (String) constant(f, pattern), (String) constant(f, flags));
    }

    static Object getTemplateObject(Frame f, ExecutionState s, Object acc, int site) {
        return Operations.templateObject(f.closure.realm, constant(f, site));
    }

    static Object createArguments(Frame f, ExecutionState s, Object acc, int mapped) { return Operations.createArguments(f, mapped != 0); }
    static Object createRest(Frame f, ExecutionState s, Object acc, int from) { return Operations.createRest(f.closure.realm, f.arguments, from); }

    // ---- Iteration ----

    static Object getIterator(Frame f, ExecutionState s, Object acc, int reg) {
        Iteration.getIterator(f.closure.realm, acc, f.registers, reg, f.code.calleeTexts.get(f.pc));
        return acc;
    }

    static Object getAsyncIterator(Frame f, ExecutionState s, Object acc, int reg) {
        AsyncGenerators.getAsyncIterator(f.closure.realm, acc, f.registers, reg);
        return acc;
    }

    static Object iteratorNext(Frame f, ExecutionState s, Object acc, int reg, int doneReg) {
        return Iteration.next(f.closure.realm, f.registers, reg, doneReg);
    }

    static Object iteratorClose(Frame f, ExecutionState s, Object acc, Object iterator) {
        Iteration.close(iterator, false);
        return acc;
    }

    static Object iteratorCloseQuietly(Frame f, ExecutionState s, Object acc, Object iterator) {
        Iteration.close(iterator, true);
        return acc;
    }

    static Object forInPrepare(Frame f, ExecutionState s, Object acc, int reg) {
        f.registers[reg] = ForInEnumerator.of(f.closure.realm, acc);
        return acc;
    }

    /** The next key of a for-in enumerator, or null when it is exhausted. */
    static Object forInNext(Object enumerator) { return ((ForInEnumerator) enumerator).next(); }

    // ---- Generators: the frame is left ready to resume at the next instruction ----

    static Object suspend(Frame f, Object acc, int modeReg, int resultObject, int resumePc) {
        f.resumeModeRegister = modeReg;
        f.yieldedResultObject = resultObject != 0;
        f.pc = resumePc;
        f.accumulator = acc;
        return Interpreter.SUSPENDED;
    }

    static Object await(Frame f, Object acc, int modeReg, int resumePc) {
        f.resumeModeRegister = modeReg;
        f.yieldedResultObject = false;
        f.awaiting = true;
        f.pc = resumePc;
        f.accumulator = acc;
        return Interpreter.SUSPENDED;
    }

    static Object generatorStart(Frame f, Object acc, int resumePc) {
        f.pc = resumePc;
        f.accumulator = acc;
        return Interpreter.SUSPENDED;
    }
}
