package dev.piste.bytecode;

/**
 * Prints bytecode. Operands are printed from their {@link OperandFormat} alone, so a new opcode needs
 * no change here.
 */
public final class Disassembler {
    private Disassembler() {}

    /** The function and every function nested in it (through its constants), filtered by name. */
    public static String disassembleAll(BytecodeFunction fn, String filter) {
        StringBuilder sb = new StringBuilder();
        appendAll(fn, filter, sb);
        return sb.toString();
    }

    private static void appendAll(BytecodeFunction fn, String filter, StringBuilder sb) {
        if (filter == null || filter.isEmpty() || fn.name.contains(filter)) sb.append(disassemble(fn));
        for (Object c : fn.constants) if (c instanceof BytecodeFunction inner) appendAll(inner, filter, sb);
    }

    public static String disassemble(BytecodeFunction fn) {
        StringBuilder sb = new StringBuilder();
        String name = fn.flags.script() ? "<script>" : fn.name.isEmpty() ? "<anonymous>" : fn.name;
        sb.append("[bytecode] ").append(name).append(" (").append(fn.sourceName).append(':').append(fn.line).append(':').append(fn.column)
            .append(") registers=").append(fn.registerCount).append(" feedback=").append(fn.feedbackSlotCount)
            .append(" context=").append(fn.functionContextSize).append('\n');
        int[] code = fn.code;
        int lastLine = -1;
        for (int pc = 0; pc < code.length; ) {
            Opcode op = Opcode.of(code[pc]);
            int line = fn.lineAt(pc);
            String pos = line != lastLine ? String.format("%5d:%-4d", line, fn.columnAt(pc)) : "          ";
            lastLine = line;
            sb.append(pos).append(String.format("%5d  %-22s", pc, op.name()));
            for (int i = 0; i < op.operandCount(); i++) {
                int v = code[pc + 1 + i];
                sb.append(i == 0 ? "" : ", ");
                switch (op.operand(i)) {
                    case REG -> sb.append('r').append(v);
                    case IMM -> sb.append(v);
                    case JUMP -> sb.append("@").append(v);
                    case FEEDBACK -> sb.append("[f").append(v).append(']');
                    case CONST -> sb.append('#').append(v).append(' ').append(describeConstant(fn.constants[v]));
                }
            }
            sb.append('\n');
            pc += op.length();
        }
        if (fn.handlers.length > 0) {
            sb.append("  handlers:\n");
            for (int i = 0; i < fn.handlers.length; i += 3) {
                sb.append(String.format("    [%d, %d) -> @%d%n", fn.handlers[i], fn.handlers[i + 1], fn.handlers[i + 2]));
            }
        }
        return sb.toString();
    }

    private static String describeConstant(Object c) {
        if (c instanceof String s) return '"' + s.replace("\n", "\\n") + '"';
        if (c instanceof BytecodeFunction f) return "<function " + (f.name.isEmpty() ? "anonymous" : f.name) + ">";
        return String.valueOf(c);
    }
}
