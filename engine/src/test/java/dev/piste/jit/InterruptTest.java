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
 * interpreter ends the run with the exact stack. The loop never ends by itself, so the request always
 * finds it, whenever it comes.
 */
class InterruptTest {
    private static final String SPIN = """
        function spin(n) { let i = 0; while (i !== n) i = (i + 1) | 0; return i; }
        function outer(n) { return spin(n) + 1; }
        %PrepareFunctionForOptimization(outer);
        for (let k = 0; k < 3; k++) outer(1000);
        %OptimizeFunctionOnNextCall(outer);
        outer(1000);
        console.log("optimized", (%GetOptimizationStatus(outer) & 16) !== 0);
        outer(-1);
        """;

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
                // Wait until the script reaches the endless call, then ask again until it has stopped.
                while (!out.toString(StandardCharsets.UTF_8).contains("optimized true")) Thread.onSpinWait();
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
