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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs every benchmark program in {@code bench/suite} once, at its smoke size ({@code BENCH_SMOKE = true},
 * one iteration), in every Piste execution mode, and checks that it verified its own result: the harness
 * prints {@code CHECKED <name>} and nothing throws. Not a timing test.
 *
 * <p>Benchmarks that fail because of a known engine bug are listed in {@link #KNOWN_ENGINE_BUGS} with the
 * reason; they are reported as skipped while they fail, and as a failure once they pass (so the list stays
 * honest).
 */
class BenchmarksRunTest {
    static final Path SUITE = Path.of("../bench/suite");
    static final Path HARNESS = Path.of("../bench/harness.js");

    /** The Piste execution modes, as flag sets (keep in step with MODES in bench/bench.py). */
    enum Mode {
        INTERP("--jitless"),
        STRESS_RESUME("--jitless", "--stress-resume=7");

        final String[] flags;
        Mode(String... flags) { this.flags = flags; }
    }

    /** Benchmark name (file name without .js) → the engine bug that makes it fail. Empty: none known. */
    static final Map<String, String> KNOWN_ENGINE_BUGS = Map.of();

    @TestFactory
    Stream<DynamicNode> benchmarksSelfCheck() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(SUITE)) {
            files = s.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
        if (files.isEmpty()) fail("no benchmarks found in " + SUITE.toAbsolutePath());
        String harness = Files.readString(HARNESS, StandardCharsets.UTF_8);
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString().replaceAll("\\.js$", "");
            List<DynamicNode> modes = new ArrayList<>();
            for (Mode mode : Mode.values()) {
                modes.add(DynamicTest.dynamicTest(name + " [" + mode.name().toLowerCase() + "]", file.toUri(),
                        () -> runOne(harness, file, name, mode)));
            }
            nodes.add(DynamicContainer.dynamicContainer(name, modes));
        }
        return nodes.stream();
    }

    private static void runOne(String harness, Path file, String name, Mode mode) throws Exception {
        String known = KNOWN_ENGINE_BUGS.get(name);
        String source = "var BENCH_SMOKE = true;\nvar BENCH_ITERATIONS = 1;\n" + harness + "\n"
                + Files.readString(file, StandardCharsets.UTF_8);
        String problem;
        try {
            problem = run(source, name, mode.flags);
        } catch (Throwable t) {
            problem = "the engine threw " + t;
        }
        String reproduce = "bin/bench --smoke --only " + name + " --modes interp   (flags: " + String.join(" ", mode.flags) + ")";
        if (known != null) {
            Assumptions.assumeTrue(problem == null, "known engine bug: " + known);
            fail(name + " now passes but is listed in KNOWN_ENGINE_BUGS (" + known + "): remove it");
        }
        if (problem != null) fail(name + ": " + problem + "\n  reproduce: " + reproduce);
    }

    /** Returns null when the benchmark checked its result, else a description of what went wrong. */
    private static String run(String source, String name, String[] flags) throws Exception {
        Options options = new Options();
        for (String f : flags) if (!options.parse(f)) throw new IllegalArgumentException("unknown flag: " + f);
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        PrintStream pout = new PrintStream(out, true, StandardCharsets.UTF_8), perr = new PrintStream(err, true, StandardCharsets.UTF_8);
        Context context = Context.create(options, pout, perr);
        try {
            context.eval(source, "bench/suite/" + name + ".js");
            context.runEventLoop();
        } catch (JsError e) {
            pout.flush();
            return "uncaught " + e.display.split("\n")[0] + lastLines(out);
        }
        pout.flush();
        String text = out.toString(StandardCharsets.UTF_8);
        if (!text.lines().anyMatch(l -> l.equals("CHECKED " + name))) {
            return "did not print CHECKED " + name + lastLines(out);
        }
        return null;
    }

    private static String lastLines(ByteArrayOutputStream out) {
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        return lines.isEmpty() ? "" : "\n  output ends: " + String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }
}
