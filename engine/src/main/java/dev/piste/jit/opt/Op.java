package dev.piste.jit.opt;

/**
 * What a {@link Node} is. The names state the contract: {@code GENERIC} does exactly what the
 * interpreter does for its bytecode instruction (through the shared step) and may call out; later
 * passes replace generic nodes by {@code Checked*} nodes (speculation with a guard that deoptimizes)
 * and {@code Unsafe*} nodes (relying on a proven fact).
 */
public enum Op {
    /** A constant value ({@code data}). */
    CONSTANT,
    /** A register's (or, with data -1, the accumulator's) value when the code is entered. */
    ENTRY,
    /** SSA merge of the inputs, one per predecessor block in order. */
    PHI,
    /** A register that lives in the frame (a step reaches it by index): read it. */
    LOAD_FRAME_REGISTER,
    /** ... and write it: input 0 is the value. */
    STORE_FRAME_REGISTER,
    /** The current heap context (SAVE_CONTEXT). */
    LOAD_CONTEXT,
    /** Makes input 0 the current heap context (RESTORE_CONTEXT). */
    STORE_CONTEXT,
    /** A bytecode instruction done by its step; inputs: the accumulator, then the register operands passed by value. */
    GENERIC,
    // ---- Speculation (see Speculation): int32 values ----
    /** An int32 constant ({@code data}). */
    INT32_CONSTANT,
    /** Input 0 as an int32; deoptimizes when it is not an int32 number. */
    CHECKED_TO_INT32,
    /** int32 + and - that deoptimize on overflow; * also deoptimizes when the result would be -0. */
    CHECKED_INT32_ADD, CHECKED_INT32_SUB, CHECKED_INT32_MUL,
    /** int32 %: deoptimizes for a zero divisor (NaN) and for a zero result of a negative dividend (-0). */
    CHECKED_INT32_MOD,
    /** int32 + 1 and - 1 that range analysis proved cannot overflow (no check). */
    INT32_ADD, INT32_SUB,
    INT32_AND, INT32_OR, INT32_XOR,
    /** int32 comparisons: an unboxed boolean. */
    INT32_LESS_THAN, INT32_GREATER_THAN, INT32_LESS_OR_EQUAL, INT32_GREATER_OR_EQUAL, INT32_EQUAL,
    // ---- Speculation: float64 values ----
    /** A float64 constant ({@code data}, a Double). */
    FLOAT64_CONSTANT,
    /** Input 0 (an Integer or a Double) as a float64; deoptimizes on anything else. */
    CHECKED_TO_FLOAT64,
    /** An int32 as a float64 (exact). */
    INT32_TO_FLOAT64,
    FLOAT64_ADD, FLOAT64_SUB, FLOAT64_MUL, FLOAT64_DIV, FLOAT64_MOD,
    /** float64 comparisons (false when either side is NaN): an unboxed boolean. */
    FLOAT64_LESS_THAN, FLOAT64_GREATER_THAN, FLOAT64_LESS_OR_EQUAL, FLOAT64_GREATER_OR_EQUAL, FLOAT64_EQUAL,
    /** An int32, boolean or float64 as a JavaScript value (for tagged consumers; a float64 with an int32 value becomes an Integer). */
    BOX_INT32, BOX_BOOL, BOX_FLOAT64,
    // ---- Variables (see VariableAccess) ----
    /** A slot of input 0 (a context) or of one of its parents ({@code data}, a VariableAccess.ContextSlot). */
    LOAD_CONTEXT_SLOT,
    /** Writes input 1 into a slot of input 0 (a context) or of one of its parents; the value is input 1. */
    STORE_CONTEXT_SLOT,
    /** The context closure input 0 was made in (an inlined callee's context). */
    CLOSURE_CONTEXT,
    /** Deoptimizes when input 0 is the hole (a binding read before its initialization: the interpreter throws). */
    CHECK_INITIALIZED,
    /** Input 0, unchanged (an instruction whose value is its input once its check is a node of its own). */
    PASS,
    /** A global variable found where its cache ({@code data}, a VariableAccess.Global) says; deoptimizes when it is not there any more. */
    LOAD_GLOBAL,
    // ---- Speculation on shapes (see PropertySpeculation) ----
    /** Deoptimizes unless input 0 is an object with one of the shapes in {@code data} (a Shape[]). */
    CHECK_SHAPE,
    /** Input 0's property slot, by its shape ({@code data}, a {@link PropertySpeculation.Fields}); relies on a dominating CHECK_SHAPE. */
    LOAD_FIELD,
    /** The length of input 0, an array (a dominating CHECK_SHAPE says so), as an int32; deoptimizes past the int32 range. */
    ARRAY_LENGTH,
    /** The length of input 0 as an int32; deoptimizes when it is not a string. */
    STRING_LENGTH,
    /** Writes input 1 into input 0's slot (as LOAD_FIELD); the value is input 1. */
    STORE_FIELD,
    /**
     * A STORE_FIELD of input 1, a float64, made last (see Pipeline.lowerDoubleFieldStores): writes the
     * number into the slot's DoubleBox in place, or a new box into the slot; no value of its own.
     */
    STORE_FIELD_FLOAT64,
    /** Adds a property to input 0: the slot and the new shape in {@code data} (a {@link PropertySpeculation.Transition}); the value is input 1. */
    TRANSITION_STORE,
    /** A named load over several cases of different kinds ({@code data}, a {@link PropertySpeculation.Cases}); deoptimizes when none matches. */
    CHECKED_LOAD_NAMED,
    /** A named store over several cases; deoptimizes when none matches; the value is input 1. */
    CHECKED_STORE_NAMED,
    // ---- Speculation on elements (see ElementSpeculation) ----
    /**
     * Input 0's element at input 1 (an int32), for arrays of the elements kind in {@code data}: an
     * int32, a float64 or a tagged value by the kind. Deoptimizes for anything but an array of that
     * kind with an element there.
     */
    CHECKED_LOAD_ELEMENT,
    /**
     * Stores input 2 (unboxed for int and double kinds) at input 1 of input 0 when it is an array of
     * the kind in {@code data} with an element there; anything else is the generic store (with input
     * 1 boxed and input 3, the value as it came). The value is input 3.
     */
    STORE_ELEMENT,
    /**
     * Deoptimizes unless the elements of input 0 (an array, as a dominating shape check says) hold at
     * least input 1 (an int32, its length read before): an index below that length is then inside
     * them (see BoundsCheckElimination).
     */
    CHECK_ELEMENTS_COVER,
    // ---- Speculation on calls (see CallSpeculation) ----
    /** Deoptimizes unless input 0 is input 1 (a constant): the call target the code was specialized for. */
    CHECK_VALUE,
    /** String.prototype.charCodeAt of input 0 at input 1 (an int32): an int32; deoptimizes for a non-string or an index out of range. */
    CHAR_CODE_AT,
    /** A builtin's intrinsic (a static Java method on doubles, {@code data}) on float64 inputs. */
    FLOAT64_CALL,
    /**
     * A builtin's fast path ({@code data}, its NativeFunction.checkedIntrinsic) on this and the
     * arguments, tagged: its value (an int32 or a tagged value, by the method); deoptimizes when the
     * fast path declines (nothing has happened then), and the interpreter makes the real call.
     */
    CHECKED_INTRINSIC,
    // ---- Inlining (see Inliner) ----
    /** Deoptimizes unless input 0 is a closure of the function in {@code data}: the callee inlined at a call. */
    CHECK_CALLEE,
    /** An inlined sloppy-mode callee's this: input 1 as the callee (closure input 0) sees it (undefined and null: the global object; primitives: wrappers). */
    SLOPPY_THIS,
    /** An inlined callee's home object (for super): the one of closure input 0, or undefined. */
    LOAD_HOME_OBJECT,
    /** The object an inlined {@code new} of closure input 0 makes (from its prototype property); deoptimizes when that property is an accessor. */
    ALLOCATE,
    /**
     * A new ordinary object whose prototype is the realm's %Object.prototype% (an object literal's
     * start), with that prototype's root shape ({@code data}); deoptimizes when the running realm's
     * objects start with another shape.
     */
    NEW_OBJECT,
    /**
     * A megamorphic named load ({@code data}: the site's PropertyCache) of input 0 through the realm's
     * stub cache, with no frame: a data property's value (or undefined, or an array's length);
     * deoptimizes for anything else (a getter, a primitive...).
     */
    MEGAMORPHIC_LOAD,
    /**
     * A megamorphic named store of input 1 into input 0 ({@code data}: the site's PropertyCache) into an
     * existing writable own data property, with no frame; deoptimizes for anything else (a setter, an
     * added property...).
     */
    MEGAMORPHIC_STORE,
    /** A new empty array whose prototype is {@code data} (the realm's %Array.prototype%): an array literal's start. */
    NEW_ARRAY,
    /**
     * Appends input 1 (a hole when {@code data} is {@link Boolean#TRUE}) to the array literal input 0,
     * a NEW_ARRAY nothing else has seen yet: it cannot fail, call JavaScript or change a shape.
     */
    LITERAL_APPEND,
    /**
     * An object the code does not make (escape analysis replaced it by its fields): in frame states only,
     * where deoptimization makes it, with the shape in {@code data} and the inputs as its slots.
     */
    VIRTUAL_OBJECT,
    /** Deoptimizes unless objects made for closure input 0 start with the shape in {@code data} (an allocation escape analysis removed). */
    CHECK_INITIAL_SHAPE,
    /** An inlined constructor's value: input 0 (what it returned) when an object, else input 1 (the object made for it). */
    CONSTRUCT_RESULT,
    /**
     * Deoptimizes, always: the instruction after it has no feedback yet (see
     * OptCompiler.DeoptReason.INSUFFICIENT_FEEDBACK). Ends its block once dead-code elimination ran.
     */
    DEOPTIMIZE,
    /**
     * A runtime function ({@code data}, a static method) of tagged inputs that needs no frame and can
     * neither call JavaScript nor throw (===, typeof, !): a boolean or a tagged value.
     */
    PURE_CALL,
    /** A loop back edge: counters and the interrupt check. */
    LOOP_CHECK,
    // ---- Block ends ----
    JUMP,
    /** Branch on input 0 by the conditional jump's opcode ({@code data}); successors: taken, not taken. */
    BRANCH,
    RETURN,
    THROW;

    /**
     * Whether the node has a guard that may deoptimize (with its frame state). An element store
     * deoptimizes for its generic case where the code has no frame for it (inlined or frameless code),
     * and so does a loop's back edge there for a termination (one slot allocation serves the code with
     * a frame and without).
     */
    public boolean canDeoptimize() {
        return switch (this) {
            case STORE_ELEMENT, LOOP_CHECK, MEGAMORPHIC_LOAD, MEGAMORPHIC_STORE, CHECKED_TO_INT32, CHECKED_INT32_ADD, CHECKED_INT32_SUB, CHECKED_INT32_MUL, CHECKED_INT32_MOD, CHECKED_TO_FLOAT64, CHECK_SHAPE,
                 CHECKED_LOAD_NAMED, CHECKED_STORE_NAMED, CHECKED_LOAD_ELEMENT, CHECK_VALUE, CHECK_CALLEE, CHECK_INITIALIZED, LOAD_GLOBAL, ALLOCATE, NEW_OBJECT, CHECK_INITIAL_SHAPE, ARRAY_LENGTH, STRING_LENGTH, CHAR_CODE_AT, CHECKED_INTRINSIC, CHECK_ELEMENTS_COVER, DEOPTIMIZE -> true;
            default -> false;
        };
    }

    /** Whether the node defines a value (the others are effects and block ends). */
    public boolean producesValue() {
        return switch (this) {
            case STORE_FRAME_REGISTER, STORE_CONTEXT, LITERAL_APPEND, MEGAMORPHIC_STORE, STORE_FIELD_FLOAT64, LOOP_CHECK, CHECK_SHAPE, CHECK_ELEMENTS_COVER, CHECK_VALUE, CHECK_CALLEE, CHECK_INITIALIZED, CHECK_INITIAL_SHAPE, DEOPTIMIZE, JUMP, BRANCH, RETURN, THROW -> false;
            default -> true;
        };
    }
}
