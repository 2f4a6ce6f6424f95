package dev.piste.bytecode;

import static dev.piste.bytecode.OperandFormat.CONST;
import static dev.piste.bytecode.OperandFormat.FEEDBACK;
import static dev.piste.bytecode.OperandFormat.IMM;
import static dev.piste.bytecode.OperandFormat.REG;

/**
 * The one opcode table. The emitter, the interpreter, the disassembler and every compiler read it.
 *
 * <p>Machine model: an accumulator ({@code acc}) plus a fixed register file per frame ({@code r0..rN}),
 * and a current heap context for captured variables. Most instructions read one operand from a
 * register and the other from the accumulator, and leave their result in the accumulator.
 *
 * <p>Encoding: {@code int[] code}; an instruction is its ordinal followed by its operands, one int
 * each, as listed by {@link #operands}. Jump targets are absolute code indexes.
 *
 * <p>Name suffixes: {@code _CONST} constant-pool operand, {@code _SMI} small-integer immediate,
 * {@code _NAMED} property name from the constant pool, {@code _KEYED} key in a register or the
 * accumulator, {@code _CONTEXT} heap-context slot, {@code _GLOBAL} global by name.
 *
 * <p>Flags: {@code FEEDBACK} operands index the function's feedback vector; instructions that call
 * out (CALL, NEW, property access) may throw, which every instruction may do unless flagged PURE.
 */
public enum Opcode {
    // ---- Accumulator and registers ----
    LDA_CONST(Id.LDA_CONST, 0, CONST),  // -> acc = constants[k]
    LDA_SMI(Id.LDA_SMI, 0, IMM),        // -> acc = int
    LDA_UNDEFINED(Id.LDA_UNDEFINED, 0),
    LDA_NULL(Id.LDA_NULL, 0),
    LDA_TRUE(Id.LDA_TRUE, 0),
    LDA_FALSE(Id.LDA_FALSE, 0),
    /** The TDZ marker: a let/const binding that is not yet initialized. */
    LDA_HOLE(Id.LDA_HOLE, 0),
    LDA(Id.LDA, 0, REG),       // acc = r
    STA(Id.STA, 0, REG),       // r = acc
    MOV(Id.MOV, 0, REG, REG),  // dst(2nd) = src(1st)

    // ---- Variables ----
    LDA_CONTEXT(Id.LDA_CONTEXT, 0, IMM, IMM),       // acc = context[depth].slot
    STA_CONTEXT(Id.STA_CONTEXT, 0, IMM, IMM),       // context[depth].slot = acc
    LDA_GLOBAL(Id.LDA_GLOBAL, 0, CONST, FEEDBACK),  // acc = global name, ReferenceError if absent
    TYPEOF_GLOBAL(Id.TYPEOF_GLOBAL, 0, CONST),      // acc = typeof global name (no ReferenceError)
    STA_GLOBAL(Id.STA_GLOBAL, 0, CONST, FEEDBACK),  // global name = acc (sloppy: creates; strict: ReferenceError if absent)
    /** Declares a script-level var/function on the global object (if absent) with the value in acc, or
     *  leaves an existing one when flag bit 1 is clear (var without initializer); flag bit 2: the
     *  binding comes from eval code and is configurable. */
    DECLARE_GLOBAL(Id.DECLARE_GLOBAL, 0, CONST, IMM),
    /** Declares a script-level let/const/class in the global lexical environment (TDZ until init). */
    DECLARE_GLOBAL_LEXICAL(Id.DECLARE_GLOBAL_LEXICAL, 0, CONST, IMM),
    INIT_GLOBAL_LEXICAL(Id.INIT_GLOBAL_LEXICAL, 0, CONST),  // initializes a global let/const/class with acc
    CHECK_HOLE(Id.CHECK_HOLE, 0, CONST),                    // ReferenceError "Cannot access 'name' before initialization" if acc is the hole
    THROW_CONST_ASSIGN(Id.THROW_CONST_ASSIGN, 0, CONST),    // TypeError "Assignment to constant variable."
    PUSH_CONTEXT(Id.PUSH_CONTEXT, 0, IMM),                  // context = new context(size, parent = context)
    POP_CONTEXT(Id.POP_CONTEXT, 0),                         // context = context.parent
    COPY_CONTEXT(Id.COPY_CONTEXT, 0),                       // context = copy of context (same parent): per-iteration let bindings
    SAVE_CONTEXT(Id.SAVE_CONTEXT, 0, REG),                  // r = context (for handlers and generators)
    RESTORE_CONTEXT(Id.RESTORE_CONTEXT, 0, REG),            // context = r

    // ---- Properties ----
    GET_NAMED(Id.GET_NAMED, 0, REG, CONST, FEEDBACK),  // acc = r.name
    SET_NAMED(Id.SET_NAMED, 0, REG, CONST, FEEDBACK),  // r.name = acc
    GET_KEYED(Id.GET_KEYED, 0, REG, FEEDBACK),         // acc = r[acc]
    SET_KEYED(Id.SET_KEYED, 0, REG, REG, FEEDBACK),    // r1[r2] = acc
    DEFINE_FIELD(Id.DEFINE_FIELD, 0, REG, REG),        // CreateDataPropertyOrThrow(r1, r2, acc)
    DEFINE_NAMED(Id.DEFINE_NAMED, 0, REG, CONST),      // object literal: define r.name = acc
    DEFINE_GETTER(Id.DEFINE_GETTER, 0, REG, REG),      // define getter r1[r2] = acc (enumerable, for literals)
    DEFINE_SETTER(Id.DEFINE_SETTER, 0, REG, REG),
    DELETE_KEYED(Id.DELETE_KEYED, 0, REG),           // acc = delete r[acc]
    GET_SUPER(Id.GET_SUPER, 0, REG, REG),            // acc = home(r2).[[Prototype]][acc] with receiver this = r1
    SET_SUPER(Id.SET_SUPER, 0, REG, REG, REG),       // home(r2).[[Prototype]][r3] = acc with receiver this = r1
    GET_PRIVATE(Id.GET_PRIVATE, 0, REG),             // acc = r.#(acc); TypeError if absent
    SET_PRIVATE(Id.SET_PRIVATE, 0, REG, REG),        // r1.#(r2) = acc
    DEFINE_PRIVATE(Id.DEFINE_PRIVATE, 0, REG, REG),  // add private r1.#(r2) = acc; TypeError if present
    HAS_PRIVATE(Id.HAS_PRIVATE, 0, REG),             // acc = #(r) in acc

    // ---- Operators: acc = r op acc ----
    ADD(Id.ADD, 0, REG, FEEDBACK), SUB(Id.SUB, 0, REG, FEEDBACK), MUL(Id.MUL, 0, REG, FEEDBACK), DIV(Id.DIV, 0, REG, FEEDBACK),
    MOD(Id.MOD, 0, REG, FEEDBACK), EXP(Id.EXP, 0, REG, FEEDBACK),
    BIT_AND(Id.BIT_AND, 0, REG, FEEDBACK), BIT_OR(Id.BIT_OR, 0, REG, FEEDBACK), BIT_XOR(Id.BIT_XOR, 0, REG, FEEDBACK),
    SHL(Id.SHL, 0, REG, FEEDBACK), SAR(Id.SAR, 0, REG, FEEDBACK), SHR(Id.SHR, 0, REG, FEEDBACK),
    ADD_SMI(Id.ADD_SMI, 0, IMM, FEEDBACK),  // acc = acc + int
    EQ(Id.EQ, 0, REG, FEEDBACK), STRICT_EQ(Id.STRICT_EQ, 0, REG, FEEDBACK),
    LT(Id.LT, 0, REG, FEEDBACK), GT(Id.GT, 0, REG, FEEDBACK), LE(Id.LE, 0, REG, FEEDBACK), GE(Id.GE, 0, REG, FEEDBACK),
    IN(Id.IN, 0, REG, FEEDBACK),                  // acc = r in acc
    INSTANCEOF(Id.INSTANCEOF, 0, REG, FEEDBACK),  // acc = r instanceof acc
    // ---- Unary: acc = op acc ----
    INC(Id.INC, 0, FEEDBACK), DEC(Id.DEC, 0, FEEDBACK), NEGATE(Id.NEGATE, 0, FEEDBACK), BIT_NOT(Id.BIT_NOT, 0, FEEDBACK),
    TO_NUMERIC(Id.TO_NUMERIC, 0, FEEDBACK),
    TO_NUMBER(Id.TO_NUMBER, 0, FEEDBACK),  // unary plus
    NOT(Id.NOT, 0), TYPEOF(Id.TYPEOF, 0), TO_STRING(Id.TO_STRING, 0), TO_PROPERTY_KEY(Id.TO_PROPERTY_KEY, 0), TO_OBJECT(Id.TO_OBJECT, 0),

    // ---- Control ----
    JUMP(Id.JUMP, 0, OperandFormat.JUMP),
    /** A loop's back edge: counts toward tier-up and is the interrupt-check point. */
    LOOP(Id.LOOP, 0, OperandFormat.JUMP, IMM),
    JUMP_IF_TRUE(Id.JUMP_IF_TRUE, 0, OperandFormat.JUMP),  // on ToBoolean(acc)
    JUMP_IF_FALSE(Id.JUMP_IF_FALSE, 0, OperandFormat.JUMP),
    JUMP_IF_NULLISH(Id.JUMP_IF_NULLISH, 0, OperandFormat.JUMP),
    JUMP_IF_NOT_NULLISH(Id.JUMP_IF_NOT_NULLISH, 0, OperandFormat.JUMP),
    JUMP_IF_UNDEFINED(Id.JUMP_IF_UNDEFINED, 0, OperandFormat.JUMP),
    JUMP_IF_NOT_UNDEFINED(Id.JUMP_IF_NOT_UNDEFINED, 0, OperandFormat.JUMP),
    JUMP_IF_HOLE(Id.JUMP_IF_HOLE, 0, OperandFormat.JUMP),
    /** if r == imm (an int register compare used by finally dispatch) goto target. */
    JUMP_IF_REG_SMI(Id.JUMP_IF_REG_SMI, 0, REG, IMM, OperandFormat.JUMP),
    RETURN(Id.RETURN, 0),
    THROW(Id.THROW, 0),
    DEBUGGER(Id.DEBUGGER, 0),

    // ---- Calls ----
    CALL(Id.CALL, 0, REG, REG, REG, IMM, FEEDBACK),           // acc = r_callee.call(r_this, r_args .. +count)
    CALL_SPREAD(Id.CALL_SPREAD, 0, REG, REG, REG, FEEDBACK),  // acc = r_callee.call(r_this, ...array r)
    NEW(Id.NEW, 0, REG, REG, IMM, FEEDBACK),                  // acc = new r_callee(r_args .. +count)
    NEW_SPREAD(Id.NEW_SPREAD, 0, REG, REG, FEEDBACK),
    SUPER_CALL(Id.SUPER_CALL, 0, REG, REG, REG, IMM, FEEDBACK),           // acc = construct(r_function.[[Prototype]], r_args .. +count, newTarget r2)
    SUPER_CALL_SPREAD(Id.SUPER_CALL_SPREAD, 0, REG, REG, REG, FEEDBACK),  // same with the arguments in array r3
    /** A runtime helper by id (see {@link RuntimeFunction}) on registers r .. r+count-1; result in acc. */
    CALL_RUNTIME(Id.CALL_RUNTIME, 0, IMM, REG, IMM),

    // ---- Creation ----
    CREATE_CLOSURE(Id.CREATE_CLOSURE, 0, CONST),  // acc = closure of constants[k] (a BytecodeFunction) over context
    CREATE_OBJECT(Id.CREATE_OBJECT, 0),
    CREATE_ARRAY(Id.CREATE_ARRAY, 0),
    ARRAY_PUSH(Id.ARRAY_PUSH, 0, REG),                           // r.push(acc)
    ARRAY_PUSH_HOLE(Id.ARRAY_PUSH_HOLE, 0, REG),                 // r.length++
    ARRAY_SPREAD(Id.ARRAY_SPREAD, 0, REG),                       // push every element of iterable acc onto array r
    COPY_DATA_PROPERTIES(Id.COPY_DATA_PROPERTIES, 0, REG, REG),  // copy own enumerable props of acc to r1, excluding keys in array r2 (or undefined)
    CREATE_REGEXP(Id.CREATE_REGEXP, 0, CONST, CONST),
    GET_TEMPLATE_OBJECT(Id.GET_TEMPLATE_OBJECT, 0, CONST),  // acc = the (cached) template object for constants[k]
    CREATE_ARGUMENTS(Id.CREATE_ARGUMENTS, 0, IMM),          // acc = arguments object (1 = mapped)
    CREATE_REST(Id.CREATE_REST, 0, IMM),                    // acc = array of the actual arguments from index imm

    // ---- Iteration ----
    GET_ITERATOR(Id.GET_ITERATOR, 0, REG),  // r = iterator of acc, r+1 = its next method
    GET_ASYNC_ITERATOR(Id.GET_ASYNC_ITERATOR, 0, REG),
    ITERATOR_NEXT(Id.ITERATOR_NEXT, 0, REG, REG),               // call next: acc = value; r2 = done (boolean)
    ITERATOR_CLOSE(Id.ITERATOR_CLOSE, 0, REG),                  // call iterator r's return() if present (normal completion)
    ITERATOR_CLOSE_QUIETLY(Id.ITERATOR_CLOSE_QUIETLY, 0, REG),  // same, for abrupt completion: errors from return() are ignored
    FOR_IN_PREPARE(Id.FOR_IN_PREPARE, 0, REG),                  // r = key enumerator for acc
    FOR_IN_NEXT(Id.FOR_IN_NEXT, 0, REG, OperandFormat.JUMP),    // acc = next key of enumerator r, or goto target when done

    // ---- Generators ----
    /** Suspends the generator: yields acc (imm 1: acc is already an iterator result, from yield*);
     *  on resume acc = sent value, r = resume mode (next/throw/return). */
    SUSPEND(Id.SUSPEND, 0, REG, IMM),
    /** Marks where a generator body starts after the initial (parameter-evaluating) suspend. */
    GENERATOR_START(Id.GENERATOR_START, 0),
    AWAIT(Id.AWAIT, 0, REG),  // like SUSPEND, for async functions: awaits acc
    ;

    public final int flags;
    private final OperandFormat[] operands;

    Opcode(int id, int flags, OperandFormat... operands) {
        if (id != ordinal()) throw new AssertionError(name() + ": Opcode.Id says " + id + ", the ordinal is " + ordinal());
        this.flags = flags;
        this.operands = operands;
    }

    public int operandCount() { return operands.length; }
    public OperandFormat operand(int i) { return operands[i]; }
    /** Instruction length in code ints. */
    public int length() { return 1 + operands.length; }

    public boolean isJump() {
        for (OperandFormat f : operands) if (f == OperandFormat.JUMP) return true;
        return false;
    }

    /**
     * For an instruction that reads its arguments from registers by index (a register range): the
     * index of the operand that names the first register, the next operand being their count; -1 for
     * any other instruction.
     */
    public int argumentsOperand() {
        return switch (this) {
            case CALL, SUPER_CALL -> 2;
            case NEW, CALL_RUNTIME -> 1;
            default -> -1;
        };
    }

    /**
     * Where control goes after the instruction at pc of code: the jump's target first, then the next
     * instruction (none after a return or throw, or past the code's end). Exception handlers are not
     * listed (see BytecodeFunction.handlerFor).
     */
    public static int[] successors(int[] code, int pc) {
        Opcode op = of(code[pc]);
        int next = pc + op.length();
        return switch (op) {
            case RETURN, THROW -> new int[0];
            case JUMP, LOOP -> new int[] {code[pc + 1]};
            case JUMP_IF_REG_SMI -> new int[] {code[pc + 3], next};
            case FOR_IN_NEXT -> new int[] {code[pc + 2], next};
            default -> op.isJump() ? new int[] {code[pc + 1], next} : next < code.length ? new int[] {next} : new int[0];
        };
    }

    public boolean isTerminator() { return this == JUMP || this == RETURN || this == THROW; }

    private static final Opcode[] VALUES = values();
    public static Opcode of(int ordinal) { return VALUES[ordinal]; }

    /**
     * Each opcode's ordinal as a compile-time constant, for the interpreter's dispatch: a switch on the
     * code int itself, with no lookup of the enum constant (values()[op]) and its switch map on every
     * instruction. The constructor checks that each constant is its opcode's ordinal.
     */
    public static final class Id {
        private Id() {}
        public static final int LDA_CONST = 0;
        public static final int LDA_SMI = 1;
        public static final int LDA_UNDEFINED = 2;
        public static final int LDA_NULL = 3;
        public static final int LDA_TRUE = 4;
        public static final int LDA_FALSE = 5;
        public static final int LDA_HOLE = 6;
        public static final int LDA = 7;
        public static final int STA = 8;
        public static final int MOV = 9;
        public static final int LDA_CONTEXT = 10;
        public static final int STA_CONTEXT = 11;
        public static final int LDA_GLOBAL = 12;
        public static final int TYPEOF_GLOBAL = 13;
        public static final int STA_GLOBAL = 14;
        public static final int DECLARE_GLOBAL = 15;
        public static final int DECLARE_GLOBAL_LEXICAL = 16;
        public static final int INIT_GLOBAL_LEXICAL = 17;
        public static final int CHECK_HOLE = 18;
        public static final int THROW_CONST_ASSIGN = 19;
        public static final int PUSH_CONTEXT = 20;
        public static final int POP_CONTEXT = 21;
        public static final int COPY_CONTEXT = 22;
        public static final int SAVE_CONTEXT = 23;
        public static final int RESTORE_CONTEXT = 24;
        public static final int GET_NAMED = 25;
        public static final int SET_NAMED = 26;
        public static final int GET_KEYED = 27;
        public static final int SET_KEYED = 28;
        public static final int DEFINE_FIELD = 29;
        public static final int DEFINE_NAMED = 30;
        public static final int DEFINE_GETTER = 31;
        public static final int DEFINE_SETTER = 32;
        public static final int DELETE_KEYED = 33;
        public static final int GET_SUPER = 34;
        public static final int SET_SUPER = 35;
        public static final int GET_PRIVATE = 36;
        public static final int SET_PRIVATE = 37;
        public static final int DEFINE_PRIVATE = 38;
        public static final int HAS_PRIVATE = 39;
        public static final int ADD = 40;
        public static final int SUB = 41;
        public static final int MUL = 42;
        public static final int DIV = 43;
        public static final int MOD = 44;
        public static final int EXP = 45;
        public static final int BIT_AND = 46;
        public static final int BIT_OR = 47;
        public static final int BIT_XOR = 48;
        public static final int SHL = 49;
        public static final int SAR = 50;
        public static final int SHR = 51;
        public static final int ADD_SMI = 52;
        public static final int EQ = 53;
        public static final int STRICT_EQ = 54;
        public static final int LT = 55;
        public static final int GT = 56;
        public static final int LE = 57;
        public static final int GE = 58;
        public static final int IN = 59;
        public static final int INSTANCEOF = 60;
        public static final int INC = 61;
        public static final int DEC = 62;
        public static final int NEGATE = 63;
        public static final int BIT_NOT = 64;
        public static final int TO_NUMERIC = 65;
        public static final int TO_NUMBER = 66;
        public static final int NOT = 67;
        public static final int TYPEOF = 68;
        public static final int TO_STRING = 69;
        public static final int TO_PROPERTY_KEY = 70;
        public static final int TO_OBJECT = 71;
        public static final int JUMP = 72;
        public static final int LOOP = 73;
        public static final int JUMP_IF_TRUE = 74;
        public static final int JUMP_IF_FALSE = 75;
        public static final int JUMP_IF_NULLISH = 76;
        public static final int JUMP_IF_NOT_NULLISH = 77;
        public static final int JUMP_IF_UNDEFINED = 78;
        public static final int JUMP_IF_NOT_UNDEFINED = 79;
        public static final int JUMP_IF_HOLE = 80;
        public static final int JUMP_IF_REG_SMI = 81;
        public static final int RETURN = 82;
        public static final int THROW = 83;
        public static final int DEBUGGER = 84;
        public static final int CALL = 85;
        public static final int CALL_SPREAD = 86;
        public static final int NEW = 87;
        public static final int NEW_SPREAD = 88;
        public static final int SUPER_CALL = 89;
        public static final int SUPER_CALL_SPREAD = 90;
        public static final int CALL_RUNTIME = 91;
        public static final int CREATE_CLOSURE = 92;
        public static final int CREATE_OBJECT = 93;
        public static final int CREATE_ARRAY = 94;
        public static final int ARRAY_PUSH = 95;
        public static final int ARRAY_PUSH_HOLE = 96;
        public static final int ARRAY_SPREAD = 97;
        public static final int COPY_DATA_PROPERTIES = 98;
        public static final int CREATE_REGEXP = 99;
        public static final int GET_TEMPLATE_OBJECT = 100;
        public static final int CREATE_ARGUMENTS = 101;
        public static final int CREATE_REST = 102;
        public static final int GET_ITERATOR = 103;
        public static final int GET_ASYNC_ITERATOR = 104;
        public static final int ITERATOR_NEXT = 105;
        public static final int ITERATOR_CLOSE = 106;
        public static final int ITERATOR_CLOSE_QUIETLY = 107;
        public static final int FOR_IN_PREPARE = 108;
        public static final int FOR_IN_NEXT = 109;
        public static final int SUSPEND = 110;
        public static final int GENERATOR_START = 111;
        public static final int AWAIT = 112;
    }
}
