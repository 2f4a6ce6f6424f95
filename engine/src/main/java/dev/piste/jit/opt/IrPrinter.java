package dev.piste.jit.opt;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Prints a graph for --print-ir: blocks with their edges, phis, nodes with inputs and frame states. */
public final class IrPrinter {
    private IrPrinter() {}

    public static String print(Graph g, String title) {
        StringBuilder sb = new StringBuilder();
        sb.append("[ir] ").append(title).append(": ").append(g.blocks.size()).append(" blocks\n");
        for (Block b : g.blocks) {
            sb.append("  ").append(b).append(" (pc ").append(b.startPc).append(")");
            if (!b.predecessors.isEmpty()) sb.append(" <- ").append(b.predecessors.stream().map(Block::toString).collect(Collectors.joining(" ")));
            if (!b.successors.isEmpty()) sb.append(" -> ").append(b.successors.stream().map(Block::toString).collect(Collectors.joining(" ")));
            sb.append('\n');
            for (Node phi : b.phis) sb.append("    ").append(phi).append(suffix(phi)).append(" = phi ").append(inputs(phi)).append('\n');
            for (Node n : b.nodes) sb.append("    ").append(describe(n)).append('\n');
        }
        return sb.toString();
    }

    static String describe(Node n) {
        StringBuilder sb = new StringBuilder();
        if (n.op.producesValue()) sb.append(n).append(suffix(n)).append(" = ");
        switch (n.op) {
            case INT32_CONSTANT -> sb.append("int32 ").append(n.data);
            case FLOAT64_CONSTANT -> sb.append("float64 ").append(n.data);
            case CONSTANT -> sb.append("constant ").append(n.data instanceof CharSequence s ? '"' + abbreviate(s.toString()) + '"'
                : n.data instanceof dev.piste.runtime.objects.JsObject o ? o.className() + " object " + o.shape() : String.valueOf(n.data));
            case ENTRY -> sb.append("entry ").append((int) n.data < 0 ? "acc" : "r" + n.data);
            case LOAD_FRAME_REGISTER -> sb.append("load-frame r").append(n.data);
            case STORE_FRAME_REGISTER -> sb.append("store-frame r").append(n.data).append(' ').append(inputs(n));
            case GENERIC -> {
                GraphBuilder.Generic gen = (GraphBuilder.Generic) n.data;
                sb.append("generic ").append(gen.opcode()).append(Arrays.toString(gen.operands())).append(' ').append(inputs(n));
            }
            case CHECK_SHAPE -> sb.append("check-shape ").append(inputs(n)).append(' ').append(Arrays.toString((Object[]) n.data));
            case LOAD_FIELD, STORE_FIELD, STORE_FIELD_FLOAT64, TRANSITION_STORE, CHECKED_LOAD_NAMED, CHECKED_STORE_NAMED, CHECKED_LOAD_ELEMENT, STORE_ELEMENT ->
                sb.append(n.op.name().toLowerCase().replace('_', '-')).append(' ').append(inputs(n)).append(' ').append(n.data);
            case FLOAT64_CALL -> sb.append("float64-call ").append(((java.lang.constant.DirectMethodHandleDesc) n.data).methodName()).append(' ').append(inputs(n));
            case BRANCH -> sb.append("branch ").append(n.data instanceof Object[] d ? d[0] + " " + d[1] : n.data).append(' ').append(inputs(n));
            default -> sb.append(n.op.name().toLowerCase().replace('_', '-')).append(n.inputs.length > 0 ? " " + inputs(n) : "");
        }
        if (n.pc >= 0) sb.append("  @").append(n.pc);
        if (n.frameState != null) sb.append("  ").append(state(n.frameState));
        return sb.toString();
    }

    private static String suffix(Node n) {
        return switch (n.representation) { case TAGGED -> ""; case INT32 -> ":i32"; case BOOL -> ":bool"; case FLOAT64 -> ":f64"; };
    }

    private static String abbreviate(String s) { return s.length() <= 40 ? s : s.substring(0, 37) + "..."; }

    private static String inputs(Node n) {
        return Arrays.stream(n.inputs).map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
    }

    /** A frame state, with the slots of the virtual objects it holds and the states of the frames it was inlined into. */
    private static String state(FrameState s) {
        StringBuilder sb = new StringBuilder("{acc=").append(stateValue(s.accumulator));
        for (int r = 0; r < s.registers.length; r++) if (s.registers[r] != null) sb.append(" r").append(r).append('=').append(stateValue(s.registers[r]));
        sb.append('}');
        if (s.outer != null) sb.append(" in @").append(s.outer.pc).append(' ').append(state(s.outer));
        return sb.toString();
    }

    private static String stateValue(Node v) {
        return v != null && v.op == Op.VIRTUAL_OBJECT ? v + "=virtual" + inputs(v) + v.data : String.valueOf(v);
    }
}
