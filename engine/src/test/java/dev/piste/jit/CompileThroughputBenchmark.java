package dev.piste.jit;

import dev.piste.api.Context;
import dev.piste.tools.Options;

/**
 * Tier-1 compile throughput (a benchmark, not a test): N generated functions of about 50 bytecode
 * instructions each, every one compiled on its first call (--always-baseline), in three fresh contexts
 * of one JVM so that the later rounds show the warm compiler. Prints --jit-stats for each round.
 *
 * <pre>java -cp engine/target/classes:engine/target/test-classes dev.piste.jit.CompileThroughputBenchmark 300</pre>
 */
public final class CompileThroughputBenchmark {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        StringBuilder src = new StringBuilder();
        for (int i = 0; i < n; i++) {
            src.append("function f").append(i).append("(a, b) { let s = 0; for (let i = 0; i < a; i++) { s += i * b + ").append(i)
                .append("; if (s > 1e6) s = s % 7; } return s + this.x; }\n");
        }
        for (int i = 0; i < n; i++) src.append("f").append(i).append(".call({x: 1}, 3, 4);\n");
        Options options = new Options();
        options.parse("--always-baseline");
        for (int round = 0; round < 3; round++) {
            try (Context context = Context.create(options, System.out, System.err)) {
                long start = System.nanoTime();
                context.eval(src.toString(), "compile-throughput.js");
                System.out.printf("round %d: %.1f ms; %s%n", round, (System.nanoTime() - start) / 1e6, context.jitStats());
            }
        }
    }
}
