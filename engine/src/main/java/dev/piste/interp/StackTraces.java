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

    /** The active frames from frame outward, each at its current pc. */
    public static List<StackEntry> capture(Frame frame, int pc, int limit) {
        List<StackEntry> out = new ArrayList<>();
        out.add(entry(frame, pc));
        for (Frame f = frame.caller; f != null && out.size() < limit; f = f.caller) out.add(entry(f, f.pc));
        return out;
    }

    public static List<StackEntry> captureFromTop(ExecutionState state, int limit) {
        List<StackEntry> out = new ArrayList<>();
        for (Frame f = state.top; f != null && out.size() < limit; f = f.caller) out.add(entry(f, f.pc));
        return out;
    }
}
