package dev.piste.jit;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ski-rental arithmetic and the decisions it makes on synthetic cost figures. */
class TierPolicyTest {
    private static final double B = 60_000, CI = 300, CC = 150;

    @Test
    void breakEvenIsPriceOverSavingPerTick() {
        assertEquals(400, TierPolicy.breakEven(B, CI, CC));
        assertEquals(1, TierPolicy.breakEven(10, 300, 100));
        assertEquals(334, TierPolicy.breakEven(100_000, 400, 100.5), "rounded up");
    }

    @Test
    void compilingNeverPaysWhenCompiledCodeIsNotCheaper() {
        assertEquals(TierPolicy.NEVER, TierPolicy.breakEven(B, 150, 150));
        assertEquals(TierPolicy.NEVER, TierPolicy.breakEven(B, 100, 150));
        assertEquals(TierPolicy.NEVER, TierPolicy.breakEven(B, Double.NaN, 150));
        assertEquals(TierPolicy.NEVER, TierPolicy.randomized(TierPolicy.NEVER, 0.5));
    }

    @Test
    void thresholdsFollowThePolicyKind() {
        assertEquals(77, new TierPolicy(TierPolicy.Kind.FIXED, 77).threshold(B, CI, CC, 0.3));
        assertEquals(400, new TierPolicy(TierPolicy.Kind.BREAKEVEN, 77).threshold(B, CI, CC, 0.3));
        long r = new TierPolicy(TierPolicy.Kind.RANDOMIZED, 77).threshold(B, CI, CC, 0.3);
        assertEquals(TierPolicy.randomized(400, 0.3), r);
        assertTrue(r > 0 && r < 400);
    }

    @Test
    void randomizedThresholdIsTheInverseOfItsDistribution() {
        long k = 1000;
        assertEquals(1, TierPolicy.randomized(k, 0));
        assertEquals(k, TierPolicy.randomized(k, 0.999999999));
        // F(x) = (e^(x/k) - 1) / (e - 1): the median is k ln((e + 1) / 2) ≈ 0.620 k.
        assertEquals(Math.ceil(k * Math.log((Math.E + 1) / 2)), TierPolicy.randomized(k, 0.5));
        // Empirical distribution of 200,000 draws against F at ten points.
        SplittableRandom random = new SplittableRandom(42);
        int n = 200_000;
        int[] below = new int[10];
        for (int i = 0; i < n; i++) {
            long x = TierPolicy.randomized(k, random.nextDouble());
            for (int j = 0; j < 10; j++) if (x <= (j + 1) * k / 10) below[j]++;
        }
        for (int j = 0; j < 10; j++) {
            double at = (j + 1) / 10.0;
            double expected = (Math.exp(at) - 1) / (Math.E - 1);
            assertEquals(expected, (double) below[j] / n, 0.01, "F(" + at + "k)");
        }
    }

    @Test
    void breakEvenIsTwoCompetitive() {
        long k = TierPolicy.breakEven(B, CI, 0);
        double worst = 0;
        for (long n = 1; n <= 20 * k; n += 7) {
            double ratio = TierPolicy.cost(n, k, B, CI, 0) / TierPolicy.optimalCost(n, B, CI, 0);
            worst = Math.max(worst, ratio);
        }
        assertTrue(worst <= 2.0 + 1e-9, "worst ratio " + worst);
        assertTrue(worst > 1.9, "the bound is tight just past k: " + worst);
    }

    @Test
    void randomizedIsEOverEMinusOneCompetitiveInExpectation() {
        long k = TierPolicy.breakEven(B, CI, 0);
        int draws = 20_000;
        double bound = Math.E / (Math.E - 1);
        double worst = 0;
        for (long n : new long[] {k / 4, k / 2, k - 1, k, k + 1, 2 * k, 10 * k}) {
            SplittableRandom random = new SplittableRandom(n);
            double total = 0;
            for (int i = 0; i < draws; i++) total += TierPolicy.cost(n, TierPolicy.randomized(k, random.nextDouble()), B, CI, 0);
            worst = Math.max(worst, total / draws / TierPolicy.optimalCost(n, B, CI, 0));
        }
        assertTrue(worst <= bound + 0.02, "expected ratio " + worst + " > e/(e-1)");
        assertTrue(worst < 1.9, "better than the deterministic rule: " + worst);
    }

    @Test
    void costModelFollowsMeasurements() {
        CostModel m = new CostModel(1_000_000, 1000, 3.0, 0.5);
        assertEquals(100_000, m.compileNanos(100), 1e-6);
        // The first compilation may be slow (class-file library loading): the estimate moves at most 4x.
        m.recordCompile(100, 50_000_000);
        assertEquals(400_000, m.compileNanos(100), 1e-6);
        for (int i = 0; i < 50; i++) m.recordCompile(100, 20_000);
        assertEquals(20_000, m.compileNanos(100), 100);
        // Warm-up in HotSpot's interpreter is part of the price.
        m.recordWarmup(100, 30_000);
        assertEquals(50_000, m.compileNanos(100), 100);
        // Interpreted cost: the estimate from size until there are samples, then the measurement.
        assertEquals(300, m.interpretedNanos(100, 10, 0), 1e-6);
        assertEquals(1_000_000.0 * 3 / 6000, m.interpretedNanos(100, 6000, 3), 1e-6);
        // The compiled/interpreted ratio moves toward what functions measured in both tiers show.
        for (int i = 0; i < 40; i++) m.recordBothTiers(400, 100);
        assertEquals(0.25, m.compiledToInterpretedRatio(), 0.01);
        assertEquals(25, m.compiledNanos(100), 1);
        // Windows that measured compiled code slower than interpreted (HotSpot still interpreting it)
        // leave the ratio below 1: the break-even of the functions not yet compiled stays finite.
        for (int i = 0; i < 40; i++) m.recordBothTiers(100, 260);
        assertTrue(m.compiledToInterpretedRatio() <= CostModel.MAX_RATIO + 1e-9, "ratio " + m.compiledToInterpretedRatio());
        assertTrue(TierPolicy.breakEven(m.compileNanos(100), 100, m.compiledNanos(100)) < TierPolicy.NEVER);
    }

    @Test
    void decisionsOnSyntheticFigures() {
        TierPolicy breakeven = new TierPolicy(TierPolicy.Kind.BREAKEVEN, 1000);
        // A cheap compile of an expensive function: compile early.
        assertEquals(20, breakeven.threshold(10_000, 1000, 500, 0));
        // An expensive compile of a cheap function: wait long.
        assertEquals(200_000, breakeven.threshold(10_000_000, 100, 50, 0));
        // Measured compiled cost above the interpreted one: never compile.
        assertEquals(TierPolicy.NEVER, breakeven.threshold(10_000, 100, 120, 0));
    }
}
