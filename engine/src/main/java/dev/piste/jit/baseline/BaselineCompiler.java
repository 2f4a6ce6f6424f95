package dev.piste.jit.baseline;

import dev.piste.bytecode.BytecodeFunction;
import dev.piste.bytecode.Opcode;
import dev.piste.bytecode.OperandFormat;
import dev.piste.ic.FeedbackVector;
import dev.piste.ic.PropertyCache;
import dev.piste.jit.JvmCode;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

import static java.lang.constant.ConstantDescs.CD_Boolean;
import static java.lang.constant.ConstantDescs.CD_Integer;
import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_Throwable;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_void;

/**
 * Tier 1: translates a function's bytecode into JVM bytecode, one class per function, for HotSpot to
 * compile to machine code.
 *
 * <p>The generated code keeps the interpreter's frame layout: the heap context stays in
 * {@code frame.context}, {@code frame.pc} is written before every instruction that may call out or
 * throw (stack traces, exception handlers), and registers live in JVM locals between the points
 * where the frame must be complete: they are loaded from {@code frame.registers} when a chunk is
 * entered and stored back when it is left (return to {@code execute}, suspension). Registers that
 * steps reach by index stay in the frame ({@link #frameResident}). What an instruction does is the
 * interpreter's own {@code Steps} method; what tier 1 removes is the dispatch (operand decoding, the
 * switch, the per-instruction bookkeeping of the loop) and the register file's memory traffic.
 *
 * <p>Shape of the output: the function's instructions are cut into chunks, each a static method
 * {@code (Frame, ExecutionState) -> Object} small enough for HotSpot to compile (it leaves methods
 * over 8,000 bytes of bytecode in its interpreter). A chunk starts with a switch on {@code frame.pc}
 * over its entry points (the function start, jump targets, exception handlers, resume points after
 * a suspension, and its own first instruction), so compiled code can be entered where the interpreter
 * stands: on-stack replacement and generator resumption use the same entries. A jump out of a chunk,
 * or an exception handled in another chunk, stores pc and accumulator in the frame and returns
 * {@code CompiledCode.CONTINUE}; {@code execute} then calls the chunk that holds the new pc.
 */
public final class BaselineCompiler {
    private BaselineCompiler() {}

    /** Generated classes are named after this one and live in its package (hidden classes add a suffix). */
    public static final String CLASS_NAME = "dev.piste.interp.BaselineCode";

    private static final ClassDesc CD_THIS = ClassDesc.of(CLASS_NAME);

    /** Instructions with an inline int32 path (see ChunkEmitter#inlineInt32). */
    private static final java.util.Set<Opcode> INT32_INLINE = java.util.EnumSet.of(Opcode.ADD, Opcode.SUB, Opcode.ADD_SMI,
        Opcode.INC, Opcode.DEC, Opcode.BIT_AND, Opcode.BIT_OR, Opcode.BIT_XOR, Opcode.LT, Opcode.GT, Opcode.LE, Opcode.GE, Opcode.STRICT_EQ);
    private static final MethodTypeDesc CHUNK_TYPE = MethodTypeDesc.of(CD_Object, JvmCode.FRAME, JvmCode.STATE);

    // Locals of a chunk method.
    private static final int FRAME = 0, STATE = 1, REGS = 2, ACC = 3, TARGET = 4, CONSTANTS = 5, TEMP = 6, FIRST_REGISTER = 7;

    /** HotSpot compiles methods up to this many bytes of bytecode ({@code -XX:-DontCompileHugeMethods} aside). */
    public static final int HUGE_METHOD_LIMIT = 8000;
    /**
     * Estimated JVM bytes per chunk. HotSpot's limit is 8,000 bytes, but it compiles smaller methods
     * sooner and better (C1 gives up on large ones with many locals: "too many stack slots used"),
     * which outweighs the cost of jumps between chunks: on the benchmark suite 3,000 beat 4,500, 6,000
     * and 7,200 (constraints 160-240 ms against 400-570 ms at 7,200) and 2,000.
     */
    private static final int FIRST_CHUNK_BUDGET = 3000;

    /** How tier 1 translates an opcode. The switch is exhaustive: an opcode without a translation does not compile. */
    public enum Translation {
        /** Emitted as JVM instructions on registers and the accumulator. */
        INLINE,
        /** A conditional or unconditional jump. */
        BRANCH,
        /** Leaves the method: return, throw or suspension. */
        EXIT,
        /** A call of the opcode's {@code Steps} method (see {@link #stepMethodName}). */
        STEP
    }

    public static Translation translation(Opcode op) {
        return switch (op) {
            case LDA_CONST, LDA_SMI, LDA_UNDEFINED, LDA_NULL, LDA_TRUE, LDA_FALSE, LDA_HOLE, LDA, STA, MOV, DEBUGGER,
                 SAVE_CONTEXT, RESTORE_CONTEXT -> Translation.INLINE;
            case JUMP, LOOP, JUMP_IF_TRUE, JUMP_IF_FALSE, JUMP_IF_NULLISH, JUMP_IF_NOT_NULLISH, JUMP_IF_UNDEFINED,
                 JUMP_IF_NOT_UNDEFINED, JUMP_IF_HOLE, JUMP_IF_REG_SMI, FOR_IN_NEXT -> Translation.BRANCH;
            case RETURN, THROW, SUSPEND, AWAIT, GENERATOR_START -> Translation.EXIT;
            case LDA_CONTEXT, STA_CONTEXT, LDA_GLOBAL, TYPEOF_GLOBAL, STA_GLOBAL, DECLARE_GLOBAL, DECLARE_GLOBAL_LEXICAL,
                 INIT_GLOBAL_LEXICAL, CHECK_HOLE, THROW_CONST_ASSIGN, PUSH_CONTEXT, POP_CONTEXT, COPY_CONTEXT,
                 GET_NAMED, SET_NAMED, GET_KEYED, SET_KEYED, DEFINE_FIELD, DEFINE_NAMED, DEFINE_GETTER, DEFINE_SETTER,
                 DELETE_KEYED, GET_SUPER, SET_SUPER, GET_PRIVATE, SET_PRIVATE, DEFINE_PRIVATE, HAS_PRIVATE,
                 ADD, SUB, MUL, DIV, MOD, EXP, BIT_AND, BIT_OR, BIT_XOR, SHL, SAR, SHR, ADD_SMI,
                 EQ, STRICT_EQ, LT, GT, LE, GE, IN, INSTANCEOF, INC, DEC, NEGATE, BIT_NOT, TO_NUMERIC, TO_NUMBER,
                 NOT, TYPEOF, TO_STRING, TO_PROPERTY_KEY, TO_OBJECT,
                 CALL, CALL_SPREAD, NEW, NEW_SPREAD, SUPER_CALL, SUPER_CALL_SPREAD, CALL_RUNTIME,
                 CREATE_CLOSURE, CREATE_OBJECT, CREATE_ARRAY, ARRAY_PUSH, ARRAY_PUSH_HOLE, ARRAY_SPREAD,
                 COPY_DATA_PROPERTIES, CREATE_REGEXP, GET_TEMPLATE_OBJECT, CREATE_ARGUMENTS, CREATE_REST,
                 GET_ITERATOR, GET_ASYNC_ITERATOR, ITERATOR_NEXT, ITERATOR_CLOSE, ITERATOR_CLOSE_QUIETLY,
                 FOR_IN_PREPARE -> Translation.STEP;
        };
    }

    /** {@code GET_NAMED} → {@code getNamed}; Java keywords get a trailing underscore ({@code new_}, {@code instanceof_}). */
    public static String stepMethodName(Opcode op) {
        String[] parts = op.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        String name = sb.toString();
        return name.equals("new") || name.equals("instanceof") ? name + "_" : name;
    }

    /**
     * Whether the step of op receives operand i as a register's value. Register operands are passed
     * by value, except those a step reaches by index in {@code frame.registers}: the argument range of
     * calls and runtime calls, and the registers iteration steps write ({@link #frameResident}).
     */
    public static boolean passesValue(Opcode op, int i) {
        if (op.operand(i) != OperandFormat.REG) return false;
        return switch (op) {
            case CALL, SUPER_CALL -> i < 2;
            case NEW -> i < 1;
            case CALL_RUNTIME, GET_ITERATOR, GET_ASYNC_ITERATOR, ITERATOR_NEXT, FOR_IN_PREPARE, SUSPEND, AWAIT -> false;
            default -> true;
        };
    }

    /** The signature of a step: {@code (Frame, ExecutionState, Object acc, operand...) -> Object}. */
    public static MethodTypeDesc stepType(Opcode op) {
        ClassDesc[] params = new ClassDesc[3 + op.operandCount()];
        params[0] = JvmCode.FRAME;
        params[1] = JvmCode.STATE;
        params[2] = CD_Object;
        for (int i = 0; i < op.operandCount(); i++) params[3 + i] = passesValue(op, i) ? CD_Object : CD_int;
        return MethodTypeDesc.of(CD_Object, params);
    }

    /** Functions with more registers keep them all in the frame's array (entry and exit copy every local register). */
    static final int MAX_LOCAL_REGISTERS = 128;

    /**
     * The registers compiled code keeps in {@code frame.registers} rather than in JVM locals: those
     * steps reach by index (see {@link #passesValue}), and {@code this} of a derived constructor, which
     * the caller reads from the frame after the body returns. Every other register lives in a local
     * between the chunk's entry (loaded from the frame) and its exits (stored back).
     */
    public static BitSet frameResident(BytecodeFunction fn) { return frameRegisters(fn, true); }

    /**
     * The registers steps write by index (iterators, for-in enumerators), {@code this} of a derived
     * constructor, and all of them in a function with many: frameResident without the argument ranges
     * of calls, which tier 2 passes as values (stored into the frame by the call itself).
     */
    public static BitSet writtenByIndex(BytecodeFunction fn) { return frameRegisters(fn, false); }

    private static BitSet frameRegisters(BytecodeFunction fn, boolean argumentRanges) {
        BitSet resident = new BitSet(fn.registerCount);
        if (fn.registerCount > MAX_LOCAL_REGISTERS) { resident.set(0, fn.registerCount); return resident; }
        int[] code = fn.code;
        for (int pc = 0; pc < code.length; ) {
            Opcode op = Opcode.of(code[pc]);
            int arguments = op.argumentsOperand();
            if (arguments >= 0 && argumentRanges) resident.set(code[pc + 1 + arguments], code[pc + 1 + arguments] + code[pc + 2 + arguments]);
            switch (op) {
                case GET_ITERATOR, GET_ASYNC_ITERATOR, FOR_IN_PREPARE -> resident.set(code[pc + 1], code[pc + 1] + (op == Opcode.FOR_IN_PREPARE ? 1 : 2));
                case ITERATOR_NEXT -> { resident.set(code[pc + 1], code[pc + 1] + 2); resident.set(code[pc + 2]); }
                default -> {}
            }
            pc += op.length();
        }
        if (fn.flags.derived() && fn.thisRegister >= 0) resident.set(fn.thisRegister);
        return resident;
    }

    /** A function tier 1 does not compile, with the reason (reported by --trace-opt). */
    public static final class Refusal extends Exception {
        public Refusal(String reason) { super(reason, null, false, false); }
    }

    /**
     * The generated class and what is known about it ({@code jvmCodeBytes} is -1 when it was not
     * measured). {@code classData} must be passed to {@code defineHiddenClassWithClassData}: the
     * generated code loads its constants (the inline caches of its property sites) from it.
     */
    public record Output(byte[] classBytes, int chunks, int jvmCodeBytes, BitSet entries, List<Object> classData) {}

    public static Output compile(BytecodeFunction fn, boolean verify, ClassLoader loader) throws Refusal {
        int[] code = fn.code;
        if (code.length == 0) throw new Refusal("empty function");
        BitSet entries = entryPoints(fn);
        BitSet resident = frameResident(fn);
        int localRegisters = fn.registerCount - resident.cardinality();
        int budget = FIRST_CHUNK_BUDGET;
        for (int attempt = 0; attempt < 6; attempt++) {
            int[] starts = partition(code, entries, budget - 14 * localRegisters);
            BitSet withChunkStarts = (BitSet) entries.clone();
            for (int s : starts) withChunkStarts.set(s);
            List<Object> classData = new ArrayList<>();
            byte[] bytes = generate(fn, starts, withChunkStarts, resident, loader, classData);
            if (!verify && estimate(code, withChunkStarts) + 14 * localRegisters < HUGE_METHOD_LIMIT / 2) {
                // Far below the limit: no need to measure the methods.
                return new Output(bytes, starts.length, -1, withChunkStarts, classData);
            }
            ClassModel model = ClassFile.of().parse(bytes);
            int largest = 0, total = 0;
            for (MethodModel m : model.methods()) {
                int length = m.code().map(c -> ((CodeAttribute) c).codeLength()).orElse(0);
                total += length;
                if (m.methodName().stringValue().startsWith("c")) largest = Math.max(largest, length);
            }
            if (largest >= HUGE_METHOD_LIMIT) { budget = budget * 3 / 5; continue; }
            if (verify) {
                var errors = JvmCode.verify(bytes, CD_THIS, loader);
                if (!errors.isEmpty()) throw new Refusal("generated code does not verify: " + errors.getFirst().getMessage());
            }
            return new Output(bytes, starts.length, total, withChunkStarts, classData);
        }
        throw new Refusal("no chunking keeps every method under " + HUGE_METHOD_LIMIT + " bytes");
    }

    /** The bytes of JVM code in all methods of a generated class. */
    public static int codeBytes(byte[] classBytes) {
        int total = 0;
        for (MethodModel m : ClassFile.of().parse(classBytes).methods()) total += m.code().map(c -> ((CodeAttribute) c).codeLength()).orElse(0);
        return total;
    }

    /** Where compiled code can be entered: the start, jump targets, handlers, and the pc after each suspension. */
    static BitSet entryPoints(BytecodeFunction fn) {
        int[] code = fn.code;
        BitSet entries = new BitSet(code.length);
        entries.set(0);
        for (int pc = 0; pc < code.length; ) {
            Opcode op = Opcode.of(code[pc]);
            for (int i = 0; i < op.operandCount(); i++) if (op.operand(i) == OperandFormat.JUMP) entries.set(code[pc + 1 + i]);
            if (op == Opcode.SUSPEND || op == Opcode.AWAIT || op == Opcode.GENERATOR_START) entries.set(pc + op.length());
            pc += op.length();
        }
        for (int i = 0; i + 2 < fn.handlers.length; i += 3) entries.set(fn.handlers[i + 2]);
        entries.clear(code.length, Integer.MAX_VALUE);
        return entries;
    }

    /** An estimate of the JVM code of one instruction (see {@link ChunkEmitter#instruction}). */
    private static int estimate(Opcode op, boolean entry) {
        int size = switch (translation(op)) {
            case INLINE -> 6;
            case BRANCH -> 12 + (op == Opcode.LOOP ? 32 : 0) + 14; // with the stub of a jump out of the chunk
            case EXIT -> 14;
            case STEP -> 16 + 3 * op.operandCount() + (op == Opcode.GET_NAMED || op == Opcode.SET_NAMED ? 36 : 0)
                + (INT32_INLINE.contains(op) ? 60 : 0);
        };
        return size + (entry ? 8 : 0);
    }

    /** An estimate of the JVM code of the whole function. */
    private static int estimate(int[] code, BitSet entries) {
        int total = 0;
        for (int pc = 0; pc < code.length; pc += Opcode.of(code[pc]).length()) total += estimate(Opcode.of(code[pc]), entries.get(pc));
        return total;
    }

    /**
     * Chunk start pcs: a chunk ends before its estimated JVM code passes the budget. A jump between
     * chunks stores and reloads every register, so cuts go where the fewest loops enclose the
     * instruction, the latest such place in the second half of the chunk.
     */
    private static int[] partition(int[] code, BitSet entries, int budget) {
        int[] depth = loopDepths(code);
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int chunkStart = 0, estimate = 0, best = -1, bestEstimate = 0;
        for (int pc = 0; pc < code.length; ) {
            Opcode op = Opcode.of(code[pc]);
            int size = estimate(op, entries.get(pc));
            if (estimate + size > budget && estimate > 0) {
                int cut = best > chunkStart ? best : pc;
                starts.add(cut);
                estimate = cut == pc ? 0 : estimate - bestEstimate;
                chunkStart = cut;
                best = -1;
            }
            if (estimate >= budget / 2 && (best <= chunkStart || depth[pc] <= depth[best])) { best = pc; bestEstimate = estimate; }
            estimate += size;
            pc += op.length();
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** For each pc, how many loops (a LOOP instruction's target up to the LOOP itself) enclose it. */
    private static int[] loopDepths(int[] code) {
        int[] delta = new int[code.length + 1];
        for (int pc = 0; pc < code.length; pc += Opcode.of(code[pc]).length()) {
            if (Opcode.of(code[pc]) == Opcode.LOOP && code[pc + 1] <= pc) {
                delta[code[pc + 1]]++;
                delta[pc + Opcode.LOOP.length()]--;
            }
        }
        int[] depth = new int[code.length];
        for (int pc = 0, d = 0; pc < code.length; pc++) { d += delta[pc]; depth[pc] = d; }
        return depth;
    }

    private static byte[] generate(BytecodeFunction fn, int[] starts, BitSet entries, BitSet resident, ClassLoader loader, List<Object> classData) {
        return JvmCode.classFile(loader).build(CD_THIS, cb -> {
            cb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SYNTHETIC);
            cb.withSuperclass(JvmCode.COMPILED);
            cb.withMethodBody("<init>", MethodTypeDesc.of(CD_void), ClassFile.ACC_PUBLIC,
                b -> b.aload(0).invokespecial(JvmCode.COMPILED, "<init>", MethodTypeDesc.of(CD_void)).return_());
            cb.withMethodBody("execute", CHUNK_TYPE, ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL, b -> emitExecute(b, starts));
            for (int i = 0; i < starts.length; i++) {
                int start = starts[i], end = i + 1 < starts.length ? starts[i + 1] : fn.code.length;
                cb.withMethodBody("c" + i, CHUNK_TYPE, ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC,
                    b -> new ChunkEmitter(fn, b, start, end, entries, resident, classData).emit());
            }
        });
    }

    /** {@code execute(frame, state)}: runs chunks until one returns something other than CONTINUE. */
    private static void emitExecute(CodeBuilder b, int[] starts) {
        if (starts.length == 1) {
            b.aload(1).aload(2).invokestatic(CD_THIS, "c0", CHUNK_TYPE).areturn();
            return;
        }
        Label loop = b.newLabel(), check = b.newLabel();
        b.labelBinding(loop);
        b.aload(1).getfield(JvmCode.FRAME, "pc", CD_int).istore(3);
        for (int i = 0; i < starts.length; i++) {
            Label next = b.newLabel();
            if (i + 1 < starts.length) b.iload(3).loadConstant(starts[i + 1]).if_icmpge(next);
            b.aload(1).aload(2).invokestatic(CD_THIS, "c" + i, CHUNK_TYPE).astore(4).goto_(check);
            b.labelBinding(next);
        }
        b.labelBinding(check);
        b.aload(4).getstatic(JvmCode.COMPILED, "CONTINUE", CD_Object).if_acmpeq(loop);
        b.aload(4).areturn();
    }

    /** Emits one chunk: instructions [start, end) of the function. */
    private static final class ChunkEmitter {
        final BytecodeFunction fn;
        final CodeBuilder b;
        final int start, end;
        final BitSet entries;
        final BitSet resident;
        final Label[] labels;
        /** Jumps that leave the chunk: their stubs are emitted after the body. */
        final List<Integer> exitTargets = new ArrayList<>();
        final List<Label> exitLabels = new ArrayList<>();
        /** Stores the local registers back into the frame, then returns the value in TEMP. */
        final Label spillAndReturn;
        /** Constants of the class, shared by its chunks. */
        final List<Object> classData;

        ChunkEmitter(BytecodeFunction fn, CodeBuilder b, int start, int end, BitSet entries, BitSet resident, List<Object> classData) {
            this.fn = fn; this.b = b; this.start = start; this.end = end; this.entries = entries; this.resident = resident;
            this.classData = classData;
            this.labels = new Label[end - start];
            this.spillAndReturn = b.newLabel();
        }

        Label label(int pc) {
            if (pc >= start && pc < end) {
                Label l = labels[pc - start];
                if (l == null) labels[pc - start] = l = b.newLabel();
                return l;
            }
            Label stub = b.newLabel();
            exitTargets.add(pc);
            exitLabels.add(stub);
            return stub;
        }

        void emit() {
            int[] code = fn.code;
            b.aload(FRAME).getfield(JvmCode.FRAME, "registers", JvmCode.OBJECT_ARRAY).astore(REGS);
            b.aload(FRAME).getfield(JvmCode.FRAME, "code", JvmCode.FUNCTION).getfield(JvmCode.FUNCTION, "constants", JvmCode.OBJECT_ARRAY).astore(CONSTANTS);
            b.aload(FRAME).getfield(JvmCode.FRAME, "accumulator", CD_Object).astore(ACC);
            b.aload(FRAME).getfield(JvmCode.FRAME, "pc", CD_int).istore(TARGET);
            b.aconst_null().astore(TEMP);
            for (int i = 0; i < fn.registerCount; i++) if (!resident.get(i)) b.aload(REGS).loadConstant(i).aaload().astore(FIRST_REGISTER + i);
            Label dispatch = b.newLabel(), outside = b.newLabel(), tryStart = b.newLabel(), tryEnd = b.newLabel(), handler = b.newLabel();
            b.labelBinding(dispatch);
            List<SwitchCase> cases = new ArrayList<>();
            for (int pc = entries.nextSetBit(start); pc >= 0 && pc < end; pc = entries.nextSetBit(pc + 1)) cases.add(SwitchCase.of(pc, label(pc)));
            b.iload(TARGET).lookupswitch(outside, cases);
            b.labelBinding(tryStart);
            int pc = start;
            boolean fallsThrough = true;
            while (pc < end) {
                Opcode op = Opcode.of(code[pc]);
                b.labelBinding(label(pc));
                instruction(op, pc);
                fallsThrough = !op.isTerminator() && translation(op) != Translation.EXIT;
                pc += op.length();
            }
            if (fallsThrough) b.goto_(label(end));
            b.labelBinding(tryEnd);
            b.exceptionCatchAll(tryStart, tryEnd, handler);
            // An exception: Steps.unwind finds the handler (or rethrows); the locals still hold the registers.
            b.labelBinding(handler);
            b.aload(FRAME).invokestatic(JvmCode.STEPS, "unwind", MethodTypeDesc.of(CD_int, CD_Throwable, JvmCode.FRAME)).istore(TARGET);
            b.aload(FRAME).getfield(JvmCode.FRAME, "accumulator", CD_Object).astore(ACC);
            b.goto_(dispatch);
            // A pc this chunk does not hold: hand it back to execute().
            b.labelBinding(outside);
            leave(() -> b.iload(TARGET));
            for (int i = 0; i < exitTargets.size(); i++) {
                int target = exitTargets.get(i);
                b.labelBinding(exitLabels.get(i));
                leave(() -> b.loadConstant(target));
            }
            b.labelBinding(spillAndReturn);
            for (int i = 0; i < fn.registerCount; i++) if (!resident.get(i)) b.aload(REGS).loadConstant(i).aload(FIRST_REGISTER + i).aastore();
            b.aload(TEMP).areturn();
        }

        private void leave(Runnable pushTarget) {
            b.aload(FRAME);
            pushTarget.run();
            b.aload(ACC).loadConstant(start).loadConstant(end)
                .invokestatic(JvmCode.STEPS, "leaveChunk", MethodTypeDesc.of(CD_Object, JvmCode.FRAME, CD_int, CD_Object, CD_int, CD_int))
                .astore(TEMP).goto_(spillAndReturn);
        }

        /** The monomorphic case of a named load or store, inline ({@link JvmCode#monomorphicProperty}); else the step. */
        private void inlineMonomorphic(Opcode op, int baseRegister, PropertyCache cache, Label done) {
            Label slow = b.newLabel();
            loadRegister(baseRegister);
            b.astore(TEMP);
            JvmCode.monomorphicProperty(b, JvmCode.classData(classData, cache, JvmCode.PROPERTY_CACHE), op == Opcode.GET_NAMED,
                () -> b.aload(TEMP), () -> b.aload(ACC), slow);
            if (op == Opcode.GET_NAMED) b.astore(ACC);
            b.goto_(done);
            b.labelBinding(slow);
        }

        /**
         * Arithmetic, bitwise and comparison instructions on two int32 values, inline: no call, no
         * boolean boxing, and a comparison followed by a conditional jump branches on the int compare
         * directly. An int32 result that overflows, or any other operand, takes the full step. The
         * site's feedback records int32 as the step would.
         */
        private void inlineInt32(Opcode op, int pc, FeedbackVector fv, Label done) {
            int[] code = fn.code;
            int intA = FIRST_REGISTER + fn.registerCount, intB = intA + 1, intR = intA + 2;
            Label slow = b.newLabel();
            boolean unary = op == Opcode.INC || op == Opcode.DEC;
            int slot = unary ? code[pc + 1] : code[pc + 2];
            if (op == Opcode.ADD_SMI || unary) b.aload(ACC); else loadRegister(code[pc + 1]);
            b.astore(TEMP).aload(TEMP).instanceOf(CD_Integer).ifeq(slow);
            if (op != Opcode.ADD_SMI && !unary) b.aload(ACC).instanceOf(CD_Integer).ifeq(slow);
            b.aload(TEMP).checkcast(CD_Integer).invokevirtual(CD_Integer, "intValue", MethodTypeDesc.of(CD_int)).istore(intA);
            if (op == Opcode.ADD_SMI) b.loadConstant(code[pc + 1]);
            else if (unary) b.iconst_1();
            else b.aload(ACC).checkcast(CD_Integer).invokevirtual(CD_Integer, "intValue", MethodTypeDesc.of(CD_int));
            b.istore(intB);
            b.ldc(JvmCode.classData(classData, fv, JvmCode.FEEDBACK)).loadConstant(slot).invokevirtual(JvmCode.FEEDBACK, "noteInt32", MethodTypeDesc.of(CD_void, CD_int));
            switch (op) {
                case ADD, ADD_SMI, INC, SUB, DEC -> {
                    boolean add = op == Opcode.ADD || op == Opcode.ADD_SMI || op == Opcode.INC;
                    b.iload(intA).iload(intB);
                    if (add) b.iadd(); else b.isub();
                    b.istore(intR);
                    // Overflow: for a + b, (a ^ r) & (b ^ r) < 0; for a - b, (a ^ b) & (a ^ r) < 0.
                    if (add) b.iload(intA).iload(intR).ixor().iload(intB).iload(intR).ixor().iand();
                    else b.iload(intA).iload(intB).ixor().iload(intA).iload(intR).ixor().iand();
                    b.iflt(slow);
                    b.iload(intR).invokestatic(CD_Integer, "valueOf", MethodTypeDesc.of(CD_Integer, CD_int)).astore(ACC).goto_(done);
                }
                case BIT_AND, BIT_OR, BIT_XOR -> {
                    b.iload(intA).iload(intB);
                    if (op == Opcode.BIT_AND) b.iand(); else if (op == Opcode.BIT_OR) b.ior(); else b.ixor();
                    b.invokestatic(CD_Integer, "valueOf", MethodTypeDesc.of(CD_Integer, CD_int)).astore(ACC).goto_(done);
                }
                default -> {
                    int next = pc + op.length();
                    Opcode following = next < code.length ? Opcode.of(code[next]) : null;
                    boolean fused = following == Opcode.JUMP_IF_TRUE || following == Opcode.JUMP_IF_FALSE;
                    Label whenTrue = b.newLabel();
                    b.iload(intA).iload(intB);
                    switch (op) {
                        case LT -> b.if_icmplt(whenTrue);
                        case GT -> b.if_icmpgt(whenTrue);
                        case LE -> b.if_icmple(whenTrue);
                        case GE -> b.if_icmpge(whenTrue);
                        case STRICT_EQ -> b.if_icmpeq(whenTrue);
                        default -> throw new IllegalStateException(op.name());
                    }
                    Label jumpTaken = fused ? label(code[next + 1]) : null;
                    Label jumpNotTaken = fused ? label(next + following.length()) : null;
                    b.getstatic(CD_Boolean, "FALSE", CD_Boolean).astore(ACC);
                    b.goto_(!fused ? done : following == Opcode.JUMP_IF_FALSE ? jumpTaken : jumpNotTaken);
                    b.labelBinding(whenTrue);
                    b.getstatic(CD_Boolean, "TRUE", CD_Boolean).astore(ACC);
                    b.goto_(!fused ? done : following == Opcode.JUMP_IF_TRUE ? jumpTaken : jumpNotTaken);
                }
            }
            b.labelBinding(slow);
        }

        private void setPc(int pc) { b.aload(FRAME).loadConstant(pc).putfield(JvmCode.FRAME, "pc", CD_int); }

        private void loadRegister(int r) {
            if (resident.get(r)) b.aload(REGS).loadConstant(r).aaload();
            else b.aload(FIRST_REGISTER + r);
        }

        /** Stores the value on top of the stack into register r. */
        private void storeRegister(int r) {
            if (resident.get(r)) b.astore(TEMP).aload(REGS).loadConstant(r).aload(TEMP).aastore();
            else b.astore(FIRST_REGISTER + r);
        }

        private void instruction(Opcode op, int pc) {
            int[] code = fn.code;
            int a = op.operandCount() > 0 ? code[pc + 1] : 0;
            int next = pc + op.length();
            switch (translation(op)) {
                case INLINE -> {
                    switch (op) {
                        case LDA_CONST -> b.aload(CONSTANTS).loadConstant(a).aaload().astore(ACC);
                        case LDA_SMI -> b.loadConstant(a).invokestatic(CD_Integer, "valueOf", MethodTypeDesc.of(CD_Integer, CD_int)).astore(ACC);
                        case LDA_UNDEFINED -> b.getstatic(JvmCode.UNDEFINED, "INSTANCE", JvmCode.UNDEFINED).astore(ACC);
                        case LDA_NULL -> b.getstatic(JvmCode.NULL, "INSTANCE", JvmCode.NULL).astore(ACC);
                        case LDA_TRUE -> b.getstatic(CD_Boolean, "TRUE", CD_Boolean).astore(ACC);
                        case LDA_FALSE -> b.getstatic(CD_Boolean, "FALSE", CD_Boolean).astore(ACC);
                        case LDA_HOLE -> b.getstatic(JvmCode.REALM, "HOLE", CD_Object).astore(ACC);
                        case LDA -> { loadRegister(a); b.astore(ACC); }
                        case STA -> { b.aload(ACC); storeRegister(a); }
                        case MOV -> { loadRegister(a); storeRegister(code[pc + 2]); }
                        case SAVE_CONTEXT -> { b.aload(FRAME).getfield(JvmCode.FRAME, "context", JvmCode.CONTEXT); storeRegister(a); }
                        case RESTORE_CONTEXT -> { b.aload(FRAME); loadRegister(a); b.checkcast(JvmCode.CONTEXT).putfield(JvmCode.FRAME, "context", JvmCode.CONTEXT); }
                        case DEBUGGER -> {}
                        default -> throw new IllegalStateException(op.name());
                    }
                }
                case BRANCH -> {
                    switch (op) {
                        case JUMP -> b.goto_(label(a));
                        case LOOP -> {
                            setPc(pc);
                            Label toOptimized = b.newLabel();
                            b.aload(FRAME).aload(STATE).invokestatic(JvmCode.STEPS, "backEdgeInTierOne", MethodTypeDesc.of(CD_boolean, JvmCode.FRAME, JvmCode.STATE))
                                .ifne(toOptimized);
                            b.goto_(label(a));
                            b.labelBinding(toOptimized);
                            b.aload(FRAME).loadConstant(a).aload(ACC)
                                .invokestatic(JvmCode.STEPS, "leaveForOsr", MethodTypeDesc.of(CD_Object, JvmCode.FRAME, CD_int, CD_Object))
                                .astore(TEMP).goto_(spillAndReturn);
                        }
                        case JUMP_IF_TRUE -> b.aload(ACC).invokestatic(JvmCode.STEPS, "isTrue", MethodTypeDesc.of(CD_boolean, CD_Object)).ifne(label(a));
                        case JUMP_IF_FALSE -> b.aload(ACC).invokestatic(JvmCode.STEPS, "isTrue", MethodTypeDesc.of(CD_boolean, CD_Object)).ifeq(label(a));
                        case JUMP_IF_NULLISH -> b.aload(ACC).invokestatic(JvmCode.STEPS, "isNullish", MethodTypeDesc.of(CD_boolean, CD_Object)).ifne(label(a));
                        case JUMP_IF_NOT_NULLISH -> b.aload(ACC).invokestatic(JvmCode.STEPS, "isNullish", MethodTypeDesc.of(CD_boolean, CD_Object)).ifeq(label(a));
                        case JUMP_IF_UNDEFINED -> b.aload(ACC).getstatic(JvmCode.UNDEFINED, "INSTANCE", JvmCode.UNDEFINED).if_acmpeq(label(a));
                        case JUMP_IF_NOT_UNDEFINED -> b.aload(ACC).getstatic(JvmCode.UNDEFINED, "INSTANCE", JvmCode.UNDEFINED).if_acmpne(label(a));
                        case JUMP_IF_HOLE -> b.aload(ACC).getstatic(JvmCode.REALM, "HOLE", CD_Object).if_acmpeq(label(a));
                        case JUMP_IF_REG_SMI -> {
                            loadRegister(a);
                            b.loadConstant(code[pc + 2]).invokestatic(JvmCode.STEPS, "isSmi", MethodTypeDesc.of(CD_boolean, CD_Object, CD_int))
                                .ifne(label(code[pc + 3]));
                        }
                        case FOR_IN_NEXT -> {
                            setPc(pc);
                            loadRegister(a);
                            b.invokestatic(JvmCode.STEPS, "forInNext", MethodTypeDesc.of(CD_Object, CD_Object)).astore(TEMP);
                            b.aload(TEMP).ifnull(label(code[pc + 2]));
                            b.aload(TEMP).astore(ACC);
                        }
                        default -> throw new IllegalStateException(op.name());
                    }
                }
                case EXIT -> {
                    switch (op) {
                        case RETURN -> { setPc(pc); b.aload(ACC).areturn(); }
                        case THROW -> {
                            setPc(pc);
                            b.aload(ACC).invokestatic(JvmCode.STEPS, "throwValue", MethodTypeDesc.of(JvmCode.JS_EXCEPTION, CD_Object)).athrow();
                        }
                        case SUSPEND -> b.aload(FRAME).aload(ACC).loadConstant(a).loadConstant(code[pc + 2]).loadConstant(next)
                            .invokestatic(JvmCode.STEPS, "suspend", MethodTypeDesc.of(CD_Object, JvmCode.FRAME, CD_Object, CD_int, CD_int, CD_int))
                            .astore(TEMP).goto_(spillAndReturn);
                        case AWAIT -> b.aload(FRAME).aload(ACC).loadConstant(a).loadConstant(next)
                            .invokestatic(JvmCode.STEPS, "await", MethodTypeDesc.of(CD_Object, JvmCode.FRAME, CD_Object, CD_int, CD_int))
                            .astore(TEMP).goto_(spillAndReturn);
                        case GENERATOR_START -> b.aload(FRAME).aload(ACC).loadConstant(next)
                            .invokestatic(JvmCode.STEPS, "generatorStart", MethodTypeDesc.of(CD_Object, JvmCode.FRAME, CD_Object, CD_int))
                            .astore(TEMP).goto_(spillAndReturn);
                        default -> throw new IllegalStateException(op.name());
                    }
                }
                case STEP -> {
                    Label done = null;
                    if ((op == Opcode.GET_NAMED || op == Opcode.SET_NAMED) && fn.feedback instanceof FeedbackVector fv) {
                        done = b.newLabel();
                        inlineMonomorphic(op, a, fv.property(code[pc + 3]), done);
                    } else if (INT32_INLINE.contains(op) && fn.feedback instanceof FeedbackVector fv) {
                        done = b.newLabel();
                        inlineInt32(op, pc, fv, done);
                    }
                    setPc(pc);
                    b.aload(FRAME).aload(STATE).aload(ACC);
                    for (int i = 0; i < op.operandCount(); i++) {
                        if (passesValue(op, i)) loadRegister(code[pc + 1 + i]);
                        else b.loadConstant(code[pc + 1 + i]);
                    }
                    b.invokestatic(JvmCode.STEPS, stepMethodName(op), stepType(op)).astore(ACC);
                    if (done != null) b.labelBinding(done);
                }
            }
        }
    }
}
