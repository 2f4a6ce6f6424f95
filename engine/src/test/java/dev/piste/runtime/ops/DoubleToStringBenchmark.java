package dev.piste.runtime.ops;

import java.util.SplittableRandom;

/**
 * Throughput of {@link NumberConversions#toString(double)}; a main(), not a test. Run with
 * <pre>
 * java -cp engine/target/classes:engine/target/test-classes dev.piste.runtime.ops.DoubleToStringBenchmark
 * </pre>
 * Three inputs mixes: random bit patterns (long outputs, mostly exponential), short decimals such as
 * prices (the common case in real scripts), and integers (the fast path).
 */
public final class DoubleToStringBenchmark {
    private static final int SIZE = 1 << 16;
    private static final int ROUNDS = 40;

    public static void main(String[] args) {
        SplittableRandom random = new SplittableRandom(42);
        double[] bits = new double[SIZE];
        double[] decimals = new double[SIZE];
        double[] integers = new double[SIZE];
        for (int i = 0; i < SIZE; i++) {
            double d;
            do d = Double.longBitsToDouble(random.nextLong()); while (Double.isNaN(d) || Double.isInfinite(d));
            bits[i] = d;
            decimals[i] = random.nextInt(1_000_000) / 100.0;
            integers[i] = random.nextInt();
        }
        for (int warmup = 0; warmup < 3; warmup++) {
            measure("random bits", bits, false);
            measure("short decimals", decimals, false);
            measure("integers", integers, false);
        }
        measure("random bits", bits, true);
        measure("short decimals", decimals, true);
        measure("integers", integers, true);
        measure("Double.toString (JDK reference, random bits)", bits, true, true);
    }

    private static void measure(String name, double[] values, boolean print) {
        measure(name, values, print, false);
    }

    private static void measure(String name, double[] values, boolean print, boolean jdk) {
        long checksum = 0;
        long start = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) {
            for (double v : values) checksum += (jdk ? Double.toString(v) : NumberConversions.toString(v)).length();
        }
        long elapsed = System.nanoTime() - start;
        double perCall = (double) elapsed / ((long) ROUNDS * values.length);
        if (print) {
            System.out.printf("%-46s %7.1f ns/call  %6.2f M calls/s  (checksum %d)%n", name, perCall, 1e3 / perCall, checksum);
        }
    }
}
