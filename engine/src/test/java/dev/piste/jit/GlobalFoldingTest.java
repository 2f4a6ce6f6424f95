package dev.piste.jit;

import dev.piste.api.Context;
import dev.piste.tools.Options;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tier 2 folds globals the code reads into constants, configurable properties of the global object
 * (Math, JSON, …) included: a later script's let, const or class of the same name shadows such a
 * property, and the code that folded it must see the new binding (so must a reassignment or a delete).
 */
class GlobalFoldingTest {
    private static String run(String... scripts) {
        Options options = new Options();
        assertTrue(options.parse("--always-opt"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        try (Context context = Context.create(options, ps, ps)) {
            for (int i = 0; i < scripts.length; i++) context.eval(scripts[i], "script" + i + ".js");
        }
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void aLaterLexicalDeclarationShadowsAFoldedBuiltin() {
        String out = run("""
            function absOf(x) { return Math.abs(x); }
            for (let i = 0; i < 50; i++) absOf(-i);
            console.log(absOf(-3));
            """, """
            let Math = { abs: (x) => "shadowed " + x };
            console.log(absOf(-3));
            """);
        assertEquals("3\nshadowed -3", out);
    }

    @Test
    void aReassignedOrDeletedBuiltinIsSeen() {
        String out = run("""
            function stringify(v) { return typeof JSON === "undefined" ? "gone" : JSON.stringify(v); }
            for (let i = 0; i < 50; i++) stringify([i]);
            console.log(stringify([1]));
            const saved = JSON;
            JSON = { stringify: () => "replaced" };
            console.log(stringify([2]));
            delete globalThis.JSON;
            console.log(stringify([3]));
            globalThis.JSON = saved;
            console.log(stringify([4]));
            """);
        assertEquals("[1]\nreplaced\ngone\n[4]", out);
    }
}
