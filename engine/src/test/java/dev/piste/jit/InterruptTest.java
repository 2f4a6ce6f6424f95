package dev.piste.jit;

import dev.piste.api.Context;
import dev.piste.api.JsError;
import dev.piste.interp.ExecutionState;
import dev.piste.tools.Options;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A termination requested while optimized code runs a loop of an inlined callee: that back edge has no
 * frame of its own, so the code leaves for the interpreter first (every frame rebuilt), and the
 * interpreter ends the run with the exact stack. The loop never ends by itself, and the request is
 * made once the script's thread is seen in it, so the test does not depend on when that happens.
 */
class InterruptTest {
    private static final String SPIN = """
        function spin(n) { let i = 0; while (i !== n) i = (i + 1) & 1023; return i; }
        function outer(n) { return spin(n) + 1; }
        %PrepareFunctionForOptimization(outer);
        for (let k = 0; k < 3; k++) outer(1000);
        %OptimizeFunctionOnNextCall(outer);
        outer(1000);
        console.log("optimized", (%GetOptimizationStatus(outer) & 16) !== 0);
        outer(-1);
        """;

    /** Whether the thread that runs JavaScript (Context's "piste-js") is innermost in a class tier 2 generated. */
    private static boolean inOptimizedCode() {
        for (var e : Thread.getAllStackTraces().entrySet()) {
            StackTraceElement[] stack = e.getValue();
            if (e.getKey().getName().equals("piste-js") && stack.length > 0 && stack[0].getClassName().startsWith("dev.piste.interp.OptimizedCode")) return true;
        }
        return false;
    }

    @Test
    void terminationInAnInlinedLoopKeepsTheStack() throws Exception {
        Options options = new Options();
        assertTrue(options.parse("--allow-natives-syntax"));
        assertTrue(options.parse("--trace-deopt"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        try (Context context = Context.create(options, ps, ps)) {
            ExecutionState state = ExecutionState.of(context.realm());
            Thread stopper = new Thread(() -> {
                // The request must find the loop, not the call before it: it is made once the script has
                // printed and its thread is seen running tier-2 code (outer's, the only code left to run).
                // A minute without that is a failure, reported rather than left spinning.
                long giveUp = System.nanoTime() + 60_000_000_000L;
                while ((!out.toString(StandardCharsets.UTF_8).contains("optimized true") || !inOptimizedCode()) && System.nanoTime() < giveUp) Thread.onSpinWait();
                state.requestInterrupt("stopped by the test");
            });
            stopper.setDaemon(true);
            stopper.start();
            JsError e = assertThrows(JsError.class, () -> context.eval(SPIN, "spin.js"));
            stopper.join();
            assertTrue(e.jsMessage.contains("stopped by the test"), e.display);
            String stack = e.display;
            assertTrue(stack.indexOf("spin") >= 0 && stack.indexOf("outer") > stack.indexOf("spin"), stack);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("optimized true\n"), printed);
        assertTrue(printed.matches("(?s).*\\[deopt\\] outer \\(spin.js:2\\): in spin \\(spin.js:1\\) inlined, at pc \\d+ \\(1:\\d+\\): interrupted; 2 frames rebuilt.*"), printed);
    }
}
