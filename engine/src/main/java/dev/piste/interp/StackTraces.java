package dev.piste.interp;

import dev.piste.runtime.ops.JsException.StackEntry;

import java.util.ArrayList;
import java.util.List;

/** Stack-trace entries from interpreter frames: function name, file, line, column of the current pc. */
public final class StackTraces {
    private StackTraces() {}

    public static StackEntry entry(Frame frame, int pc) {
        var code = frame.code;
        String name = code.flags.script() ? null : frame.closure.debugName();
        if (!code.flags.script() && (name == null || name.isEmpty())) name = "<anonymous>";
        return new StackEntry(name, code.sourceName, code.lineAt(pc), code.columnAt(pc), frame.closure);
    }

    /**
     * The entries of frame at pc: first the functions inlined into its code on the way to the call it
     * is making, if any (see InlinedCallers), then its own. An inlined function's entry names no
     * function object (its closure is a value of the optimized code).
     */
    public static void addEntries(List<StackEntry> out, Frame frame, int pc) {
        InlinedCallers inlined = frame.inlined;
        if (inlined != null) {
            for (int i = 0; i < inlined.functions().length; i++) {
                var code = inlined.functions()[i];
                int at = inlined.pcs()[i];
                String name = code.name == null || code.name.isEmpty() ? "<anonymous>" : code.name;
                out.add(new StackEntry(name, code.sourceName, code.lineAt(at), code.columnAt(at), null));
            }
        }
        out.add(entry(frame, pc));
    }

    /** The active frames from frame outward, each at its current pc. */
    public static List<StackEntry> capture(Frame frame, int pc, int limit) {
        List<StackEntry> out = new ArrayList<>();
        addEntries(out, frame, pc);
        for (Frame f = frame.caller; f != null && out.size() < limit; f = f.caller) addEntries(out, f, f.pc);
        return out;
    }

    public static List<StackEntry> captureFromTop(ExecutionState state, int limit) {
        List<StackEntry> out = new ArrayList<>();
        for (Frame f = state.top; f != null && out.size() < limit; f = f.caller) addEntries(out, f, f.pc);
        return out;
    }
}
