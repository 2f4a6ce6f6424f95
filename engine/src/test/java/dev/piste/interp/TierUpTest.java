package dev.piste.interp;

import dev.piste.jit.TierPolicy;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a function the tier-up policy passed over is looked at again. */
class TierUpTest {
    @Test
    void aFiniteThresholdIsTheNextLook() {
        assertEquals(5000, TierUp.nextLook(1200, 5000));
    }

    @Test
    void neverIsLookedAtAgainOnceTheTicksHaveDoubled() {
        // The figures are measurements: compiled code measured no cheaper once may be cheaper later.
        assertEquals(1000 + TierUp.RECHECK_TICKS, TierUp.nextLook(1000, TierPolicy.NEVER));
        assertEquals(8000, TierUp.nextLook(4000, TierPolicy.NEVER));
        assertEquals(TierUp.RECHECK_TICKS, TierUp.nextLook(0, TierPolicy.NEVER));
    }

    @Test
    void theNextLookStaysReachableNearTheEndOfTheCounter() {
        int next = TierUp.nextLook(Integer.MAX_VALUE - 10, TierPolicy.NEVER);
        assertTrue(next < Integer.MAX_VALUE, "the counter can still reach " + next);
    }
}
