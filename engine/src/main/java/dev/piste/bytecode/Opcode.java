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
    LDA_CONST(0, CONST),            // -> acc = constants[k]
    LDA_SMI(0, IMM),                // -> acc = int
    LDA_UNDEFINED(0),
    LDA_NULL(0),
    LDA_TRUE(0),
    LDA_FALSE(0),
    /** The TDZ marker: a let/const binding that is not yet initialized. */
    LDA_HOLE(0),
    LDA(0, REG),                    // acc = r
    STA(0, REG),                    // r = acc
    MOV(0, REG, REG),               // dst(2nd) = src(1st)

    // ---- Variables ----
    LDA_CONTEXT(0, IMM, IMM),       // acc = context[depth].slot
    STA_CONTEXT(0, IMM, IMM),       // context[depth].slot = acc
    LDA_GLOBAL(0, CONST, FEEDBACK), // acc = global name, ReferenceError if absent
    TYPEOF_GLOBAL(0, CONST),        // acc = typeof global name (no ReferenceError)
    STA_GLOBAL(0, CONST, FEEDBACK), // global name = acc (sloppy: creates; strict: ReferenceError if absent)
    /** Declares a script-level var/function on the global object (if absent) with the value in acc, or
     *  leaves an existing one when flag bit 1 is clear (var without initializer); flag bit 2: the
     *  binding comes from eval code and is configurable. */
    DECLARE_GLOBAL(0, CONST, IMM),
    /** Declares a script-level let/const/class in the global lexical environment (TDZ until init). */
    DECLARE_GLOBAL_LEXICAL(0, CONST, IMM),
    INIT_GLOBAL_LEXICAL(0, CONST),  // initializes a global let/const/class with acc
    CHECK_HOLE(0, CONST),           // ReferenceError "Cannot access 'name' before initialization" if acc is the hole
    THROW_CONST_ASSIGN(0, CONST),   // TypeError "Assignment to constant variable."
    PUSH_CONTEXT(0, IMM),           // context = new context(size, parent = context)
    POP_CONTEXT(0),                 // context = context.parent
    COPY_CONTEXT(0),                // context = copy of context (same parent): per-iteration let bindings
    SAVE_CONTEXT(0, REG),           // r = context (for handlers and generators)
    RESTORE_CONTEXT(0, REG),        // context = r

    // ---- Properties ----
    GET_NAMED(0, REG, CONST, FEEDBACK),        // acc = r.name
    SET_NAMED(0, REG, CONST, FEEDBACK),        // r.name = acc
    GET_KEYED(0, REG, FEEDBACK),               // acc = r[acc]
    SET_KEYED(0, REG, REG, FEEDBACK),          // r1[r2] = acc
    DEFINE_FIELD(0, REG, REG),                 // CreateDataPropertyOrThrow(r1, r2, acc)
    DEFINE_NAMED(0, REG, CONST),               // object literal: define r.name = acc
    DEFINE_GETTER(0, REG, REG),                // define getter r1[r2] = acc (enumerable, for literals)
    DEFINE_SETTER(0, REG, REG),
    DELETE_KEYED(0, REG),                      // acc = delete r[acc]
    GET_SUPER(0, REG, REG),                    // acc = home(r2).[[Prototype]][acc] with receiver this = r1
    SET_SUPER(0, REG, REG, REG),               // home(r2).[[Prototype]][r3] = acc with receiver this = r1
    GET_PRIVATE(0, REG),                       // acc = r.#(acc); TypeError if absent
    SET_PRIVATE(0, REG, REG),                  // r1.#(r2) = acc
    DEFINE_PRIVATE(0, REG, REG),               // add private r1.#(r2) = acc; TypeError if present
    HAS_PRIVATE(0, REG),                       // acc = #(r) in acc

    // ---- Operators: acc = r op acc ----
    ADD(0, REG, FEEDBACK), SUB(0, REG, FEEDBACK), MUL(0, REG, FEEDBACK), DIV(0, REG, FEEDBACK),
    MOD(0, REG, FEEDBACK), EXP(0, REG, FEEDBACK),
    BIT_AND(0, REG, FEEDBACK), BIT_OR(0, REG, FEEDBACK), BIT_XOR(0, REG, FEEDBACK),
    SHL(0, REG, FEEDBACK), SAR(0, REG, FEEDBACK), SHR(0, REG, FEEDBACK),
    ADD_SMI(0, IMM, FEEDBACK),                  // acc = acc + int
    EQ(0, REG, FEEDBACK), STRICT_EQ(0, REG, FEEDBACK),
    LT(0, REG, FEEDBACK), GT(0, REG, FEEDBACK), LE(0, REG, FEEDBACK), GE(0, REG, FEEDBACK),
    IN(0, REG, FEEDBACK),                       // acc = r in acc
    INSTANCEOF(0, REG, FEEDBACK),               // acc = r instanceof acc
    // ---- Unary: acc = op acc ----
    INC(0, FEEDBACK), DEC(0, FEEDBACK), NEGATE(0, FEEDBACK), BIT_NOT(0, FEEDBACK),
    TO_NUMERIC(0, FEEDBACK),
    TO_NUMBER(0, FEEDBACK),         // unary plus
    NOT(0), TYPEOF(0), TO_STRING(0), TO_PROPERTY_KEY(0), TO_OBJECT(0),

    // ---- Control ----
    JUMP(0, OperandFormat.JUMP),
    /** A loop's back edge: counts toward tier-up and is the interrupt-check point. */
    LOOP(0, OperandFormat.JUMP, IMM),
    JUMP_IF_TRUE(0, OperandFormat.JUMP),          // on ToBoolean(acc)
    JUMP_IF_FALSE(0, OperandFormat.JUMP),
    JUMP_IF_NULLISH(0, OperandFormat.JUMP),
    JUMP_IF_NOT_NULLISH(0, OperandFormat.JUMP),
    JUMP_IF_UNDEFINED(0, OperandFormat.JUMP),
    JUMP_IF_NOT_UNDEFINED(0, OperandFormat.JUMP),
    JUMP_IF_HOLE(0, OperandFormat.JUMP),
    /** if r == imm (an int register compare used by finally dispatch) goto target. */
    JUMP_IF_REG_SMI(0, REG, IMM, OperandFormat.JUMP),
    RETURN(0),
    THROW(0),
    DEBUGGER(0),

    // ---- Calls ----
    CALL(0, REG, REG, REG, IMM, FEEDBACK),      // acc = r_callee.call(r_this, r_args .. +count)
    CALL_SPREAD(0, REG, REG, REG, FEEDBACK),    // acc = r_callee.call(r_this, ...array r)
    NEW(0, REG, REG, IMM, FEEDBACK),            // acc = new r_callee(r_args .. +count)
    NEW_SPREAD(0, REG, REG, FEEDBACK),
    SUPER_CALL(0, REG, REG, REG, IMM, FEEDBACK), // acc = construct(r_function.[[Prototype]], r_args .. +count, newTarget r2)
    SUPER_CALL_SPREAD(0, REG, REG, REG, FEEDBACK), // same with the arguments in array r3
    /** A runtime helper by id (see {@link RuntimeFunction}) on registers r .. r+count-1; result in acc. */
    CALL_RUNTIME(0, IMM, REG, IMM),

    // ---- Creation ----
    CREATE_CLOSURE(0, CONST),       // acc = closure of constants[k] (a BytecodeFunction) over context
    CREATE_OBJECT(0),
    CREATE_ARRAY(0),
    ARRAY_PUSH(0, REG),             // r.push(acc)
    ARRAY_PUSH_HOLE(0, REG),        // r.length++
    ARRAY_SPREAD(0, REG),           // push every element of iterable acc onto array r
    COPY_DATA_PROPERTIES(0, REG, REG), // copy own enumerable props of acc to r1, excluding keys in array r2 (or undefined)
    CREATE_REGEXP(0, CONST, CONST),
    GET_TEMPLATE_OBJECT(0, CONST),  // acc = the (cached) template object for constants[k]
    CREATE_ARGUMENTS(0, IMM),       // acc = arguments object (1 = mapped)
    CREATE_REST(0, IMM),            // acc = array of the actual arguments from index imm

    // ---- Iteration ----
    GET_ITERATOR(0, REG),           // r = iterator of acc, r+1 = its next method
    GET_ASYNC_ITERATOR(0, REG),
    ITERATOR_NEXT(0, REG, REG),     // call next: acc = value; r2 = done (boolean)
    ITERATOR_CLOSE(0, REG),         // call iterator r's return() if present (normal completion)
    ITERATOR_CLOSE_QUIETLY(0, REG), // same, for abrupt completion: errors from return() are ignored
    FOR_IN_PREPARE(0, REG),         // r = key enumerator for acc
    FOR_IN_NEXT(0, REG, OperandFormat.JUMP),      // acc = next key of enumerator r, or goto target when done

    // ---- Generators ----
    /** Suspends the generator: yields acc (imm 1: acc is already an iterator result, from yield*);
     *  on resume acc = sent value, r = resume mode (next/throw/return). */
    SUSPEND(0, REG, IMM),
    /** Marks where a generator body starts after the initial (parameter-evaluating) suspend. */
    GENERATOR_START(0),
    AWAIT(0, REG),                  // like SUSPEND, for async functions: awaits acc
    ;

    public final int flags;
    private final OperandFormat[] operands;

    Opcode(int flags, OperandFormat... operands) {
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
}
