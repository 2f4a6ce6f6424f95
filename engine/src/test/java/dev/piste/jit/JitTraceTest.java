package dev.piste.jit;

import dev.piste.api.Context;
import dev.piste.tools.Options;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What --trace-opt and --print-jvm-code show: tier-up decisions with their figures, OSR, refusals, listings. */
class JitTraceTest {
    private static final String FIB = """
        function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
        console.log(fib(15));
        """;

    static String run(String source, String... flags) {
        Options options = new Options();
        for (String f : flags) assertTrue(options.parse(f), f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        try (Context context = Context.create(options, ps, ps)) {
            context.eval(source, "trace.js");
            context.runEventLoop();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void assertLine(String output, String regex) {
        assertTrue(Pattern.compile(regex, Pattern.MULTILINE).matcher(output).find(), "no line matching " + regex + " in:\n" + output);
    }

    @Test
    void tierUpIsTracedWithItsFigures() {
        String out = run(FIB, "--trace-opt", "--tier-policy=fixed", "--tier-up-ticks=10");
        assertLine(out, "^\\[opt\\] fib \\(trace\\.js:1\\): tier 0 -> 1 after 10 calls, 0 loop iterations "
            + "\\(fixed: B=[0-9.]+(ns|us|ms), ci=[0-9.]+(ns|us|ms), cc=[0-9.]+(ns|us|ms), k=10, ci (estimated|from \\d+ samples)\\)$");
        assertLine(out, "^\\[opt\\] fib \\(trace\\.js:1\\): compiled in [0-9.]+(ns|us|ms): \\d+ bytecode units -> \\d+ bytes of JVM code in 1 method$");
        assertLine(out, "^610$");
    }

    @Test
    void breakEvenThresholdComesFromTheCostModel() {
        String out = run(FIB, "--trace-opt", "--tier-policy=breakeven");
        assertLine(out, "^\\[opt\\] fib \\(trace\\.js:1\\): tier 0 -> 1 after \\d+ calls, 0 loop iterations \\(breakeven: .*, k=\\d+, ");
    }

    @Test
    void onStackReplacementIsTraced() {
        String out = run("""
            function loop() { let s = 0; for (let i = 0; i < 5000; i++) s += i; return s; }
            console.log(loop());
            """, "--trace-opt", "--tier-policy=fixed", "--tier-up-ticks=100");
        assertLine(out, "^\\[opt\\] loop \\(trace\\.js:1\\): tier 0 -> 1 after 1 calls, 99 loop iterations ");
        assertLine(out, "^\\[opt\\] loop \\(trace\\.js:1\\): OSR from tier 0 to 1 at the loop at 1:\\d+ \\(pc \\d+\\)$");
        assertLine(out, "^12497500$");
    }

    @Test
    void refusedFunctionsStayInterpretedAndSayWhy() {
        String out = run(FIB, "--trace-opt", "--tier-policy=fixed", "--tier-up-ticks=10", "--baseline-filter=-fib", "--allow-natives-syntax");
        assertLine(out, "^\\[opt\\] fib \\(trace\\.js:1\\): stays in tier 0: excluded by --baseline-filter=-fib$");
        assertLine(out, "^610$");
        String status = run(FIB + "console.log(%GetOptimizationStatus(fib) & (1 << 15));", "--baseline-filter=-", "--always-baseline", "--allow-natives-syntax");
        assertTrue(status.endsWith("610\n0\n"), status);
    }

    @Test
    void jvmCodeListing() {
        String out = run(FIB, "--print-jvm-code", "--always-baseline", "--filter=fib");
        assertLine(out, "^== tier-1 JVM code of fib \\(trace\\.js:1\\) ==$");
        assertLine(out, "^  c0\\(Frame,ExecutionState\\)Object: \\d+ bytes, max stack \\d+, max locals \\d+$");
        assertLine(out, "^\\s+\\d+: lookupswitch\\s+\\{0: \\d+.*\\} default \\d+$");
        assertLine(out, "^\\s+\\d+: invokestatic\\s+Steps\\.call\\(");
        assertLine(out, "^    catch any in \\[\\d+, \\d+\\) -> \\d+$");
        assertEquals(1, out.split("== tier-1 JVM code of", -1).length - 1, "only the filtered function");
    }

    @Test
    void monomorphicPropertyAccessIsInline() {
        String out = run("""
            function len(p) { return p.x * p.x + p.y * p.y; }
            let s = 0;
            for (let i = 0; i < 50; i++) s += len({x: i, y: 1});
            console.log(s);
            """, "--print-jvm-code", "--filter=len", "--tier-policy=fixed", "--tier-up-ticks=20");
        assertLine(out, "invokevirtual\\s+PropertyCache\\.monomorphicShape\\(\\)Shape$");
        assertLine(out, "^40475$");
    }

    @Test
    void largeFunctionsAreSplitIntoMethodsHotSpotCompiles() {
        StringBuilder src = new StringBuilder("function big() { let a = 0;\n");
        for (int i = 0; i < 4000; i++) src.append("a = (a + ").append(i).append(") | 0;\n");
        src.append("return a; }\nconsole.log(big());\n");
        String out = run(src.toString(), "--trace-opt", "--always-baseline", "--verify-jvm-code");
        assertLine(out, "^\\[opt\\] big \\(trace\\.js:1\\): compiled in .*: \\d+ bytecode units -> \\d+ bytes of JVM code in ([2-9]|\\d\\d+) methods$");
        assertLine(out, "^7998000$");
    }

    /** Tier 2 inlines small functions and constructors, says so, and an object that does not escape is never made. */
    @Test
    void inliningAndEscapeAnalysisAreTracedAndShowInTheGraph() {
        String src = """
            class Pt { constructor(x, y) { this.x = x; this.y = y; } }
            function area(a, b) { const p = new Pt(a, b); return p.x * p.y; }
            function c(o, k) { return o.v + k; }
            function b(o, k) { return c(o, k + 1) + 1; }
            function a(o, k) { return b(o, k + 1) + 1; }
            %PrepareFunctionForOptimization(area); %PrepareFunctionForOptimization(a);
            area(1, 2); area(3, 4); a({v: 1}, 1); a({v: 1}, 2);
            %OptimizeFunctionOnNextCall(area); %OptimizeFunctionOnNextCall(a);
            console.log(area(5, 6), a({v: 1}, 3), a({w: 0, v: 1}, 3));
            """;
        String out = run(src, "--allow-natives-syntax", "--trace-opt", "--trace-deopt", "--print-ir", "--filter=a", "--verify-jvm-code");
        assertLine(out, "^\\[opt\\] area \\(trace\\.js:2\\): inlining area@2:\\d+ -> new Pt: inlined$");
        assertLine(out, "^\\[opt\\] a \\(trace\\.js:5\\): inlining b@4:\\d+ -> c: inlined$");
        assertLine(out, "^\\[deopt\\] a \\(trace\\.js:5\\): in c \\(trace\\.js:3\\) inlined, at pc \\d+ \\(3:\\d+\\): wrong shape; 3 frames rebuilt$");
        assertLine(out, "^30 8 8$");
        // After escape analysis, area makes no object: the allocation became the check of the shape objects of Pt start with.
        String afterEscapes = out.substring(out.indexOf("[ir] area (trace.js:2) after escapes"));
        afterEscapes = afterEscapes.substring(0, afterEscapes.indexOf("[ir]", 5));
        assertTrue(afterEscapes.contains("check-initial-shape"), afterEscapes);
        assertTrue(!afterEscapes.contains("= allocate") && !afterEscapes.contains("transition-store"), afterEscapes);
    }

    /** The graph of f after a pass (its listing up to the next one). */
    private static String afterPass(String out, String function, String pass) {
        int at = out.indexOf("[ir] " + function + " (trace.js:");
        at = out.indexOf(" after " + pass + ":", at);
        assertTrue(at >= 0, "no graph after " + pass + " in:\n" + out);
        int end = out.indexOf("[ir]", at);
        return out.substring(at, end < 0 ? out.length() : end);
    }

    /** A loop's invariant shape check and field load run before it, its element loads lose their bounds checks; a repeated product is computed once. */
    @Test
    void invariantGuardsLeaveLoopsAndRepeatsAreComputedOnce() {
        String src = """
            function P(x) { this.x = x; }
            function f(p, a) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i] * p.x; return s; }
            function g(a, b) { return a * b + a * b; }
            %PrepareFunctionForOptimization(f); %PrepareFunctionForOptimization(g);
            f(new P(2), [1, 2]); f(new P(3), [4]); g(1, 2); g(3, 4);
            %OptimizeFunctionOnNextCall(f); %OptimizeFunctionOnNextCall(g);
            console.log(f(new P(2), [1, 2, 3]), g(5, 6));
            """;
        String out = run(src, "--allow-natives-syntax", "--print-ir", "--verify-jvm-code");
        assertLine(out, "^12 60$");
        String loops = afterPass(out, "f", "loops");
        String[] blocks = loops.split("\n  B");
        // blocks[1] is the entry block, which enters the loop; the loop's blocks follow.
        assertTrue(blocks[1].contains("check-shape") && blocks[1].contains("load-field") && blocks[1].contains("array-length"), loops);
        for (int i = 2; i < blocks.length; i++) assertTrue(!blocks[i].contains("check-shape") && !blocks[i].contains("load-field"), loops);
        // a[i] under i < a.length: no bounds check, one check before the loop that the elements cover the length.
        String bounds = afterPass(out, "f", "bounds");
        assertTrue(bounds.contains("in bounds") && bounds.split("\n  B")[1].contains("check-elements-cover"), bounds);
        String values = afterPass(out, "g", "values");
        assertEquals(1, values.split("checked-int32-mul", -1).length - 1, values);
        // Switched off, the check stays in the loop.
        String kept = afterPass(run(src, "--allow-natives-syntax", "--print-ir", "--opt=-loops"), "f", "guards");
        String[] keptBlocks = kept.split("\n  B");
        assertTrue(!keptBlocks[1].contains("check-shape"), kept);
    }

    /**
     * Tier-2 code too large for one method is split into several (no cut inside the loop when one
     * outside fits), the values live between them passed through the frame; the result is the same.
     */
    @Test
    void largeFunctionsAreSplitIntoMethodsWithTheSameResult() {
        StringBuilder src = new StringBuilder("function big(n) { let s = 0, t = 1.5;\n for (let i = 0; i < n; i++) {\n");
        for (int k = 0; k < 60; k++) {
            src.append("  if (i % ").append(k + 2).append(" === 1) { s += i * ").append(k).append("; t = t * 0.5 + ").append(k)
                .append("; } else { s -= ").append(k).append("; }\n");
        }
        src.append(" }\n return s + t; }\n%PrepareFunctionForOptimization(big); big(10); big(20);\n%OptimizeFunctionOnNextCall(big);\nconsole.log(big(1000));\n");
        String out = run(src.toString(), "--allow-natives-syntax", "--trace-opt", "--verify-jvm-code");
        assertLine(out, "^\\[opt\\] big \\(trace\\.js:1\\): tier -> 2 after 2 calls .* bytes of JVM code in the largest of \\d+ methods");
        // Computed by node: the same in one method per region as in the interpreter.
        assertLine(out, "^24476550.498167634$");
        String small = run("function f(a) { let s = 0; for (let i = 0; i < a.length; i++) { if (a[i] > 2) s += a[i]; else s -= 1; } return s; }"
            + "%PrepareFunctionForOptimization(f); f([1, 2, 3]); f([4, 5]); %OptimizeFunctionOnNextCall(f); console.log(f([1, 5, 9, 2]));",
            "--allow-natives-syntax", "--trace-opt", "--verify-jvm-code", "--opt-method-bytes=300");
        assertLine(small, "in the largest of \\d+ methods");
        assertLine(small, "^12$");
    }

    /** A branch the interpreter never took ends in a deoptimization; the value that only changed there is a constant after it. */
    @Test
    void pathsNeverTakenEndInADeoptimization() {
        String src = """
            function acc(a) { let s = 0, t = 1; for (let i = 0; i < a.length; i++) { if (a[i] < 0) { t = t * 2 + a[i]; } else s += a[i]; } return s * 10 + t; }
            %PrepareFunctionForOptimization(acc); acc([1, 2]); acc([3]);
            %OptimizeFunctionOnNextCall(acc); console.log(acc([1, 2, 3]), acc([5, -1]));
            """;
        String out = run(src, "--allow-natives-syntax", "--print-ir", "--verify-jvm-code");
        assertLine(out, "^61 51$");
        String dead = afterPass(out, "acc", "dead");
        // The cold block is a deoptimization and nothing else follows it: no block has it as predecessor, and t's phi is gone.
        java.util.regex.Matcher m = Pattern.compile("\\n  (B\\d+) \\(pc \\d+\\) <- B\\d+\\n(    v\\d+ = [^\\n]*\\n)*    deoptimize [^\\n]*\\n  B").matcher(dead);
        assertTrue(m.find(), dead);
        assertTrue(!Pattern.compile("<- [^\\n-]*\\b" + m.group(1) + "\\b").matcher(dead).find(), dead);
        String before = afterPass(out, "acc", "numbers");
        assertTrue(dead.split("= phi", -1).length < before.split("= phi", -1).length, dead);
    }

    /** An object that escapes only on a path that ends in a deoptimization is not made by the optimized code. */
    @Test
    void objectsEscapingOnlyOnDeadEndsAreNotMade() {
        String src = """
            class Pt { constructor(x, y) { this.x = x; this.y = y; } }
            const kept = [];
            function measure(a, b, keep) { const p = new Pt(a, b); if (keep) { kept.push(p); return -1; } return p.x + p.y; }
            %PrepareFunctionForOptimization(measure); measure(1, 2, false); measure(3, 4, false);
            %OptimizeFunctionOnNextCall(measure); console.log(measure(5, 6, false), measure(7, 8, true), JSON.stringify(kept[0]));
            """;
        String out = run(src, "--allow-natives-syntax", "--print-ir", "--verify-jvm-code");
        assertLine(out, "^11 -1 \\{\"x\":7,\"y\":8\\}$");
        String escapes = afterPass(out, "measure", "escapes");
        assertTrue(escapes.contains("check-initial-shape") && !escapes.contains("= allocate"), escapes);
    }
}
