package dev.piste.jit;

import dev.piste.bytecode.BytecodeEmitter;
import dev.piste.bytecode.BytecodeFunction;
import dev.piste.jit.opt.Block;
import dev.piste.jit.opt.FrameState;
import dev.piste.jit.opt.Graph;
import dev.piste.jit.opt.GraphBuilder;
import dev.piste.jit.opt.IrPrinter;
import dev.piste.jit.opt.Node;
import dev.piste.jit.opt.Op;
import dev.piste.parse.Parser;
import dev.piste.parse.SyntaxErrorException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The optimizing tier's SSA graph built from bytecode: shapes of simple functions, and invariants over the whole JS corpus. */
class GraphBuilderTest {
    static BytecodeFunction function(String source, String name) {
        BytecodeFunction script = BytecodeEmitter.compileScript(Parser.parseScript(source, "test.js"));
        return find(script, name);
    }

    private static BytecodeFunction find(BytecodeFunction fn, String name) {
        if (fn.name.equals(name)) return fn;
        for (Object c : fn.constants) if (c instanceof BytecodeFunction inner && find(inner, name) instanceof BytecodeFunction f) return f;
        return null;
    }

    private static long count(Graph g, Op op) {
        return g.blocks.stream().flatMap(b -> Stream.concat(b.phis.stream(), b.nodes.stream())).filter(n -> n.op == op).count();
    }

    @Test
    void straightLineCodeHasOneBlockAndNoPhis() throws Exception {
        Graph g = GraphBuilder.build(function("function f(a, b) { const c = a * b; return c + a; }", "f"));
        assertEquals(1, g.blocks.size(), IrPrinter.print(g, "f"));
        assertEquals(0, count(g, Op.PHI));
        assertEquals(Op.RETURN, g.blocks.getFirst().end().op);
    }

    @Test
    void loopsGetPhisAtTheirHeaderOnlyForWhatChanges() throws Exception {
        Graph g = GraphBuilder.build(function("function f(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; }", "f"));
        String ir = IrPrinter.print(g, "f");
        Block header = g.blocks.stream().filter(b -> b.predecessors.size() == 2).findFirst().orElseThrow(() -> new AssertionError(ir));
        // s and i change in the loop (and so may the accumulator and a temporary); n does not: no phi for it.
        assertTrue(header.phis.size() >= 2 && header.phis.size() <= 4, ir);
        Node n = g.blocks.getFirst().nodes.stream().filter(x -> x.op == Op.ENTRY && Integer.valueOf(0).equals(x.data)).findFirst().orElseThrow();
        for (Node phi : header.phis) assertTrue(phi.input(0) != n, ir);
        for (Node phi : header.phis) assertEquals(2, phi.inputCount(), ir);
        assertTrue(count(g, Op.LOOP_CHECK) == 1, ir);
    }

    @Test
    void mergesOfEqualValuesNeedNoPhi() throws Exception {
        Graph g = GraphBuilder.build(function("function f(a, b) { let x = a; if (b) { g(); } else { h(); } return x; }", "f"));
        String ir = IrPrinter.print(g, "f");
        Node ret = g.blocks.getLast().end();
        assertEquals(Op.RETURN, ret.op, ir);
        // x is a on both paths: the return reads the entry value directly.
        assertTrue(ret.input(0).op == Op.ENTRY || ret.input(0).op == Op.PHI, ir);
    }

    @Test
    void genericNodesCarryTheStateBeforeTheirInstruction() throws Exception {
        Graph g = GraphBuilder.build(function("function f(o) { let t = o.x; return o.y + t; }", "f"));
        String ir = IrPrinter.print(g, "f");
        List<Node> generics = g.blocks.getFirst().nodes.stream().filter(n -> n.op == Op.GENERIC).toList();
        assertTrue(generics.size() >= 3, ir);
        for (Node n : generics) {
            assertEquals(n.pc, n.frameState.pc, ir);
            assertTrue(n.frameState.accumulator != null, ir);
        }
    }

    @Test
    void aLoopAtTheFirstInstructionMergesTheEntryValues() throws Exception {
        Graph g = GraphBuilder.build(function("function f(a, b) { while (true) { if (a === b) return 1; b = b.next; } }", "f"));
        String ir = IrPrinter.print(g, "f");
        assertEquals(0, g.blocks.getFirst().predecessors.size(), ir);
        Block header = g.blocks.get(1);
        assertEquals(2, header.predecessors.size(), ir);
        assertTrue(header.phis.stream().anyMatch(p -> p.input(0).op == Op.ENTRY), ir);
    }

    @Test
    void generatorsStayInTierOne() {
        try {
            GraphBuilder.build(function("function* f() { yield 1; }", "f"));
            fail("built a generator");
        } catch (GraphBuilder.Unsupported e) {
            assertTrue(e.getMessage().contains("generators"));
        }
    }

    /** Every function of every JS test file builds, and the graph is well formed. */
    @Test
    void theWholeCorpusBuilds() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("src/test/js"))) { files = s.filter(p -> p.toString().endsWith(".js")).sorted().toList(); }
        int functions = 0, unsupported = 0;
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            BytecodeFunction script;
            try {
                script = BytecodeEmitter.compileScript(Parser.parseScript(Files.readString(file), file.toString()));
            } catch (SyntaxErrorException | dev.piste.runtime.ops.JsException e) {
                continue;
            }
            List<BytecodeFunction> all = new ArrayList<>();
            collect(script, all);
            for (BytecodeFunction fn : all) {
                functions++;
                try {
                    Graph g = GraphBuilder.build(fn);
                    String problem = check(g);
                    if (problem == null) problem = verify(g);
                    if (problem != null) problems.add(file + " " + fn.name + ": " + problem);
                } catch (GraphBuilder.Unsupported e) {
                    unsupported++;
                } catch (RuntimeException e) {
                    problems.add(file + " " + fn.name + ": " + e);
                }
            }
        }
        assertEquals(List.of(), problems.subList(0, Math.min(10, problems.size())));
        assertTrue(functions > 2000, "functions: " + functions);
        assertTrue(unsupported < functions / 5, unsupported + " of " + functions + " unsupported");
    }

    /** Tier 2's code for the graph (locals shared by liveness, exits in methods of their own) passes the JVM's verifier. */
    private static String verify(Graph g) {
        try {
            dev.piste.jit.opt.OptCompiler.Output out = dev.piste.jit.opt.OptCompiler.compile(g, GraphBuilderTest.class.getClassLoader(), true);
            var errors = dev.piste.jit.JvmCode.verify(out.classBytes(), java.lang.constant.ClassDesc.of(dev.piste.jit.opt.OptCompiler.CLASS_NAME),
                GraphBuilderTest.class.getClassLoader());
            return errors.isEmpty() ? null : "does not verify: " + errors.getFirst().getMessage();
        } catch (GraphBuilder.Unsupported e) {
            return null;
        }
    }

    private static void collect(BytecodeFunction fn, List<BytecodeFunction> out) {
        out.add(fn);
        for (Object c : fn.constants) if (c instanceof BytecodeFunction inner) collect(inner, out);
    }

    /** Phis have one input per predecessor; every input and frame-state value is a live node of the graph. */
    private static String check(Graph g) {
        Set<Node> live = new HashSet<>();
        for (Block b : g.blocks) { live.addAll(b.phis); live.addAll(b.nodes); }
        for (Block b : g.blocks) {
            for (Node phi : b.phis) if (phi.inputCount() != b.predecessors.size()) return phi + " has " + phi.inputCount() + " inputs for " + b.predecessors.size() + " predecessors";
            if (b.end() == null) return b + " is empty";
            for (Node n : Stream.concat(b.phis.stream(), b.nodes.stream()).toList()) {
                for (int i = 0; i < n.inputCount(); i++) if (!live.contains(n.input(i))) return n + " uses " + n.input(i) + ", not in the graph";
                FrameState s = n.frameState;
                if (s != null) {
                    if (!live.contains(s.accumulator)) return n + "'s frame state uses " + s.accumulator;
                    for (Node r : s.registers) if (r != null && !live.contains(r)) return n + "'s frame state uses " + r;
                }
            }
        }
        return null;
    }
}
