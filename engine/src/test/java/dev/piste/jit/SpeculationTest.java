package dev.piste.jit;

import dev.piste.api.Context;
import dev.piste.bytecode.BytecodeFunction;
import dev.piste.interp.Closure;
import dev.piste.jit.opt.Block;
import dev.piste.jit.opt.Graph;
import dev.piste.jit.opt.GraphBuilder;
import dev.piste.jit.opt.IrPrinter;
import dev.piste.jit.opt.Node;
import dev.piste.jit.opt.Op;
import dev.piste.jit.opt.Representation;
import dev.piste.jit.opt.Speculation;
import dev.piste.tools.Options;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The number speculation pass on graphs of functions that ran in the interpreter and have feedback. */
class SpeculationTest {
    /** Runs the source in the interpreter (feedback from the first call) and returns the global function's code. */
    static BytecodeFunction warmed(String source, String name) {
        Context context = context();
        context.eval(source, "test.js");
        return ((Closure) context.realm().globalObject.getOwnDataValue(name)).code;
    }

    private static Context context() {
        Options options = new Options();
        options.parse("--jitless");
        options.parse("--feedback-after-calls=0");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        return Context.create(options, quiet, quiet);
    }

    static Graph speculated(BytecodeFunction fn) throws GraphBuilder.Unsupported {
        Graph g = GraphBuilder.build(fn);
        Speculation.run(g);
        return g;
    }

    private static List<Node> all(Graph g) {
        List<Node> nodes = new ArrayList<>();
        for (Block b : g.blocks) { nodes.addAll(b.phis); nodes.addAll(b.nodes); }
        return nodes;
    }

    @Test
    void anInt32LoopRunsOnUnboxedInts() throws Exception {
        Graph g = speculated(warmed("""
            function sum(n) { let s = 0; for (let i = 0; i < n; i++) s = (s + i) | 0; return s; }
            for (let k = 0; k < 5; k++) sum(100);
            """, "sum"));
        String ir = IrPrinter.print(g, "sum");
        List<Node> nodes = all(g);
        assertTrue(nodes.stream().noneMatch(n -> n.op == Op.GENERIC), ir);
        assertTrue(nodes.stream().anyMatch(n -> n.op == Op.CHECKED_INT32_ADD), ir);
        Node compare = nodes.stream().filter(n -> n.op == Op.INT32_LESS_THAN).findFirst().orElseThrow(() -> new AssertionError(ir));
        assertEquals(Representation.BOOL, compare.representation, ir);
        // The loop's phis for s and i are int32; the branch takes the comparison's boolean as it is.
        Block header = g.blocks.stream().filter(b -> b.predecessors.size() == 2).findFirst().orElseThrow();
        assertTrue(header.phis.stream().filter(p -> p.representation == Representation.INT32).count() >= 2, ir);
        assertTrue(nodes.stream().anyMatch(n -> n.op == Op.BRANCH && n.input(0) == compare), ir);
        // n arrives tagged: one guard unboxes it; every guard deoptimizes to its own instruction.
        for (Node n : nodes) if (n.op == Op.CHECKED_TO_INT32 || n.op == Op.CHECKED_INT32_ADD) assertEquals(n.pc, n.frameState.pc, ir);
        assertEquals(null, consistency(g), ir);
    }

    @Test
    void sitesThatSawOtherValuesStayGeneric() throws Exception {
        Graph g = speculated(warmed("""
            function add(a, b) { return a + b; }
            add(1, 2); add("a", 2);
            """, "add"));
        String ir = IrPrinter.print(g, "add");
        assertTrue(all(g).stream().anyMatch(n -> n.op == Op.GENERIC), ir);
        assertTrue(all(g).stream().noneMatch(n -> n.op == Op.CHECKED_INT32_ADD || n.op == Op.FLOAT64_ADD), ir);
    }

    @Test
    void sitesThatSawDoublesOrOverflowsComputeInFloat64() throws Exception {
        Graph g = speculated(warmed("""
            function add(a, b) { return a + b; }
            add(1, 2); add(1.5, 2); add(2147483647, 1);
            """, "add"));
        String ir = IrPrinter.print(g, "add");
        Node sum = all(g).stream().filter(n -> n.op == Op.FLOAT64_ADD).findFirst().orElseThrow(() -> new AssertionError(ir));
        assertEquals(Representation.FLOAT64, sum.representation, ir);
        assertTrue(all(g).stream().filter(n -> n.op == Op.CHECKED_TO_FLOAT64).count() == 2, ir);
        assertTrue(all(g).stream().anyMatch(n -> n.op == Op.BOX_FLOAT64), ir);
        assertEquals(null, consistency(g), ir);
    }

    @Test
    void overflowedSitesStayGeneric() throws Exception {
        Graph g = speculated(warmed("""
            function inc(x) { return x + 1; }
            for (let i = 0; i < 10; i++) inc(i);
            inc(2147483647);
            """, "inc"));
        assertTrue(all(g).stream().noneMatch(n -> n.op == Op.CHECKED_INT32_ADD), IrPrinter.print(g, "inc"));
    }

    /** The benchmark programs at their smoke sizes give real feedback: every speculated graph is consistent. */
    @Test
    void benchmarkProgramsSpeculateConsistently() throws IOException {
        Path suite = Path.of("../bench/suite");
        String harness = Files.readString(Path.of("../bench/harness.js"));
        List<Path> programs;
        try (Stream<Path> s = Files.list(suite)) { programs = s.filter(p -> p.toString().endsWith(".js")).sorted().toList(); }
        int speculatedNodes = 0;
        List<String> problems = new ArrayList<>();
        for (Path p : programs) {
            Context context = context();
            context.eval("var BENCH_ITERATIONS = 1; var BENCH_SMOKE = true;\n" + harness + "\n" + Files.readString(p), p.getFileName().toString());
            for (Object key : context.realm().globalObject.ownKeys()) {
                Object value = context.realm().globalObject.getOwnDataValue(key);
                if (!(value instanceof Closure c)) continue;
                List<BytecodeFunction> fns = new ArrayList<>();
                collect(c.code, fns);
                for (BytecodeFunction fn : fns) {
                    try {
                        Graph g = speculated(fn);
                        speculatedNodes += (int) all(g).stream().filter(n -> n.op == Op.CHECKED_INT32_ADD || n.op == Op.INT32_LESS_THAN).count();
                        String problem = consistency(g);
                        if (problem != null) problems.add(p.getFileName() + " " + fn.name + ": " + problem + "\n" + IrPrinter.print(g, fn.name));
                    } catch (GraphBuilder.Unsupported e) {
                        // generators: not built
                    }
                }
            }
        }
        assertEquals(List.of(), problems.subList(0, Math.min(3, problems.size())));
        assertTrue(speculatedNodes > 20, "speculated nodes: " + speculatedNodes);
    }

    private static void collect(BytecodeFunction fn, List<BytecodeFunction> out) {
        if (out.contains(fn)) return;
        out.add(fn);
        for (Object c : fn.constants) if (c instanceof BytecodeFunction inner) collect(inner, out);
    }

    /** Unboxed consumers get unboxed inputs, tagged consumers tagged ones; phis agree with their inputs. */
    static String consistency(Graph g) {
        for (Block b : g.blocks) {
            for (Node phi : b.phis) {
                for (int i = 0; i < phi.inputCount(); i++) {
                    if (phi.input(i).representation != phi.representation) return phi + " (" + phi.representation + ") has input " + phi.input(i) + " (" + phi.input(i).representation + ")";
                }
            }
            for (Node n : b.nodes) {
                for (int i = 0; i < n.inputCount(); i++) {
                    Representation want = expected(n, i);
                    if (want != null && n.input(i).representation != want) return n + " " + n.op + " input " + i + " is " + n.input(i).representation + ", wants " + want;
                }
            }
        }
        return null;
    }

    private static Representation expected(Node n, int i) {
        return switch (n.op) {
            case CHECKED_INT32_ADD, CHECKED_INT32_SUB, CHECKED_INT32_MUL, CHECKED_INT32_MOD, INT32_ADD, INT32_SUB, INT32_AND, INT32_OR, INT32_XOR, INT32_LESS_THAN, INT32_GREATER_THAN,
                 INT32_LESS_OR_EQUAL, INT32_GREATER_OR_EQUAL, INT32_EQUAL, BOX_INT32 -> Representation.INT32;
            case BOX_BOOL -> Representation.BOOL;
            case INT32_TO_FLOAT64 -> Representation.INT32;
            case FLOAT64_ADD, FLOAT64_SUB, FLOAT64_MUL, FLOAT64_DIV, FLOAT64_MOD, FLOAT64_CALL, FLOAT64_LESS_THAN, FLOAT64_GREATER_THAN, FLOAT64_LESS_OR_EQUAL,
                 FLOAT64_GREATER_OR_EQUAL, FLOAT64_EQUAL, BOX_FLOAT64 -> Representation.FLOAT64;
            case CHECKED_TO_INT32, CHECKED_TO_FLOAT64 -> Representation.TAGGED;
            case BRANCH -> null;
            case CHECKED_LOAD_ELEMENT, CHAR_CODE_AT -> i == 1 ? Representation.INT32 : Representation.TAGGED;
            // The stored value is in the kind's representation; the value as it came (3) in whatever it has.
            case STORE_ELEMENT -> i == 1 ? Representation.INT32 : i == 3 ? null : i == 2 ? null : Representation.TAGGED;
            default -> Representation.TAGGED;
        };
    }
}
