package dev.piste.parse;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Whatever the input, the parser returns a Program or throws SyntaxErrorException: never another
 * exception, a StackOverflowError or a hang. Runs on a 16 MB stack, the size the engine parses with.
 */
class ParserRobustnessTest {
    private static final int STACK_SIZE = 16 << 20;

    /** Parses on a thread with the engine's stack size; returns the Program or the SyntaxErrorException. */
    private static Object parseOnBigStack(String source) {
        Object[] result = new Object[1];
        Thread thread = new Thread(null, () -> {
            try {
                result[0] = Parser.parseScript(source, "fuzz.js");
            } catch (SyntaxErrorException e) {
                result[0] = e;
            } catch (Throwable t) {
                result[0] = new AssertionError("unexpected " + t + " for input: " + abbreviate(source), t);
            }
        }, "parser-test", STACK_SIZE);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        if (result[0] instanceof AssertionError error) throw error;
        return result[0];
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }

    private static void assertParsesOrSyntaxError(String source) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parseOnBigStack(source));
    }

    private static void assertParses(String source) {
        Object result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parseOnBigStack(source));
        if (result instanceof SyntaxErrorException e) fail("expected to parse: " + e.getMessage() + " in " + abbreviate(source));
    }

    private static void assertRangeError(String source) {
        Object result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parseOnBigStack(source));
        assertTrue(result instanceof SyntaxErrorException e && e.errorType.equals("RangeError")
            && e.rawMessage.equals("Maximum nesting depth exceeded"),
            () -> "expected RangeError, got " + result);
    }

    private static String nest(int levels, String open, String inner, String close) {
        StringBuilder sb = new StringBuilder(levels * (open.length() + close.length()) + inner.length());
        sb.append(open.repeat(levels)).append(inner).append(close.repeat(levels));
        return sb.toString();
    }

    /** Each deeply nestable construct, as (levels -> source). */
    private static List<IntFunction<String>> nestings() {
        List<IntFunction<String>> kinds = new ArrayList<>();
        kinds.add(n -> "x = " + nest(n, "(", "1", ")") + ";");
        kinds.add(n -> "x = " + nest(n, "[", "1", "]") + ";");
        kinds.add(n -> "x = " + nest(n, "{a: ", "1", "}") + ";");
        kinds.add(n -> nest(n, "{", "x;", "}"));
        kinds.add(n -> nest(n, "function f() {", "return 1;", "}"));
        kinds.add(n -> "x = " + nest(n, "() => ", "1", "") + ";");
        kinds.add(n -> "x = " + nest(n, "`${", "1", "}`") + ";");
        kinds.add(n -> "x = " + nest(n, "- ", "1", "") + ";");
        kinds.add(n -> "x = " + nest(n, "!", "1", "") + ";");
        kinds.add(n -> "x = " + nest(n, "a ? ", "1", " : 2") + ";");
        kinds.add(n -> "x = " + nest(n, "a = ", "1", "") + ";");
        kinds.add(n -> nest(n, "if (a) ", "x;", ""));
        kinds.add(n -> nest(n, "while (a) ", "x;", ""));
        kinds.add(n -> "x = " + nest(n, "f(", "1", ")") + ";");
        kinds.add(n -> "x = " + nest(n, "new ", "A", "") + ";");
        kinds.add(n -> "x = " + nest(n, "class extends ", "A", " {}") + ";");
        kinds.add(n -> "var " + nest(n, "[", "a", "]") + " = b;");
        kinds.add(n -> "x = " + nest(n, "async () => ", "1", "") + ";");
        kinds.add(n -> "x = " + nest(n, "{a() { return ", "1", "}}") + ";");
        return kinds;
    }

    @Test
    void thousandLevelsOfEveryConstructParse() {
        for (IntFunction<String> kind : nestings()) assertParses(kind.apply(1000));
    }

    @Test
    void deepNestingIsARangeErrorNotAStackOverflow() {
        for (IntFunction<String> kind : nestings()) {
            assertRangeError(kind.apply(10_000));
            assertRangeError(kind.apply(100_000));
        }
    }

    @Test
    void longOperatorChainsDoNotRecurse() {
        for (String op : new String[] {" + ", " * ", " && ", " ?? ", " ** ", ", ", " . "}) {
            StringBuilder sb = new StringBuilder("x = a");
            for (int i = 0; i < 100_000; i++) sb.append(op.equals(" . ") ? ".b" : op + "a");
            sb.append(';');
            assertParses(sb.toString());
        }
        StringBuilder calls = new StringBuilder("x");
        for (int i = 0; i < 100_000; i++) calls.append("(1)[0].y");
        assertParses(calls.toString());
        assertParses("var a;\n".repeat(100_000));
    }

    private static final String[] TOKENS = {
        "a", "b", "let", "yield", "await", "async", "of", "get", "static", "1", "0x1F", "1e5", ".5", "'s'", "\"t\"",
        "`x${", "}`", "`t`", "/re/g", "(", ")", "[", "]", "{", "}", ";", ",", ".", "...", "?.", "?", ":", "=>",
        "=", "+=", "&&=", "??", "||", "&&", "**", "+", "-", "++", "--", "!", "~", "<", ">>>", "in", "instanceof",
        "typeof", "delete", "new", "this", "super", "class", "extends", "function", "function*", "return", "if",
        "else", "for", "while", "do", "switch", "case", "default", "break", "continue", "try", "catch", "finally",
        "throw", "var", "const", "import", "export", "#x", "\n", " ", "/*c*/", "//c\n", "'use strict';",
    };

    @Test
    void randomTokenStreams() {
        Random random = new Random(42);
        for (int i = 0; i < 3000; i++) {
            int length = 1 + random.nextInt(40);
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < length; j++) sb.append(TOKENS[random.nextInt(TOKENS.length)]).append(random.nextBoolean() ? " " : "");
            assertNoJavaException(sb.toString());
        }
    }

    @Test
    void randomCharacters() {
        Random random = new Random(7);
        String alphabet = "ab01_$#@\\u{}()[];,.?:=+-*/%<>!~&|^`'\"\n\r\t \u2028\u00a0\u00e9\ud83d\ude00xn";
        for (int i = 0; i < 3000; i++) {
            int length = random.nextInt(60);
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < length; j++) {
                sb.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x10000) : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertNoJavaException(sb.toString());
        }
    }

    static final String SAMPLE = """
        'use strict';
        class Point extends Base {
          #x = 0; static count = 0;
          constructor(x, y = 2, ...rest) { super(x); this.#x = x; Point.count++; }
          get x() { return this.#x; }
          static { this.origin = new Point(0); }
          *[Symbol.iterator]() { yield this.#x; yield* [1, 2]; }
          async load(url) { const r = await fetch(`${url}?q=${this.#x}`); return r?.body ?? null; }
        }
        const { a, b: [c, d = 1], ...e } = obj;
        for (let i = 0, n = xs.length; i < n; i++) { if (xs[i] % 2) continue; else break; }
        for (const [k, v] of map) total += v ** 2;
        label: while (true) { switch (k) { case 1: break label; default: k = /ab+c/gi.test(s) ? 1 : 2; } }
        try { risky(); } catch ({ message }) { log(message); } finally { done = true; }
        const f = async (x, { y }) => x + y, g = x => ({ x }), h = function* () {};
        """;

    @Test
    void mutatedValidPrograms() {
        assertParses(SAMPLE);
        Random random = new Random(1234);
        for (int i = 0; i < 3000; i++) {
            char[] chars = SAMPLE.toCharArray();
            int mutations = 1 + random.nextInt(4);
            StringBuilder sb = new StringBuilder(SAMPLE);
            for (int m = 0; m < mutations; m++) {
                int at = random.nextInt(sb.length());
                switch (random.nextInt(3)) {
                    case 0 -> sb.deleteCharAt(at);
                    case 1 -> sb.insert(at, "(){}[];,.=`'\"/\\#*?\n".charAt(random.nextInt(19)));
                    default -> sb.setCharAt(at, chars[random.nextInt(chars.length)]);
                }
            }
            assertNoJavaException(sb.toString());
        }
    }

    /** Cheap check for the many small inputs: same guarantee, without a thread per input. */
    private static void assertNoJavaException(String source) {
        try {
            Parser.parseScript(source, "fuzz.js");
        } catch (SyntaxErrorException e) {
            assertTrue(e.line >= 1 && e.column >= 1, () -> "bad position " + e.getMessage());
        } catch (Throwable t) {
            throw new AssertionError("unexpected " + t + " for input: " + abbreviate(source), t);
        }
    }
}
