package dev.piste.bytecode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The growing code of one function during emission: instructions, constants (deduplicated),
 * temporaries, labels with forward-jump patching, source positions and handler ranges.
 */
public final class CodeBuffer {
    private int[] code = new int[64];
    private int size;
    private final List<Object> constants = new ArrayList<>();
    private final Map<Object, Integer> constantIndex = new HashMap<>();
    private int[] positions = new int[32];
    private int positionCount;
    private final List<int[]> handlers = new ArrayList<>();
    private int feedbackSlots;
    private int registerTop;
    private int maxRegister;
    private int lastPosition = -1;
    private final Map<Integer, String> calleeTexts = new HashMap<>();

    public CodeBuffer(int firstTemporary) { registerTop = maxRegister = firstTemporary; }

    /** A jump target; forward references are patched when the label is bound. */
    public static final class Label {
        int pc = -1;
        int[] patches = new int[2];
        int patchCount;
        public boolean isBound() { return pc >= 0; }
    }

    public int pc() { return size; }

    public void emit(Opcode op, int... operands) {
        if (operands.length != op.operandCount()) throw new IllegalArgumentException(op + " takes " + op.operandCount() + " operands");
        ensure(1 + operands.length);
        code[size++] = op.ordinal();
        for (int v : operands) code[size++] = v;
    }

    /** Emits an instruction whose operand at jumpOperand is the label's target. */
    public void emitJump(Opcode op, Label target, int... operands) {
        int at = size;
        int[] all = new int[op.operandCount()];
        int jumpOperand = -1;
        for (int i = 0, j = 0; i < all.length; i++) {
            if (op.operand(i) == OperandFormat.JUMP) jumpOperand = i;
            else all[i] = operands[j++];
        }
        emit(op, all);
        int jumpIndex = at + 1 + jumpOperand;
        if (target.pc >= 0) code[jumpIndex] = target.pc;
        else {
            if (target.patchCount == target.patches.length) target.patches = Arrays.copyOf(target.patches, target.patchCount * 2);
            target.patches[target.patchCount++] = jumpIndex;
        }
    }

    public void bind(Label label) {
        label.pc = size;
        for (int i = 0; i < label.patchCount; i++) code[label.patches[i]] = size;
        label.patchCount = 0;
    }

    private void ensure(int n) {
        if (size + n > code.length) code = Arrays.copyOf(code, Math.max(code.length * 2, size + n));
    }

    public int constant(Object value) {
        // Names are interned so that property keys from different functions are usually identical
        // objects, which makes the identity test at the head of every key comparison succeed.
        if (value instanceof String str) value = str.intern();
        // Doubles are keyed by their bits so that 0.0 and -0.0 (and NaN) stay distinct constants.
        Object key = value instanceof Double d ? (Object) Double.doubleToRawLongBits(d) + "d" : value;
        if (value instanceof BytecodeFunction || value instanceof ConstantPoolEntry) {
            constants.add(value);
            return constants.size() - 1;
        }
        Integer existing = constantIndex.get(key);
        if (existing != null && constants.get(existing).getClass() == value.getClass()) return existing;
        constants.add(value);
        constantIndex.put(key, constants.size() - 1);
        return constants.size() - 1;
    }

    /** Marker interface for constants that must never be shared between sites (template objects …). */
    public interface ConstantPoolEntry {}

    public int feedbackSlot() { return feedbackSlots++; }

    public int temp() {
        int r = registerTop++;
        if (registerTop > maxRegister) maxRegister = registerTop;
        return r;
    }

    /** n consecutive temporaries; returns the first. */
    public int temps(int n) {
        int r = registerTop;
        registerTop += n;
        if (registerTop > maxRegister) maxRegister = registerTop;
        return r;
    }

    public int mark() { return registerTop; }
    public void release(int mark) { registerTop = mark; }

    public void position(int line, int column) {
        int packed = (line << 12) | Math.min(column, 0xFFF);
        if (packed == lastPosition) return;
        lastPosition = packed;
        if (positionCount > 0 && positions[(positionCount - 1) * 2] == size) {
            positions[(positionCount - 1) * 2 + 1] = packed;
            return;
        }
        if ((positionCount + 1) * 2 > positions.length) positions = Arrays.copyOf(positions, positions.length * 2);
        positions[positionCount * 2] = size;
        positions[positionCount * 2 + 1] = packed;
        positionCount++;
    }

    /** Registers a handler for [start, end); handlers must be added innermost first. */
    public void handler(int start, int end, int handlerPc) {
        if (end > start) handlers.add(new int[] {start, end, handlerPc});
    }

    /** Records how the callee of the call about to be emitted reads in source, for "x is not a function". */
    public void calleeText(String text) { if (text != null) calleeTexts.put(size, text); }

    public Map<Integer, String> calleeTexts() { return Map.copyOf(calleeTexts); }

    public int[] code() { return Arrays.copyOf(code, size); }
    public Object[] constants() { return constants.toArray(); }
    public int[] positions() { return Arrays.copyOf(positions, positionCount * 2); }
    public int registerCount() { return maxRegister; }
    public int feedbackSlotCount() { return feedbackSlots; }

    public int[] handlerTable() {
        int[] t = new int[handlers.size() * 3];
        for (int i = 0; i < handlers.size(); i++) System.arraycopy(handlers.get(i), 0, t, i * 3, 3);
        return t;
    }
}
