package dev.piste.api;

import dev.piste.bytecode.BytecodeEmitter;
import dev.piste.bytecode.BytecodeFunction;
import dev.piste.bytecode.Disassembler;
import dev.piste.interp.Closure;
import dev.piste.interp.ExecutionState;
import dev.piste.interp.Generators;
import dev.piste.interp.Interpreter;
import dev.piste.interp.StackTraces;
import dev.piste.parse.Ast;
import dev.piste.parse.AstPrinter;
import dev.piste.parse.Parser;
import dev.piste.parse.ScopeAnalyzer;
import dev.piste.parse.SyntaxErrorException;
import dev.piste.runtime.builtins.Builtins;
import dev.piste.runtime.builtins.ErrorBuiltins;
import dev.piste.runtime.builtins.Inspector;
import dev.piste.runtime.objects.JsFunction;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.ops.ErrorType;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.Undefined;
import dev.piste.tools.Options;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An independent JavaScript world: one realm with its global object and built-ins, its own shapes,
 * feedback and compiled code. Create as many as needed in one JVM. A context is used by one thread
 * at a time; JavaScript runs on a dedicated thread with a large stack so deep recursion works and a
 * stack overflow becomes a catchable RangeError.
 */
public final class Context implements AutoCloseable {
    private final Options options;
    private final Realm realm;
    private final AtomicReference<Thread> owner = new AtomicReference<>();
    private final EventLoop eventLoop;

    private Context(Options options, PrintStream out, PrintStream err) {
        this.options = options;
        this.realm = new Realm();
        realm.out = out;
        realm.err = err;
        Builtins.install(realm);
        Generators.installPrototype(realm);
        dev.piste.runtime.builtins.FunctionBuiltins.installKindConstructors(realm);
        realm.intrinsicEval = realm.globalObject.getOwnDataValue("eval");
        eventLoop = new EventLoop(realm);
        ExecutionState state = ExecutionState.of(realm);
        state.maxDepth = options.get(Options.MAX_CALL_DEPTH);
        state.ic = new dev.piste.ic.IcRuntime(options.flag(Options.IC), options.flag(Options.TRACE_IC), out,
            (int) options.get(Options.FEEDBACK_AFTER_CALLS));
        long seed = options.get(Options.STRESS_RESUME);
        if (seed >= 0) state.stressResume = new SplittableRandom(seed);
        long deoptSeed = options.get(Options.STRESS_DEOPT);
        if (deoptSeed >= 0) state.stressDeopt = new SplittableRandom(deoptSeed);
        if (!options.flag(Options.JITLESS)) {
            dev.piste.interp.TierUp.install(state, new dev.piste.interp.TierUp.Settings(
                new dev.piste.jit.TierPolicy(dev.piste.jit.TierPolicy.parse(options.get(Options.TIER_POLICY)), (int) options.get(Options.TIER_UP_TICKS)),
                options.flag(Options.ALWAYS_BASELINE), options.flag(Options.ALWAYS_OPT), (int) options.get(Options.OPT_TICKS), options.flag(Options.STRESS_OSR), options.flag(Options.OSR),
                options.flag(Options.TRACE_OPT) ? out : null, options.flag(Options.TRACE_DEOPT) ? out : null,
                options.flag(Options.PRINT_JVM_CODE) ? out : null,
                options.flag(Options.PRINT_IR) ? out : null,
                options.flag(Options.VERIFY_JVM_CODE), options.get(Options.FILTER), options.get(Options.BASELINE_FILTER),
                options.get(Options.JIT_SEED), dev.piste.jit.opt.Pipeline.disabled(options.get(Options.OPT), options.flag(Options.INLINE)),
                methodBytes(options)),
                (int) options.get(Options.SAMPLE_INTERVAL) * 1000L);
        }
        realm.stackCapture = () -> StackTraces.captureFromTop(state, 10);
        realm.compiler = new Realm.Compiler() {
            @Override public JsFunction compileFunction(String params, String body, boolean async, boolean generator) {
                return Context.this.compileFunction(params, body, async, generator);
            }
            @Override public Object evalScript(String source) { return runScript(source, "<eval>", true, false); }
            @Override public Object evalScript(String source, boolean strict) { return runScript(source, "<eval>", true, strict); }
            @Override public Object evalInFunction(String source, Object site, Object context) { return runDirectEval(source, (BytecodeEmitter.EvalSite) site, (dev.piste.interp.HeapContext) context); }
        };
    }

    public static Context create(Options options, PrintStream out, PrintStream err) {
        return new Context(options, out, err);
    }

    public static Context create() { return create(new Options(), System.out, System.err); }

    public Realm realm() { return realm; }

    /** The functions tier 1 refused to compile, each with its reason (empty when running --jitless). */
    public List<String> jitRefusals() {
        dev.piste.interp.TierUp t = ExecutionState.of(realm).tierUp;
        return t == null ? List.of() : t.refusals();
    }

    /** The JIT's totals (see --jit-stats), or null when running --jitless. */
    public String jitStats() {
        dev.piste.interp.TierUp t = ExecutionState.of(realm).tierUp;
        return t == null ? null : t.stats();
    }
    public Options options() { return options; }

    /**
     * Runs a script and returns its completion value. An uncaught exception or a syntax error is a
     * {@link JsError}; no Java exception escapes for a JavaScript mistake.
     */
    public Object eval(String source, String sourceName) {
        return guarded(() -> {
            try {
                Object result = runScript(source, sourceName, false, false);
                eventLoop.drainMicrotasks();
                return result;
            } catch (SyntaxErrorException e) {
                throw new JsError(e.errorType, e.rawMessage, e.errorType + ": " + e.rawMessage, null, e.sourceName, e.line, e.column);
            }
        });
    }

    /**
     * Runs timers, immediates and their microtasks until none is left (the command line does this
     * after the script). Uncaught errors and unhandled rejections end it with a {@link JsError}.
     */
    public void runEventLoop() {
        guarded(() -> {
            eventLoop.run();
            return null;
        });
    }

    private Object guarded(JsTask task) {
        return onJsThread(() -> {
            try {
                return task.run();
            } catch (JsException e) {
                throw uncaught(e);
            } catch (EventLoop.UnhandledRejection e) {
                JsError d = describe(e.reason);
                throw new JsError(d.name, d.jsMessage, d.display, d.value, null, 0, 0, true);
            } catch (JsError e) {
                throw e;
            } catch (RuntimeException e) {
                throw new JsError("InternalError", String.valueOf(e), "InternalError: " + e + " (a Piste bug: please report it)", null, null, 0, 0);
            }
        });
    }

    private Object runScript(String source, String sourceName, boolean fromEval, boolean strict) {
        Ast.Program program;
        BytecodeFunction code;
        try {
            program = strict ? Parser.parseStrictScript(source, sourceName)
                : options.flag(Options.ALLOW_NATIVES_SYNTAX) && !fromEval ? Parser.parseScript(source, sourceName, dev.piste.interp.Natives.NAMES)
                : Parser.parseScript(source, sourceName);
            if (options.flag(Options.PRINT_AST) && !fromEval) realm.out.println(AstPrinter.print(program));
            code = fromEval ? BytecodeEmitter.compileEval(program) : BytecodeEmitter.compileScript(program);
        } catch (SyntaxErrorException e) {
            if (fromEval) throw new JsException(ErrorType.byName(e.errorType), e.rawMessage);
            throw e;
        }
        if (options.flag(Options.PRINT_BYTECODE)) realm.out.print(Disassembler.disassembleAll(code, options.get(Options.FILTER)));
        Closure script = new Closure(code, null, realm, realm.functionPrototype);
        return Interpreter.call(script, realm.globalObject, new Object[0], Undefined.INSTANCE);
    }

    /** Direct eval inside a function: the code sees the caller's scope through its heap contexts. */
    private Object runDirectEval(String source, BytecodeEmitter.EvalSite site, dev.piste.interp.HeapContext context) {
        BytecodeFunction code;
        try {
            Ast.Program program = site.strict() ? Parser.parseStrictScript(source, "<eval>") : Parser.parseScript(source, "<eval>");
            ScopeAnalyzer.analyzeDirectEval(program, site.scope());
            code = BytecodeEmitter.compileDirectEval(program);
        } catch (SyntaxErrorException e) {
            throw new JsException(ErrorType.byName(e.errorType), e.rawMessage);
        }
        Closure eval = new Closure(code, context, realm, realm.functionPrototype);
        return Interpreter.call(eval, Undefined.INSTANCE, new Object[0], Undefined.INSTANCE);
    }

    private JsFunction compileFunction(String params, String body, boolean async, boolean generator) {
        Ast.FunctionNode fn;
        try {
            fn = Parser.parseFunction(params, body, async, generator, "anonymous");
        } catch (SyntaxErrorException e) {
            throw new JsException(ErrorType.byName(e.errorType), e.rawMessage);
        }
        ScopeAnalyzer.analyzeFunction(fn);
        String prefix = (async ? "(async function" : "(function") + (generator ? "*" : "") + " anonymous(";
        BytecodeFunction code = BytecodeEmitter.compileStandalone(fn, "anonymous", prefix + params + "\n) {\n" + body + "\n})");
        return (JsFunction) Interpreter.createClosure(realm, code);
    }

    /** Describes an uncaught exception the way node's top level does. */
    public JsError uncaught(JsException e) {
        Object value = e.valueOrNull();
        if (value == null) {
            value = ErrorBuiltins.create(realm, e.errorType, e.errorMessage, new ArrayList<>(e.unwound));
            e.materialized(value);
        }
        return describe(value);
    }

    private JsError describe(Object value) {
        String name = null, message = null, display;
        if (value instanceof ErrorBuiltins.ErrorObject err) {
            try {
                name = JsOps.toString(err.get("name", err));
                message = JsOps.toString(err.get("message", err));
            } catch (JsException ignored) {
                name = "Error";
                message = "";
            }
            var stackDesc = err.getOwnProperty("stack");
            Object stack = stackDesc == null ? null : stackDesc.valueOrUndefined();
            display = stack instanceof CharSequence s ? s.toString() : name + ": " + message;
            String extra = extraProperties(err);
            if (!extra.isEmpty()) display += " " + extra;
        } else {
            try {
                display = Inspector.inspect(realm, value, 2);
                if (value instanceof CharSequence s) display = "'" + s + "'";
            } catch (JsException ex) {
                display = "[object]";
            }
        }
        return new JsError(name, message, display, value, null, 0, 0);
    }

    private String extraProperties(JsObject err) {
        List<String> parts = new ArrayList<>();
        for (Object k : err.ownKeys()) {
            if ("stack".equals(k) || "message".equals(k)) continue;
            var d = err.getOwnProperty(k);
            if (d == null || !d.enumerable) continue;
            parts.add(k + ": " + Inspector.inspect(realm, err.get(k, err), 1).replace("\n", "\n  "));
        }
        return parts.isEmpty() ? "" : "{\n  " + String.join(",\n  ", parts) + "\n}";
    }

    private interface JsTask { Object run(); }

    /** Runs a task on a fresh thread with the configured stack size and waits for it. */
    private Object onJsThread(JsTask task) {
        Thread self = Thread.currentThread();
        if (!owner.compareAndSet(null, self)) {
            if (owner.get() == self || self.getName().equals("piste-js")) return task.run();
            throw new IllegalStateException("this Piste context is in use by another thread");
        }
        try {
            Object[] result = new Object[1];
            RuntimeException[] failure = new RuntimeException[1];
            Error[] error = new Error[1];
            long stack = (long) (int) options.get(Options.STACK_SIZE) << 20;
            Thread t = new Thread(null, () -> {
                try {
                    result[0] = task.run();
                } catch (RuntimeException e) {
                    failure[0] = e;
                } catch (StackOverflowError e) {
                    failure[0] = new JsError("RangeError", "Maximum call stack size exceeded", "RangeError: Maximum call stack size exceeded", null, null, 0, 0);
                } catch (Error e) {
                    error[0] = e;
                }
            }, "piste-js", stack);
            t.start();
            boolean interrupted = false;
            while (true) {
                try { t.join(); break; } catch (InterruptedException e) { interrupted = true; }
            }
            if (interrupted) self.interrupt();
            if (error[0] != null) throw error[0];
            if (failure[0] != null) throw failure[0];
            return result[0];
        } finally {
            owner.set(null);
        }
    }

    /** Display form of a value, as console.log shows it. */
    public String display(Object value) { return Inspector.inspect(realm, value, 2); }

    @Override public void close() {}

    /** --opt-method-bytes, checked: below a few hundred bytes no method could hold a block. */
    private static int methodBytes(Options options) {
        int n = (int) options.get(Options.OPT_METHOD_BYTES);
        if (n < 256) throw new IllegalArgumentException("option --opt-method-bytes must be at least 256, not " + n);
        return n;
    }
}
