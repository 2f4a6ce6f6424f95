package dev.piste.runtime.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compares {@link NumberConversions} with node on large seeded random samples. Skipped when
 * {@code node} is not on the PATH. A failure lists the first mismatches as
 * {@code request => expected (node) / actual (Piste)}.
 */
class NumberNodeCrossCheckTest {
    private static final long SEED = 0x5EED_2025L;

    @BeforeAll
    static void requireNode() {
        Assumptions.assumeTrue(NodeOracle.available(), "node is not on the PATH");
    }

    /** Accumulates requests for node together with Piste's answer to each. */
    private static final class Batch {
        final List<String> requests = new ArrayList<>();
        final List<String> answers = new ArrayList<>();
        /** Requests whose numeric answer may differ from node's by one unit in the last place. */
        final List<Boolean> ulpTolerant = new ArrayList<>();
        int ulpDifferences;

        void add(String request, String answer) {
            add(request, answer, false);
        }

        void add(String request, String answer, boolean tolerateOneUlp) {
            requests.add(request);
            answers.add(answer);
            ulpTolerant.add(tolerateOneUlp);
        }

        private static boolean withinOneUlp(String expected, String actual) {
            if (expected.equals("NaN") || actual.equals("NaN")) return false;
            long a = Long.parseUnsignedLong(expected, 16);
            long b = Long.parseUnsignedLong(actual, 16);
            // Same sign bit, and adjacent bit patterns are adjacent doubles.
            return (a ^ b) >= 0 && Math.abs(a - b) <= 1 && !Double.isInfinite(Double.longBitsToDouble(a))
                    && !Double.isInfinite(Double.longBitsToDouble(b));
        }

        void verify() throws Exception {
            List<String> expected = NodeOracle.run(requests);
            List<String> mismatches = new ArrayList<>();
            int count = 0;
            for (int i = 0; i < requests.size(); i++) {
                if (!expected.get(i).equals(answers.get(i))) {
                    if (ulpTolerant.get(i) && withinOneUlp(expected.get(i), answers.get(i))) {
                        ulpDifferences++;
                        continue;
                    }
                    count++;
                    if (mismatches.size() < 20) {
                        mismatches.add(requests.get(i) + " => " + expected.get(i) + " / " + answers.get(i));
                    }
                }
            }
            if (count > 0) fail(count + " of " + requests.size() + " differ from node:\n" + String.join("\n", mismatches));
        }
    }

    // ---- Generators ----

    /** Doubles drawn from several distributions that stress different code paths. */
    static double randomDouble(SplittableRandom random) {
        return switch (random.nextInt(10)) {
            case 0, 1, 2 -> Double.longBitsToDouble(random.nextLong()); // anything, incl. NaN/Infinity
            case 3 -> Double.longBitsToDouble(random.nextLong(1L << 52)) * (random.nextBoolean() ? 1 : -1); // subnormal
            case 4 -> random.nextInt() * (random.nextBoolean() ? 1.0 : 0.5); // int32 and halves
            case 5 -> (double) random.nextLong() / (1L << random.nextInt(64)); // wide range with short binary fractions
            case 6 -> randomDecimal(random);
            case 7 -> Math.pow(10, random.nextInt(-330, 310)) * (random.nextBoolean() ? 1 : -1);
            case 8 -> neighbour(random, randomDecimal(random));
            default -> random.nextDouble() * Math.pow(10, random.nextInt(-10, 25));
        };
    }

    /** A decimal with 1..17 significant digits and a random exponent, read correctly rounded. */
    static double randomDecimal(SplittableRandom random) {
        int digits = random.nextInt(1, 18);
        StringBuilder s = new StringBuilder();
        if (random.nextBoolean()) s.append('-');
        s.append(random.nextInt(1, 10));
        for (int i = 1; i < digits; i++) s.append(random.nextInt(10));
        s.append('e').append(random.nextInt(-340, 310));
        return Double.parseDouble(s.toString());
    }

    static double neighbour(SplittableRandom random, double d) {
        return random.nextBoolean() ? Math.nextUp(d) : Math.nextDown(d);
    }

    static List<Double> boundaryDoubles() {
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL, 1e21, 1e-7, 1e-6,
                9007199254740992.0, 9007199254740993.0, 4294967295.0, 4294967296.0, 2147483648.0, -2147483649.0,
                0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 123e-20, 1.5e300, 5e-324, 1e23, 8.41e21, 2.5, 0.5, 1.25, 1.005, 1.45));
        for (double d : List.copyOf(values)) {
            values.add(Math.nextUp(d));
            values.add(Math.nextDown(d));
            values.add(-d);
        }
        for (int e = -325; e <= 309; e++) {
            double p = Double.parseDouble("1e" + e);
            values.add(p);
            values.add(Math.nextUp(p));
            values.add(Math.nextDown(p));
        }
        for (long bits = 1; bits < 200; bits++) values.add(Double.longBitsToDouble(bits));
        for (int e = -1074; e <= 1023; e++) values.add(Math.scalb(1.0, e));
        return values;
    }

    /** Strings built from pieces of the numeric grammar, mostly almost-valid literals. */
    static String randomNumericString(SplittableRandom random) {
        String[] pieces = {"0", "1", "5", "9", "12", "007", "123456789", "98765432109876543210", ".", ".", "e", "E",
                "e5", "e-3", "e+", "+", "-", " ", "\t", "\n", "\u00A0", "\uFEFF", "\u2003", "\u3000", "\u180E", "0x",
                "0X", "0o", "0b", "0B", "ff", "FF", "z", "Infinity", "infinity", "NaN", "_", "1_0", "a", "n", "7", "8",
                "2", "\u0661", "00000000000000000000001"};
        int count = random.nextInt(1, 6);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) s.append(pieces[random.nextInt(pieces.length)]);
        return s.toString();
    }

    static String randomDigits(SplittableRandom random, int radix, int maxLength) {
        int length = random.nextInt(1, maxLength + 1);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            char c = Character.forDigit(random.nextInt(radix), radix);
            s.append(random.nextInt(4) == 0 ? Character.toUpperCase(c) : c);
        }
        return s.toString();
    }

    // ---- Tests ----

    @Test
    void toStringMatchesNodeOnRandomAndBoundaryDoubles() throws Exception {
        SplittableRandom random = new SplittableRandom(SEED);
        Batch batch = new Batch();
        List<Double> values = boundaryDoubles();
        while (values.size() < 100_000) values.add(randomDouble(random));
        for (double d : values) batch.add("str\t" + NodeOracle.hex(d), NumberConversions.toString(d));
        batch.verify();
    }

    @Test
    void radixToStringMatchesNode() throws Exception {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        Batch batch = new Batch();
        List<Double> values = new ArrayList<>(List.of(0.5, 255.5, 0.1, -0.1, 1e21, 1e-7, 2e53, Math.PI, -0.0));
        while (values.size() < 20_000) {
            double d = randomDouble(random);
            // Cap the all-bits cases: a huge or tiny value in radix 2 prints over a thousand digits.
            if (random.nextInt(10) != 0 && !(Math.abs(d) < 1e40 && Math.abs(d) > 1e-40)) continue;
            values.add(d);
        }
        for (double d : values) {
            int radix = random.nextInt(2, 37);
            batch.add("radix\t" + NodeOracle.hex(d) + "\t" + radix, NumberConversions.toString(d, radix));
        }
        for (int radix = 2; radix <= 36; radix++) {
            for (double d : List.of(0.5, 0.1, 1.0 / 3, 1e21, 1e300, 5e-324, Double.MAX_VALUE, 123.456, -4.35)) {
                batch.add("radix\t" + NodeOracle.hex(d) + "\t" + radix, NumberConversions.toString(d, radix));
            }
        }
        batch.verify();
    }

    @Test
    void toFixedToExponentialToPrecisionMatchNode() throws Exception {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        Batch batch = new Batch();
        List<Double> values = boundaryDoubles();
        while (values.size() < 10_000) {
            values.add(switch (random.nextInt(3)) {
                // Short decimals sit next to rounding ties: 1.005, 2.675, 0.125 ...
                case 0 -> random.nextInt(-100_000, 100_000) / Math.pow(10, random.nextInt(0, 6));
                case 1 -> randomDouble(random);
                default -> random.nextInt(0, 64) + 0.5 * random.nextInt(-3, 3) + random.nextInt(0, 2) * 0.125;
            });
        }
        for (double d : values) {
            int small = random.nextInt(0, 8);
            int any = random.nextInt(0, 101);
            int digits = random.nextBoolean() ? small : any;
            batch.add("fixed\t" + NodeOracle.hex(d) + "\t" + digits, NumberConversions.toFixed(d, digits));
            int expDigits = random.nextInt(4) == 0 ? -1 : random.nextBoolean() ? small : any;
            batch.add("exp\t" + NodeOracle.hex(d) + "\t" + expDigits, NumberConversions.toExponential(d, expDigits));
            int precision = Math.max(1, random.nextBoolean() ? small : any);
            batch.add("prec\t" + NodeOracle.hex(d) + "\t" + precision, NumberConversions.toPrecision(d, precision));
        }
        batch.verify();
    }

    @Test
    void stringToNumberMatchesNode() throws Exception {
        SplittableRandom random = new SplittableRandom(SEED + 3);
        Batch batch = new Batch();
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) inputs.add(randomNumericString(random));
        for (int i = 0; i < 10_000; i++) inputs.add(NumberConversions.toString(randomDouble(random)));
        for (int i = 0; i < 2_000; i++) {
            int radix = new int[] {2, 8, 16}[random.nextInt(3)];
            String prefix = radix == 2 ? "0b" : radix == 8 ? "0o" : "0x";
            inputs.add(prefix + randomDigits(random, radix, 80));
        }
        for (int i = 0; i < 2_000; i++) inputs.add(randomDigits(random, 10, 40) + "." + randomDigits(random, 10, 40));
        for (String s : inputs) batch.add("num\t" + NodeOracle.json(s), NodeOracle.encode(NumberConversions.stringToNumber(s)));
        batch.verify();
    }

    @Test
    void parseIntAndParseFloatMatchNode() throws Exception {
        SplittableRandom random = new SplittableRandom(SEED + 4);
        Batch batch = new Batch();
        int[] radixes = {0, 0, 0, 10, 16, 2, 8, 36, 1, 37, -1, 3, 7, 32};
        for (int i = 0; i < 15_000; i++) {
            String s = randomNumericString(random);
            int radix = radixes[random.nextInt(radixes.length)];
            batch.add("pint\t" + NodeOracle.json(s) + "\t" + radix, NodeOracle.encode(NumberConversions.parseInt(s, radix)));
            batch.add("pfloat\t" + NodeOracle.json(s), NodeOracle.encode(NumberConversions.parseFloat(s)));
        }
        for (int i = 0; i < 10_000; i++) {
            int radix = random.nextInt(2, 37);
            String s = (random.nextInt(4) == 0 ? "-" : "") + randomDigits(random, radix, 60) + (random.nextBoolean() ? "" : "$1");
            batch.add("pint\t" + NodeOracle.json(s) + "\t" + radix, NodeOracle.encode(NumberConversions.parseInt(s, radix)));
        }
        for (int i = 0; i < 3_000; i++) {
            String s = "  0x" + randomDigits(random, 16, 40);
            batch.add("pint\t" + NodeOracle.json(s) + "\t0", NodeOracle.encode(NumberConversions.parseInt(s, 0)));
        }
        for (int i = 0; i < 5_000; i++) {
            String s = NumberConversions.toString(randomDouble(random)) + (random.nextBoolean() ? "px" : "e");
            batch.add("pfloat\t" + NodeOracle.json(s), NodeOracle.encode(NumberConversions.parseFloat(s)));
        }
        batch.verify();
    }

    @Test
    void integerConversionsMatchNode() throws Exception {
        SplittableRandom random = new SplittableRandom(SEED + 5);
        Batch batch = new Batch();
        List<Double> values = boundaryDoubles();
        while (values.size() < 20_000) {
            values.add(random.nextBoolean() ? randomDouble(random) : (double) random.nextLong() * random.nextInt(1, 5000));
        }
        for (double d : values) {
            String h = NodeOracle.hex(d);
            batch.add("int32\t" + h, Integer.toString(NumberConversions.toInt32(d)));
            batch.add("uint32\t" + h, Long.toString(NumberConversions.toUint32(d)));
            batch.add("uint16\t" + h, Integer.toString(NumberConversions.toUint16(d)));
        }
        batch.verify();
    }

    @Test
    void remainderAndPowerMatchNode() throws Exception {
        SplittableRandom random = new SplittableRandom(SEED + 6);
        Batch batch = new Batch();
        double[] special = {0.0, -0.0, 1, -1, 0.5, -0.5, 2, -2, 3, -3, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, 1e-300, 1e300, 7.5, -7.5, 1.0000001};
        List<double[]> pairs = new ArrayList<>();
        for (double a : special) for (double b : special) pairs.add(new double[] {a, b});
        while (pairs.size() < 20_000) {
            double a = random.nextBoolean() ? special[random.nextInt(special.length)] : randomDouble(random);
            double b = random.nextInt(3) == 0 ? special[random.nextInt(special.length)]
                    : random.nextBoolean() ? random.nextInt(-40, 40) * 0.5 : randomDouble(random);
            pairs.add(new double[] {a, b});
        }
        for (double[] p : pairs) {
            String args = NodeOracle.hex(p[0]) + "\t" + NodeOracle.hex(p[1]);
            batch.add("rem\t" + args, NodeOracle.encode(NumberConversions.remainder(p[0], p[1])));
            batch.add("pow\t" + args, NodeOracle.encode(NumberConversions.power(p[0], p[1])), true);
        }
        batch.verify();
        // V8's fdlibm-derived pow and the JDK's StrictMath.pow disagree in the last bit on about
        // 0.5% of random inputs (** is implementation-approximated); special cases match exactly.
        System.out.println("power: " + batch.ulpDifferences + " of " + pairs.size() + " differ from node by one ulp");
    }

    @Test
    void toStringRoundTripsAndIsCanonical() {
        // Independent of node: the printed form must read back as the same double, and
        // CanonicalNumericIndexString must accept every string ToString produces.
        SplittableRandom random = new SplittableRandom(SEED + 7);
        for (int i = 0; i < 50_000; i++) {
            double d = randomDouble(random);
            String s = NumberConversions.toString(d);
            double back = NumberConversions.stringToNumber(s);
            if (Double.isNaN(d)) assertEquals(true, Double.isNaN(back), s);
            else assertEquals(d == 0 ? 0.0 : d, back, s);
            assertEquals(true, NumberConversions.isCanonicalNumericString(s), s);
        }
    }
}
