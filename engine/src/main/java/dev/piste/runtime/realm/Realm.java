package dev.piste.runtime.realm;

import dev.piste.runtime.objects.JsFunction;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.ops.ErrorType;
import dev.piste.runtime.values.JsSymbol;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * A realm: the global object, the intrinsic objects (prototypes and constructors) and everything else
 * that one JavaScript world owns — global lexical bindings, the symbol registry, template-object cache.
 * All mutable runtime state hangs off a realm (or its context), never off static fields, so several
 * realms live side by side in one JVM without seeing each other.
 */
public final class Realm {
    public JsObject objectPrototype, functionPrototype, arrayPrototype, stringPrototype, numberPrototype,
        booleanPrototype, symbolPrototype, iteratorPrototype, arrayIteratorPrototype, generatorPrototype,
        asyncGeneratorPrototype, promisePrototype, regExpPrototype, mapPrototype, setPrototype, errorPrototype,
        generatorFunctionPrototype, asyncFunctionPrototype, asyncGeneratorFunctionPrototype, bigintPrototype;
    public JsFunction objectConstructor, functionConstructor, arrayConstructor, promiseConstructor, throwTypeError,
        regExpConstructor, arrayValuesFunction;
    /** ArrayBuffer.prototype, %TypedArray%.prototype and the constructor of ArrayBuffer. */
    public JsObject arrayBufferPrototype, typedArrayPrototype;
    public JsFunction arrayBufferConstructor;
    /** The concrete typed-array constructors and prototypes, indexed by TypedArrayKind ordinal. */
    public JsFunction[] typedArrayConstructors;
    public JsObject[] typedArrayPrototypes;
    /** The interpreter's per-realm execution state (frames, depth, stress settings); owned by interp. */
    public Object executionState;
    /** Captures the current JS stack (innermost first) for new Error objects; installed by the engine. */
    public java.util.function.Supplier<java.util.List<dev.piste.runtime.ops.JsException.StackEntry>> stackCapture = java.util.List::of;
    /** Compiles source text for the Function constructor and indirect eval; installed by the engine. */
    public Compiler compiler;

    /** What built-ins need from the front end and interpreter, without depending on them. */
    public interface Compiler {
        /** new Function(params, body): a function in the global scope. */
        JsFunction compileFunction(String params, String body, boolean async, boolean generator);
        /** Indirect eval: runs a script in the global scope, returns its completion value. */
        Object evalScript(String source);
        /** Eval code in the global scope with the caller's strictness (direct eval at script level). */
        Object evalScript(String source, boolean strict);
        /** Direct eval inside a function: site is the call site's static scope record, context its heap context. */
        Object evalInFunction(String source, Object site, Object context);
    }
    public JsObject globalObject;
    /** The built-in next methods of array and generator iterators (for the direct iteration fast path). */
    public Object arrayIteratorNext, generatorNext;
    /** %eval%: a call whose callee is this function is a direct eval. */
    public Object intrinsicEval;
    public final JobQueue jobs = new JobQueue();
    public final Map<ErrorType, JsObject> errorPrototypes = new EnumMap<>(ErrorType.class);
    public final Map<ErrorType, JsFunction> errorConstructors = new EnumMap<>(ErrorType.class);
    /** Script-level let/const/class bindings; a value of {@link #HOLE} is in its TDZ. */
    public final Map<String, Object> globalLexicals = new HashMap<>();
    /** Bumped whenever a global lexical binding is declared: global-variable caches check it. */
    public int globalLexicalEpoch;
    /** Which global lexicals are const. */
    public final java.util.Set<String> globalConstants = new java.util.HashSet<>();
    /** Global let/class bindings whose values compiled code folded to constants: assigning one runs its callbacks, once. */
    private final Map<String, java.util.List<Runnable>> lexicalWatchers = new HashMap<>();
    /** Global let/class bindings assigned while compiled code depended on their values (not folded again). */
    private final java.util.Set<String> lexicalsChanged = new java.util.HashSet<>();

    /** Runs onChange when the global lexical binding name is next assigned; false (nothing registered) when it was assigned under a watch before. */
    public boolean watchLexical(String name, Runnable onChange) {
        if (lexicalsChanged.contains(name)) return false;
        lexicalWatchers.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(onChange);
        return true;
    }

    /** Whether the global lexical binding name was assigned while compiled code depended on it. */
    public boolean lexicalChangedBefore(String name) { return lexicalsChanged.contains(name); }

    /** Assigns a global lexical binding (after its initialization), telling the code that folded it. */
    public void assignLexical(String name, Object value) {
        globalLexicals.put(name, value);
        lexicalChanged(name);
    }

    /**
     * A global lexical binding name was declared: it now shadows a configurable property of the global
     * object of that name, which code may have folded (that code watches the name too).
     */
    public void declaredLexical(String name) { lexicalChanged(name); }

    private void lexicalChanged(String name) {
        java.util.List<Runnable> callbacks = lexicalWatchers.remove(name);
        if (callbacks == null) return;
        lexicalsChanged.add(name);
        for (Runnable r : callbacks) r.run();
    }
    public final Map<String, JsSymbol> symbolRegistry = new HashMap<>();
    /** Template objects per call site (identity of the site's constant), created once. */
    public final Map<Object, JsObject> templateObjects = new java.util.IdentityHashMap<>();
    public PrintStream out = System.out, err = System.err;
    /** Hook for the engine: turns a runtime exception into an Error object in this realm. */
    public final Map<String, Object> hostData = new HashMap<>();

    /** The TDZ marker: a value no JavaScript code can ever hold. */
    public static final Object HOLE = new Object() { @Override public String toString() { return "<hole>"; } };

    public JsObject prototypeForPrimitive(Object v) {
        if (v instanceof CharSequence) return stringPrototype;
        if (v instanceof Integer || v instanceof Double) return numberPrototype;
        if (v instanceof Boolean) return booleanPrototype;
        if (v instanceof JsSymbol) return symbolPrototype;
        if (v instanceof java.math.BigInteger) return bigintPrototype;
        throw new IllegalArgumentException("not a primitive with a prototype: " + v);
    }
}
