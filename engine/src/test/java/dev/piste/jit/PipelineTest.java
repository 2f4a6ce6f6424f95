package dev.piste.jit;

import dev.piste.jit.opt.Pipeline;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tier 2's passes switched off by name (--opt=-name, --no-inline). */
class PipelineTest {
    @Test
    void passesAreSwitchedOffByName() {
        assertEquals(Set.of(), Pipeline.disabled("", true));
        assertEquals(Set.of("guards", "properties"), Pipeline.disabled("-guards, -properties", true));
        assertEquals(Set.of("inline"), Pipeline.disabled("", false));
    }

    @Test
    void anUnknownPassIsRefusedWithTheNamesThereAre() {
        var e = assertThrows(IllegalArgumentException.class, () -> Pipeline.disabled("-nosuch", true));
        assertTrue(e.getMessage().contains("variables, properties, elements, calls, numbers, dead, ranges, inline, escapes, loops, bounds, values, loads, guards"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Pipeline.disabled("guards", true));
    }
}
