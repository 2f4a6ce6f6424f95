package dev.piste.tools;

import dev.piste.api.Context;
import org.junit.jupiter.api.Test;

import java.io.PrintStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad option values are refused with a message that names the option, never a Java exception's text. */
class OptionsTest {
    @Test
    void numbersAreCheckedAndNamed() {
        Options options = new Options();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> options.parse("--opt-ticks=12x"));
        assertEquals("option --opt-ticks takes a whole number, not '12x'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> options.parse("--opt-ticks=99999999999"));
        assertTrue(e.getMessage().startsWith("option --opt-ticks takes a whole number"), e.getMessage());
        assertTrue(options.parse("--opt-ticks=25"));
        assertEquals(25, (int) options.get(Options.OPT_TICKS));
    }

    @Test
    void aMethodSizeTooSmallForAnyBlockIsRefused() {
        Options options = new Options();
        assertTrue(options.parse("--opt-method-bytes=100"));
        PrintStream out = new PrintStream(PrintStream.nullOutputStream());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Context.create(options, out, out).close());
        assertEquals("option --opt-method-bytes must be at least 256, not 100", e.getMessage());
    }
}
