package dev.piste;

import dev.piste.api.Context;
import dev.piste.api.JsError;
import dev.piste.tools.Options;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Generated programs run in every execution mode must print the same thing (the interpreter-only run
 * is the oracle). The generator mixes arithmetic at the int32 boundaries, strings, objects of a few
 * shapes, arrays of different elements kinds, closures, loops, exceptions and generators, so that
 * frame capture and resumption, inline caches and feedback are all exercised on code nobody wrote by
 * hand. Seeded: a failure names its seed and program.
 */
public class DifferentialFuzzTest {
    private static final int PROGRAMS = 120;
    private static final String[][] MODES = {
        {"--jitless"},
        {"--jitless", "--stress-resume=3", "--feedback-after-calls=0"},
        {"--jitless", "--no-ic"},
        {"--jitless", "--stress-resume=11"},
        {"--always-baseline", "--verify-jvm-code"},
        {"--stress-osr"},
        {"--tier-policy=fixed", "--tier-up-ticks=3"},
        {"--always-opt", "--verify-jvm-code"},
        {"--always-opt", "--stress-deopt=9"},
        {"--tier-policy=fixed", "--tier-up-ticks=2", "--opt-ticks=20", "--verify-jvm-code", "--opt-method-bytes=800"},
        {"--tier-policy=fixed", "--tier-up-ticks=2", "--opt-ticks=20", "--opt-method-bytes=800", "--stress-deopt=4"},
        {"--always-opt", "--no-inline", "--opt=-escapes,-ranges"},
    };

    @Test
    void generatedProgramsAgreeAcrossModes() {
        for (int seed = 1; seed <= PROGRAMS; seed++) {
            String program = new Generator(new SplittableRandom(seed)).program();
            String oracle = run(program, MODES[0]);
            for (int m = 1; m < MODES.length; m++) {
                String other = run(program, MODES[m]);
                if (!oracle.equals(other)) {
                    fail("seed " + seed + ", mode " + String.join(" ", MODES[m]) + " differs from --jitless\n--- program ---\n"
                        + program + "\n--- --jitless ---\n" + oracle + "\n--- other ---\n" + other);
                }
            }
        }
    }

    /** The same programs against node, when it is installed (skipped otherwise). */
    @Test
    void generatedProgramsAgreeWithNode() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(nodeAvailable(), "node is not installed");
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("piste-fuzz");
        for (int seed = 1; seed <= PROGRAMS / 3; seed++) {
            String program = new Generator(new SplittableRandom(seed)).program();
            java.nio.file.Path file = dir.resolve("p" + seed + ".js");
            java.nio.file.Files.writeString(file, program);
            Process p = new ProcessBuilder("node", file.toString()).redirectErrorStream(false).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            String piste = run(program, MODES[0]);
            String expected = out;
            if (p.exitValue() != 0) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^(\\w*Error): (.*)$").matcher(err);
                expected = out + (m.find() ? "uncaught " + m.group(1) + ": " + m.group(2) : "uncaught ?");
            }
            if (!expected.equals(piste)) fail("seed " + seed + " differs from node\n--- program ---\n" + program + "\n--- node ---\n" + expected + "\n--- piste ---\n" + piste);
        }
    }

    private static boolean nodeAvailable() {
        try {
            return new ProcessBuilder("node", "--version").start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void generatorIsDeterministic() {
        assertEquals(new Generator(new SplittableRandom(7)).program(), new Generator(new SplittableRandom(7)).program());
    }

    private static String run(String program, String[] flags) {
        Options options = new Options();
        for (String f : flags) options.parse(f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        Context context = Context.create(options, ps, ps);
        String tail;
        try {
            context.eval(program, "fuzz.js");
            context.runEventLoop();
            tail = "";
        } catch (JsError e) {
            tail = "uncaught " + e.name + ": " + e.jsMessage;
        }
        ps.flush();
        return out.toString(StandardCharsets.UTF_8) + tail;
    }

    /** Generates small deterministic programs from a seed. */
    public static final class Generator {
        private final SplittableRandom random;
        private final List<String> vars = new ArrayList<>();
        private int depth;
        private int counter;

        public Generator(SplittableRandom random) { this.random = random; }

        public String program() {
            StringBuilder sb = new StringBuilder();
            sb.append("""
                function Point(x, y) { this.x = x; this.y = y; }
                Point.prototype.sum = function () { return this.x + this.y; };
                class Box { #v; constructor(v) { this.#v = v; } get v() { return this.#v; } twice() { return this.#v * 2; } }
                function* range(n) { for (let i = 0; i < n; i++) yield i; }
                var K = 3;
                const show = (v) => typeof v === "object" && v !== null ? JSON.stringify(v) : String(v);
                """);
            for (int i = 0; i < 3; i++) {
                String v = "v" + i;
                vars.add(v);
                sb.append("let ").append(v).append(" = ").append(expr()).append(";\n");
            }
            int statements = 6 + random.nextInt(10);
            for (int i = 0; i < statements; i++) sb.append(statement()).append('\n');
            for (String v : vars) sb.append("console.log(\"").append(v).append("\", show(").append(v).append("));\n");
            return sb.toString();
        }

        private String var() { return vars.get(random.nextInt(vars.size())); }

        private String statement() {
            depth++;
            try {
                return switch (depth > 3 ? random.nextInt(3) : random.nextInt(9)) {
                    case 0, 1 -> var() + " = " + expr() + ";";
                    case 2 -> "console.log(show(" + expr() + "));";
                    case 3 -> {
                        String i = "i" + counter++;
                        yield "for (let " + i + " = 0; " + i + " < " + (1 + random.nextInt(40)) + "; " + i + "++) { " + var() + " = " + expr().replace("K", i) + "; }";
                    }
                    case 4 -> "try { " + statement() + " if (" + expr() + ") throw new RangeError(\"r\" + " + expr() + "); } catch (e) { console.log(e.name, show(e.message)); } finally { " + statement() + " }";
                    case 5 -> {
                        String f = "f" + counter++;
                        yield "function " + f + "(a, b = " + expr() + ") { let acc = a; for (const k of range(b & 7)) acc = acc + k; return acc; } "
                            + var() + " = " + f + "(" + expr() + ");";
                    }
                    case 6 -> "if (" + expr() + ") { " + statement() + " } else { " + statement() + " }";
                    case 7 -> {
                        String c = "c" + counter++;
                        yield "const " + c + " = (() => { let n = " + expr() + "; return () => (n = n + 1); })(); " + var() + " = " + c + "() + " + c + "();";
                    }
                    default -> "{ const arr = [" + expr() + ", " + expr() + ", " + expr() + "]; arr.push(" + expr() + "); " + var()
                        + " = arr.map((x) => typeof x === \"number\" ? x * 2 : x).join(\"|\"); }";
                };
            } finally {
                depth--;
            }
        }

        private String expr() {
            depth++;
            try {
                int choice = depth > 4 ? random.nextInt(4) : random.nextInt(16);
                return switch (choice) {
                    case 0 -> Integer.toString(random.nextInt(200) - 100);
                    case 1 -> new String[] {"2147483647", "-2147483648", "0.5", "-0", "1e21", "NaN", "Infinity", "0.1"}[random.nextInt(8)];
                    case 2 -> "\"s" + random.nextInt(10) + "\"";
                    case 3 -> vars.isEmpty() ? "1" : var();
                    case 4 -> "(" + expr() + " " + new String[] {"+", "-", "*", "/", "%", "|", "&", "^", "<<", ">>", ">>>"}[random.nextInt(11)] + " " + expr() + ")";
                    case 5 -> "(" + expr() + " " + new String[] {"<", ">=", "==", "===", "!="}[random.nextInt(5)] + " " + expr() + ")";
                    case 6 -> "new Point(" + expr() + ", " + expr() + ").sum()";
                    case 7 -> "({ a: " + expr() + ", b: " + expr() + " }).b";
                    case 8 -> "[" + expr() + ", " + expr() + "][" + random.nextInt(3) + "]";
                    case 9 -> "(" + expr() + " ? " + expr() + " : " + expr() + ")";
                    case 10 -> "new Box(" + expr() + ").twice()";
                    case 11 -> "String(" + expr() + ").length";
                    case 12 -> "[...range(" + random.nextInt(6) + ")].reduce((p, q) => p + q, " + expr() + ")";
                    case 13 -> "Math.max(" + expr() + ", " + expr() + ")";
                    case 14 -> "(typeof " + expr() + ")";
                    default -> "K";
                };
            } finally {
                depth--;
            }
        }
    }
}
