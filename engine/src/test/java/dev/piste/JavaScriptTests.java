package dev.piste;

import dev.piste.api.Context;
import dev.piste.api.JsError;
import dev.piste.tools.Options;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs every JavaScript test file under src/test/js in every execution mode ({@link Variant}).
 *
 * <p>File format: {@code // expect: TEXT} lines give the expected standard output in order (or a
 * sidecar {@code name.expected} file); {@code // expect runtime error: Name: message} (message optional)
 * expects an uncaught error; {@code // expect syntax error line N} expects an early error on line N;
 * {@code // flags: --x --y} adds flags. Every variant must give the same output. A failure prints the
 * command that reproduces it.
 *
 * <p>Tests listed in {@code known-failures.txt} (path, then the reason) are expected to fail: they are
 * reported as skipped while they fail and as a failure once they pass, so the list stays honest.
 */
class JavaScriptTests {
    static final Path ROOT = Path.of("src/test/js");

    /** The execution modes; each is a named flag set. */
    enum Variant {
        INTERP("--jitless"),
        /** Frames resumed afresh at random points, with feedback and caches from the first call. */
        STRESS_RESUME("--jitless", "--stress-resume=7", "--feedback-after-calls=0"),
        NO_IC("--jitless", "--no-ic"),
        /** The default tiering: interpreter, then tier 1 when the policy says so. */
        DEFAULT(),
        /** Every function compiled to tier 1 on its first call, every generated class verified. */
        ALWAYS_BASELINE("--always-baseline", "--verify-jvm-code"),
        /** Every call starts interpreted and moves to tier 1 by on-stack replacement at its first loop back edge. */
        STRESS_OSR("--stress-osr"),
        /** Every function optimized (tier 2) from its third call, speculating on its feedback; guards deoptimize to the interpreter. */
        ALWAYS_OPT("--always-opt", "--verify-jvm-code"),
        /** Tier 2 from the third call, deoptimizing at seeded random instructions: every frame state gets used. */
        STRESS_DEOPT("--always-opt", "--stress-deopt=5"),
        /**
         * The default tier-up path with tiny thresholds: tier 1 after two ticks, tier 2 twenty ticks later,
         * by calls and by OSR at loops, with the deopts of sites that had no feedback yet and re-optimization;
         * tier-2 code of more than 800 bytes is split into methods, as HotSpot's limit makes large functions' code.
         */
        EAGER_TIERS("--tier-policy=fixed", "--tier-up-ticks=2", "--opt-ticks=20", "--verify-jvm-code", "--opt-method-bytes=800"),
        /** The eager tiers deoptimizing at seeded random instructions: frame states of split code, OSR entries and inlined frames all used. */
        EAGER_STRESS_DEOPT("--tier-policy=fixed", "--tier-up-ticks=2", "--opt-ticks=20", "--opt-method-bytes=800", "--stress-deopt=4");

        final String[] flags;
        Variant(String... flags) { this.flags = flags; }
    }

    record Expectation(List<String> stdout, String runtimeError, int syntaxErrorLine, List<String> flags, Map<String, String> skippedVariants) {}

    private static final Pattern EXPECT = Pattern.compile("//\\s?expect: ?(.*)$");
    private static final Pattern EXPECT_EMPTY = Pattern.compile("//\\s?expect:$");
    private static final Pattern RUNTIME_ERROR = Pattern.compile("//\\s?expect runtime error: ?(.*)$");
    private static final Pattern SYNTAX_ERROR = Pattern.compile("//\\s?expect syntax error line (\\d+)");
    private static final Pattern FLAGS = Pattern.compile("^//\\s?flags: (.*)$");
    /** {@code // skip-variants: no_ic (reason)}: variants whose flags contradict what the test asserts. */
    private static final Pattern SKIP_VARIANTS = Pattern.compile("^//\\s?skip-variants: ([a-z_, ]+?)\\s*\\((.*)\\)\\s*$");

    @TestFactory
    Stream<DynamicNode> javascriptTests() throws IOException {
        Map<String, String> known = knownFailures();
        List<Path> files;
        try (Stream<Path> s = Files.walk(ROOT)) {
            files = s.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
        List<DynamicNode> areas = new ArrayList<>();
        Map<String, List<DynamicNode>> byArea = new LinkedHashMap<>();
        for (Path file : files) {
            String rel = ROOT.relativize(file).toString().replace('\\', '/');
            String area = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/')) : ".";
            List<DynamicNode> variants = new ArrayList<>();
            for (Variant v : Variant.values()) {
                variants.add(DynamicTest.dynamicTest(rel + " [" + v.name().toLowerCase() + "]", file.toUri(), () -> runOne(file, rel, v, known.get(rel))));
            }
            byArea.computeIfAbsent(area, k -> new ArrayList<>()).add(DynamicContainer.dynamicContainer(file.getFileName().toString(), variants));
        }
        byArea.forEach((area, tests) -> areas.add(DynamicContainer.dynamicContainer(area, tests)));
        return areas.stream();
    }

    private static Map<String, String> knownFailures() throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        Path f = ROOT.resolve("known-failures.txt");
        if (!Files.exists(f)) return m;
        for (String line : Files.readAllLines(f)) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int sp = line.indexOf(' ');
            m.put(sp < 0 ? line : line.substring(0, sp), sp < 0 ? "" : line.substring(sp + 1).strip());
        }
        return m;
    }

    static Expectation parse(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        String runtimeError = null;
        int syntaxLine = -1;
        List<String> flags = new ArrayList<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher m;
            if ((m = SKIP_VARIANTS.matcher(line)).find()) {
                for (String v : m.group(1).split("[, ]+")) if (!v.isBlank()) skipped.put(v.strip(), m.group(2));
                continue;
            }
            if ((m = FLAGS.matcher(line)).find()) for (String f : m.group(1).trim().split("\\s+")) flags.add(f);
            if ((m = RUNTIME_ERROR.matcher(line)).find()) { runtimeError = m.group(1).trim(); continue; }
            if ((m = SYNTAX_ERROR.matcher(line)).find()) { syntaxLine = Integer.parseInt(m.group(1)); continue; }
            if (EXPECT_EMPTY.matcher(line).find()) { out.add(""); continue; }
            if ((m = EXPECT.matcher(line)).find()) out.add(m.group(1));
        }
        Path sidecar = file.resolveSibling(file.getFileName().toString().replaceAll("\\.js$", ".expected"));
        if (Files.exists(sidecar)) {
            String text = Files.readString(sidecar, StandardCharsets.UTF_8);
            if (text.endsWith("\n")) text = text.substring(0, text.length() - 1);
            out = new ArrayList<>(List.of(text.split("\n", -1)));
            if (text.isEmpty()) out = new ArrayList<>();
        }
        return new Expectation(out, runtimeError, syntaxLine, flags, skipped);
    }

    record Outcome(List<String> stdout, JsError error, String stderr, List<String> refusals) {}

    static Outcome run(Path file, List<String> flags) throws Exception {
        Options options = new Options();
        for (String f : flags) if (!options.parse(f)) throw new IllegalArgumentException("unknown flag in test: " + f);
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        PrintStream pout = new PrintStream(out, true, StandardCharsets.UTF_8), perr = new PrintStream(err, true, StandardCharsets.UTF_8);
        Context context = Context.create(options, pout, perr);
        JsError error = null;
        try {
            context.eval(Files.readString(file, StandardCharsets.UTF_8), file.toString());
            context.runEventLoop();
        } catch (JsError e) {
            error = e;
        }
        pout.flush();
        String text = out.toString(StandardCharsets.UTF_8);
        if (text.endsWith("\n")) text = text.substring(0, text.length() - 1);
        List<String> lines = text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
        return new Outcome(lines, error, err.toString(StandardCharsets.UTF_8), context.jitRefusals());
    }

    private void runOne(Path file, String rel, Variant variant, String knownReason) throws Exception {
        Expectation exp = parse(file);
        String skipReason = exp.skippedVariants().get(variant.name().toLowerCase());
        Assumptions.assumeTrue(skipReason == null, () -> "variant " + variant.name().toLowerCase() + " skipped: " + skipReason);
        List<String> flags = new ArrayList<>(List.of(variant.flags));
        flags.addAll(exp.flags());
        String command = "bin/piste " + String.join(" ", flags) + " engine/" + ROOT.resolve(rel);
        String problem;
        try {
            problem = check(exp, run(file, flags));
        } catch (Throwable t) {
            problem = "the engine threw " + t;
        }
        if (knownReason != null) {
            Assumptions.assumeTrue(problem == null, "known failure: " + knownReason);
            fail("now passes but is listed in known-failures.txt (" + knownReason + "): remove it. Reproduce: " + command);
        }
        if (problem != null) fail(problem + "\n  reproduce: " + command);
    }

    static String check(Expectation exp, Outcome o) {
        if (!o.refusals().isEmpty() && exp.flags().stream().noneMatch(f -> f.startsWith("--baseline-filter"))) {
            // Tier 1 compiles every function; a refusal is a compiler limitation to fix, not a skip.
            return "tier 1 refused to compile: " + o.refusals();
        }
        if (exp.syntaxErrorLine() > 0) {
            if (o.error() == null || !o.error().isSyntaxError()) return "expected a SyntaxError on line " + exp.syntaxErrorLine() + ", got " + describe(o);
            if (o.error().line != exp.syntaxErrorLine()) return "expected a SyntaxError on line " + exp.syntaxErrorLine() + ", got line " + o.error().line + ": " + o.error().display;
            return null;
        }
        StringBuilder diff = new StringBuilder();
        List<String> want = exp.stdout(), got = o.stdout();
        for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
            String w = i < want.size() ? want.get(i) : "<nothing>", g = i < got.size() ? got.get(i) : "<nothing>";
            if (!w.equals(g)) {
                diff.append("stdout line ").append(i + 1).append(":\n    expected: ").append(w).append("\n    actual:   ").append(g);
                break;
            }
        }
        if (exp.runtimeError() != null) {
            if (o.error() == null) return diff + "\nexpected uncaught " + exp.runtimeError() + " but the program completed";
            String actual = o.error().name == null ? o.error().display : o.error().name + ": " + o.error().jsMessage;
            String wanted = exp.runtimeError();
            boolean ok = wanted.contains(":") ? actual.equals(wanted) : wanted.equals(o.error().name);
            if (!ok) return diff + "\nexpected uncaught " + wanted + ", got " + actual;
        } else if (o.error() != null) {
            String first = o.error().display.split("\n")[0];
            return "uncaught: " + first + (diff.length() > 0 ? "\n" + diff : "");
        }
        return diff.length() == 0 ? null : diff.toString();
    }

    private static String describe(Outcome o) {
        return o.error() == null ? "normal completion" : o.error().display;
    }
}
