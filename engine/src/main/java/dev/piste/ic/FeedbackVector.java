package dev.piste.ic;

import dev.piste.bytecode.BytecodeFunction;
import dev.piste.bytecode.Opcode;
import dev.piste.bytecode.OperandFormat;

import java.util.ArrayList;
import java.util.List;

/**
 * A function's feedback: one slot per feedback operand of its bytecode, made lazily after the
 * function has run a few times (code run once pays nothing). Each slot's kind follows from the
 * opcode that owns it: property, element and global caches, call-target feedback, or operand-kind
 * bits for operators ({@link TypeFeedback}).
 */
public final class FeedbackVector {
    private final Object[] slots;
    private final int[] types;
    /** The IC sites (caches and call feedback) in bytecode order, which follows source order. */
    private final List<Object> icSites = new ArrayList<>();

    private FeedbackVector(int size) {
        slots = new Object[size];
        types = new int[size];
    }

    public static FeedbackVector create(BytecodeFunction fn) {
        FeedbackVector v = new FeedbackVector(fn.feedbackSlotCount);
        int[] code = fn.code;
        String name = fn.flags.script() ? "<script>" : fn.name;
        for (int pc = 0; pc < code.length; ) {
            Opcode op = Opcode.of(code[pc]);
            int slot = -1;
            for (int i = 0; i < op.operandCount(); i++) if (op.operand(i) == OperandFormat.FEEDBACK) slot = code[pc + 1 + i];
            if (slot >= 0) {
                Site site = new Site(name, fn.sourceName, fn.lineAt(pc), fn.columnAt(pc), siteKind(op));
                Object cache = switch (op) {
                    case GET_NAMED -> new PropertyCache(fn.constants[code[pc + 2]], false, site);
                    case SET_NAMED -> new PropertyCache(fn.constants[code[pc + 2]], true, site);
                    case GET_KEYED, SET_KEYED -> new KeyedCache(site);
                    case LDA_GLOBAL -> new GlobalCache((String) fn.constants[code[pc + 1]], false, site);
                    case STA_GLOBAL -> new GlobalCache((String) fn.constants[code[pc + 1]], true, site);
                    case CALL, CALL_SPREAD, NEW, NEW_SPREAD, SUPER_CALL, SUPER_CALL_SPREAD -> new CallFeedback(site);
                    default -> null;
                };
                if (cache != null) {
                    v.slots[slot] = cache;
                    v.icSites.add(cache);
                }
            }
            pc += op.length();
        }
        return v;
    }

    private static String siteKind(Opcode op) {
        return switch (op) {
            case GET_NAMED -> "load";
            case SET_NAMED -> "store";
            case GET_KEYED -> "keyed load";
            case SET_KEYED -> "keyed store";
            case LDA_GLOBAL -> "global load";
            case STA_GLOBAL -> "global store";
            case CALL, CALL_SPREAD -> "call";
            case NEW, NEW_SPREAD -> "new";
            case SUPER_CALL, SUPER_CALL_SPREAD -> "super call";
            default -> op.name().toLowerCase();
        };
    }

    public PropertyCache property(int slot) { return (PropertyCache) slots[slot]; }
    public KeyedCache keyed(int slot) { return (KeyedCache) slots[slot]; }
    public GlobalCache global(int slot) { return (GlobalCache) slots[slot]; }
    public CallFeedback call(int slot) { return (CallFeedback) slots[slot]; }

    public void recordBinary(int slot, Object a, Object b, Object result) {
        // The common case, int32 in and out, without the general classification.
        // Only a new kind writes the slot: a steady site reads it and moves on.
        int bits = a instanceof Integer && b instanceof Integer && (result instanceof Integer || result instanceof Boolean)
            ? TypeFeedback.INT32 : TypeFeedback.binary(a, b, result);
        if ((types[slot] & bits) != bits) types[slot] |= bits;
    }
    /** What recordBinary or recordUnary records for int32 operands and an int32 or boolean result (compiled fast paths). */
    public void noteInt32(int slot) {
        if ((types[slot] & TypeFeedback.INT32) == 0) types[slot] |= TypeFeedback.INT32;
    }

    public void recordUnary(int slot, Object a, Object result) {
        int bits = TypeFeedback.unary(a, result);
        if ((types[slot] & bits) != bits) types[slot] |= bits;
    }
    public int typeBits(int slot) { return types[slot]; }

    /** The state of the n-th IC site (0-based, bytecode order), or null when there is none. */
    public IcState icState(int n) {
        if (n < 0 || n >= icSites.size()) return null;
        Object s = icSites.get(n);
        return switch (s) {
            case PropertyCache p -> p.state;
            case KeyedCache k -> k.state;
            case GlobalCache g -> g.state;
            case CallFeedback c -> c.state;
            default -> null;
        };
    }

    public int icSiteCount() { return icSites.size(); }
}
