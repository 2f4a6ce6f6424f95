package dev.piste.tools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one registry of engine options. Each option has a name, a type, a default, help text and a
 * stability level; internal options are hidden from --help unless --help-internal is given.
 * Values are parsed from command-line style flags ({@code --name}, {@code --name=value},
 * {@code --no-name}).
 */
public final class Options {
    public enum Stability { USER, EXPERT, INTERNAL }
    public enum Type { BOOLEAN, INT, LONG, STRING }

    public record Option(String name, Type type, Object defaultValue, String help, Stability stability) {}

    private static final Map<String, Option> REGISTRY = new LinkedHashMap<>();

    private static Option register(String name, Type type, Object def, Stability s, String help) {
        Option o = new Option(name, type, def, help, s);
        REGISTRY.put(name, o);
        return o;
    }

    public static final Option JITLESS = register("jitless", Type.BOOLEAN, false, Stability.USER,
        "Run in the interpreter only (no JIT tier).");
    public static final Option PRINT_BYTECODE = register("print-bytecode", Type.BOOLEAN, false, Stability.USER,
        "Print the bytecode of every function as it is compiled.");
    public static final Option PRINT_AST = register("print-ast", Type.BOOLEAN, false, Stability.USER,
        "Print the syntax tree of the script.");
    public static final Option STRESS_RESUME = register("stress-resume", Type.LONG, -1L, Stability.INTERNAL,
        "Seed: at random instruction boundaries capture the running frame and resume it in a fresh activation.");
    public static final Option STACK_SIZE = register("stack-size", Type.INT, 1024, Stability.EXPERT,
        "Stack size in MB of the thread that runs JavaScript.");
    public static final Option MAX_CALL_DEPTH = register("max-call-depth", Type.INT, 50_000, Stability.EXPERT,
        "JavaScript call depth at which a RangeError is thrown.");
    public static final Option IC = register("ic", Type.BOOLEAN, true, Stability.USER,
        "Use inline caches (--no-ic: every property access, global access and call takes the generic path).");
    public static final Option TRACE_IC = register("trace-ic", Type.BOOLEAN, false, Stability.USER,
        "Print every inline-cache transition: site, property, old -> new state, shapes.");
    public static final Option ALLOW_NATIVES_SYNTAX = register("allow-natives-syntax", Type.BOOLEAN, false, Stability.USER,
        "Allow V8-style intrinsics such as %GetOptimizationStatus(f) and %ICState(f, n) in scripts.");
    public static final Option FEEDBACK_AFTER_CALLS = register("feedback-after-calls", Type.INT, 2, Stability.EXPERT,
        "Calls (or 100 loop iterations each) before a function gets its feedback vector.");
    public static final Option FILTER = register("filter", Type.STRING, "", Stability.EXPERT,
        "Limit every dump and trace to functions whose name contains this text.");

    public static final Option ALWAYS_BASELINE = register("always-baseline", Type.BOOLEAN, false, Stability.EXPERT,
        "Compile every function to tier 1 (JVM bytecode) on its first call (a test mode).");
    public static final Option OPT_TICKS = register("opt-ticks", Type.INT, 10_000, Stability.EXPERT,
        "Ticks a function runs in tier 1 before tier 2 optimizes it from its feedback (0: no tier 2).");
    public static final Option ALWAYS_OPT = register("always-opt", Type.BOOLEAN, false, Stability.EXPERT,
        "Optimize every function with tier 2 from its third call, once its feedback has seen a run, and hot loops at their first back edge (a test mode).");
    public static final Option OPT = register("opt", Type.STRING, "", Stability.EXPERT,
        "Switch tier 2's passes off by name: --opt=-guards,-properties (passes: "
        + dev.piste.jit.opt.Pipeline.PASSES.stream().map(dev.piste.jit.opt.Pipeline.Pass::name).collect(java.util.stream.Collectors.joining(", "))
        + "; see --print-ir).");
    public static final Option OPT_METHOD_BYTES = register("opt-method-bytes", Type.INT, 8000, Stability.EXPERT,
        "Tier 2 splits a function's code into methods so that none has this many bytes of JVM code (HotSpot compiles none of 8,000 or more); smaller values test the splitting.");
    public static final Option INLINE = register("inline", Type.BOOLEAN, true, Stability.EXPERT,
        "Tier 2 inlines small functions a call site always calls (--no-inline: it does not; the same as --opt=-inline).");
    public static final Option TRACE_DEOPT = register("trace-deopt", Type.BOOLEAN, false, Stability.USER,
        "Print each deoptimization: function, bytecode position, reason, frames rebuilt.");
    public static final Option STRESS_DEOPT = register("stress-deopt", Type.LONG, -1L, Stability.INTERNAL,
        "Seed: optimized code deoptimizes at random before instructions (about one in five), so that every deopt path runs.");
    public static final Option STRESS_OSR = register("stress-osr", Type.BOOLEAN, false, Stability.INTERNAL,
        "Start every call in the interpreter and move it to compiled code at its first loop back edge (on-stack replacement at every loop).");
    public static final Option OSR = register("osr", Type.BOOLEAN, true, Stability.EXPERT,
        "On-stack replacement: a hot loop in an interpreted call continues in compiled code.");
    public static final Option TIER_POLICY = register("tier-policy", Type.STRING, "breakeven", Stability.USER,
        "When to compile: fixed (after --tier-up-ticks calls and loop iterations), breakeven (k = B / (ci - cc) from measured costs), randomized (randomized ski rental).");
    public static final Option TIER_UP_TICKS = register("tier-up-ticks", Type.INT, 1000, Stability.EXPERT,
        "Calls plus loop iterations before compiling, under --tier-policy=fixed.");
    public static final Option TRACE_OPT = register("trace-opt", Type.BOOLEAN, false, Stability.USER,
        "Print every tier-up decision with its measured figures, every compilation, refusal, inlining decision and on-stack replacement.");
    public static final Option PRINT_JVM_CODE = register("print-jvm-code", Type.BOOLEAN, false, Stability.USER,
        "Print a javap-style listing of the JVM code generated for each compiled function (see --filter).");
    public static final Option PRINT_IR = register("print-ir", Type.BOOLEAN, false, Stability.EXPERT,
        "Print tier 2's SSA graph of each function it optimizes, as built from bytecode and after each pass (see --filter).");
    public static final Option VERIFY_JVM_CODE = register("verify-jvm-code", Type.BOOLEAN, false, Stability.EXPERT,
        "Verify every generated class before defining it (a debug mode); a class that fails stays uncompiled, with the reason.");
    public static final Option JIT_STATS = register("jit-stats", Type.BOOLEAN, false, Stability.USER,
        "At exit, print to stderr what tier 1 and tier 2 compiled, how long it took, when the first compiled code was installed, calls inlined and deoptimizations.");
    public static final Option BASELINE_FILTER = register("baseline-filter", Type.STRING, "*", Stability.EXPERT,
        "Which functions tier 1 may compile: * (all), - (none), a name part (only those), -name part (all but those).");
    public static final Option SAMPLE_INTERVAL = register("sample-interval-us", Type.INT, 1000, Stability.EXPERT,
        "Period of the sampling profiler that measures the tier-up policy's costs, in microseconds.");
    public static final Option JIT_SEED = register("jit-seed", Type.LONG, 1L, Stability.EXPERT,
        "Seed of the randomized tier-up policy's draws.");

    private final Map<Option, Object> values = new LinkedHashMap<>();

    public static Map<String, Option> registry() { return REGISTRY; }

    @SuppressWarnings("unchecked")
    public <T> T get(Option o) { return (T) values.getOrDefault(o, o.defaultValue()); }

    public boolean flag(Option o) { return (Boolean) get(o); }

    public Options set(Option o, Object value) { values.put(o, value); return this; }

    /** Parses one flag; returns false if it is not a known option. Throws IllegalArgumentException on a bad value. */
    public boolean parse(String arg) {
        if (!arg.startsWith("--")) return false;
        String body = arg.substring(2);
        String name = body, value = null;
        int eq = body.indexOf('=');
        if (eq >= 0) { name = body.substring(0, eq); value = body.substring(eq + 1); }
        boolean negated = false;
        Option o = REGISTRY.get(name);
        if (o == null && name.startsWith("no-")) { o = REGISTRY.get(name.substring(3)); negated = true; }
        if (o == null) return false;
        switch (o.type()) {
            case BOOLEAN -> values.put(o, negated ? Boolean.FALSE : value == null || Boolean.parseBoolean(value));
            case INT -> values.put(o, (int) number(o, value, Integer.MIN_VALUE, Integer.MAX_VALUE));
            case LONG -> values.put(o, number(o, value, Long.MIN_VALUE, Long.MAX_VALUE));
            case STRING -> values.put(o, require(o, value));
        }
        return true;
    }

    private static long number(Option o, String value, long min, long max) {
        try {
            long n = Long.parseLong(require(o, value).strip());
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("option --" + o.name() + " takes a whole number, not '" + value + "'");
    }

    private static String require(Option o, String value) {
        if (value == null) throw new IllegalArgumentException("option --" + o.name() + " needs a value (--" + o.name() + "=...)");
        return value;
    }

    /** Parses every flag; returns the arguments that are not flags, in order. */
    public List<String> parseAll(List<String> args) {
        List<String> rest = new ArrayList<>();
        for (String a : args) if (!parse(a)) rest.add(a);
        return rest;
    }

    public static String help(boolean internal) {
        StringBuilder sb = new StringBuilder();
        for (Option o : REGISTRY.values()) {
            if (o.stability() == Stability.INTERNAL && !internal) continue;
            String form = "--" + o.name() + (o.type() == Type.BOOLEAN ? "" : "=<" + o.type().name().toLowerCase() + ">");
            sb.append(String.format("  %-28s %s%s%n", form, o.help(), o.type() == Type.BOOLEAN ? "" : " (default " + o.defaultValue() + ")"));
        }
        return sb.toString();
    }
}
