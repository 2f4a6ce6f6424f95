package dev.piste.bytecode;

import dev.piste.bytecode.CodeBuffer.Label;
import dev.piste.parse.Ast.*;
import dev.piste.parse.Binding;
import dev.piste.parse.Resolution;
import dev.piste.parse.Scope;
import dev.piste.parse.ScopeAnalyzer;
import dev.piste.parse.SyntaxErrorException;

import java.util.ArrayList;
import java.util.List;

/**
 * Emits bytecode for one function from its resolved AST: statements and control flow here,
 * expressions in {@link ExpressionEmitter}, patterns and classes in their own helpers. Nested functions
 * are emitted by fresh emitters and stored as constants.
 *
 * <p>Control flow that leaves a try-with-finally (break, continue, return) goes through the finally
 * block: the jump stores a token in the completion register, enters the finally code, and the
 * dispatch after the finally body continues the jump. Leaving blocks that pushed heap contexts pops
 * them; exception handlers restore the context saved at their try.
 */
public class BytecodeEmitter {
    final FunctionNode function;
    final String sourceName;
    final String source;
    final CodeBuffer buf;
    final boolean strict;
    /** Current static context nesting inside this function (contexts pushed by this function's code). */
    int contextDepth;
    final List<Control> controls = new ArrayList<>();
    final ExpressionEmitter expressions;
    final PatternEmitter patterns;
    final LiteralEmitter literals;
    /** Name to give the next anonymous function/class expression (NamedEvaluation). */
    String pendingName;

    /** Entries of the control stack: loops, switches, labelled statements, finally blocks, contexts. */
    static final class Control {
        enum Kind { LOOP, SWITCH, LABEL, FINALLY, CONTEXT }
        final Kind kind;
        final List<String> labels;
        Label breakLabel, continueLabel;
        /** FINALLY: entry, completion registers, and the jumps routed through it. */
        Label finallyEntry;
        int kindRegister, valueRegister;
        final List<Runnable> pendingJumps = new ArrayList<>();
        final List<Integer> pendingTokens = new ArrayList<>();
        /** LOOP of a for-of: the register holding the iterator, closed when a jump leaves the loop; else -1. */
        int iteratorRegister = -1;
        /** LOOP of a for await: closing awaits the iterator's return(). */
        boolean asyncIterator;
        /** LOOP of a for-of: where the loop ends when the iterator is done (no close). */
        Label exitWithoutClose;
        int contextDepthAtEntry;
        Control(Kind kind, List<String> labels) { this.kind = kind; this.labels = labels; }
    }

    static final int COMPLETION_NORMAL = 0, COMPLETION_THROW = 1, COMPLETION_RETURN = 2, FIRST_JUMP_TOKEN = 3;

    BytecodeEmitter(FunctionNode function, String sourceName, String source) {
        this.function = function;
        this.sourceName = sourceName;
        this.source = source;
        this.strict = function.strict;
        this.buf = new CodeBuffer(function.scope.registerCount);
        this.expressions = new ExpressionEmitter(this);
        this.patterns = new PatternEmitter(this);
        this.literals = new LiteralEmitter(this);
    }

    /** Compiles a parsed and analyzed script to its top-level function. */
    public static BytecodeFunction compileScript(Program program) {
        ScopeAnalyzer.analyze(program);
        return compileFunction(program.function, program.sourceName, program.source, true, "");
    }

    /** Compiles a function analyzed on its own (the Function constructor): free names are global. */
    public static BytecodeFunction compileStandalone(FunctionNode fn, String name, String source) {
        return compileFunction(fn, "anonymous", source, false, name);
    }

    /**
     * Compiles eval code (run in the global scope): the function returns the code's completion value,
     * the value of the last expression statement evaluated (updated as the specification's
     * UpdateEmpty does: if, loops, switch and try reset it to undefined on entry).
     */
    public static BytecodeFunction compileEval(Program program) {
        ScopeAnalyzer.analyzeEval(program);
        BytecodeEmitter e = new BytecodeEmitter(program.function, program.sourceName, program.source);
        e.completionRegister = e.buf.temp();
        return e.emitFunction(!program.strict, "");
    }

    /** Compiles direct eval code analyzed by {@link ScopeAnalyzer#analyzeDirectEval}. */
    public static BytecodeFunction compileDirectEval(Program program) {
        BytecodeEmitter e = new BytecodeEmitter(program.function, program.sourceName, program.source);
        e.completionRegister = e.buf.temp();
        return e.emitFunction(false, "");
    }

    /** The static scope at a direct eval call site, kept so that eval code can resolve names there. */
    public record EvalSite(Scope scope, boolean strict) implements CodeBuffer.ConstantPoolEntry {}

    /** Register holding the completion value (eval code), or -1. */
    int completionRegister = -1;

    private void resetCompletion() {
        if (completionRegister < 0) return;
        buf.emit(Opcode.LDA_UNDEFINED);
        buf.emit(Opcode.STA, completionRegister);
    }

    static BytecodeFunction compileFunction(FunctionNode fn, String sourceName, String source, boolean script, String inferredName) {
        BytecodeEmitter e = new BytecodeEmitter(fn, sourceName, source);
        if (fn.kind == FunctionKind.CLASS_INITIALIZER) e.pendingFieldName = inferredName;
        return e.emitFunction(script, fn.kind == FunctionKind.CLASS_INITIALIZER ? "" : inferredName);
    }

    private int[] lineStarts;

    /** 1-based line and column of a source offset (for positions the AST does not record). */
    int[] lineColumnOf(int offset) {
        if (lineStarts == null) {
            java.util.List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < source.length(); i++) {
                char c = source.charAt(i);
                if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\r' && (i + 1 >= source.length() || source.charAt(i + 1) != '\n')) starts.add(i + 1);
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }
        int lo = 0, hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
        }
        return new int[] {lo + 1, offset - lineStarts[lo] + 1};
    }

    SyntaxErrorException unsupported(Node at, String what) {
        return new SyntaxErrorException(what + " is not supported yet", sourceName, at.line, at.column);
    }

    // ---- Function prologue and body ----

    private BytecodeFunction emitFunction(boolean script, String inferredName) {
        FunctionNode fn = function;
        Scope scope = fn.scope;
        activeScopes.add(scope);
        buf.position(fn.line, fn.column);
        int functionContextSize = script ? 0 : scope.contextSize;
        if (functionContextSize > 0) contextDepth++;
        // Parameters: plain identifiers arrive in registers; captured ones are copied into the context
        // by the interpreter; patterns and defaults are handled here, in order.
        int[] paramRegs = new int[fn.params.size()];
        int[] paramSlots = new int[fn.params.size()];
        boolean anyComplex = false;
        // Plain names arrive in their registers also before a rest parameter, unless they are checked for
        // initialization (captured: the check would see the hole the prologue stores first).
        boolean plainNames = fn.params.stream().allMatch(p -> p instanceof Identifier);
        for (int i = 0; i < fn.params.size(); i++) {
            Node p = fn.params.get(i);
            paramRegs[i] = -1;
            paramSlots[i] = -1;
            if (p instanceof Identifier id && (fn.simpleParameters || plainNames)) {
                Binding b = scope.bindings.get(id.name);
                if (!fn.simpleParameters && (b == null || b.kind != Binding.Kind.PARAMETER || b.needsTdzCheck)) {
                    anyComplex = true;
                } else if (b != null && b.kind == Binding.Kind.PARAMETER) {
                    // The last parameter of a duplicated name wins (sloppy functions only).
                    if (b.register >= 0) paramRegs[i] = b.register; else paramSlots[i] = b.contextSlot;
                    for (int j = 0; j < i; j++) {
                        if (paramRegs[j] == paramRegs[i] && paramRegs[i] >= 0) paramRegs[j] = -1;
                        if (paramSlots[j] == paramSlots[i] && paramSlots[i] >= 0) paramSlots[j] = -1;
                    }
                }
            } else anyComplex = true;
        }
        int argumentsTemp = -1;
        if (anyComplex) {
            // Non-simple parameter lists read the actual arguments through a rest array of all of them.
            argumentsTemp = buf.temp();
            buf.emit(Opcode.CREATE_REST, 0);
            needsArguments = true;
            buf.emit(Opcode.STA, argumentsTemp);
        }
        initializeLexicalHoles(scope);
        if (fn.usesArguments && fn.kind != FunctionKind.ARROW) {
            Binding args = scope.bindings.get(ScopeAnalyzer.ARGUMENTS);
            if (args != null && args.kind == Binding.Kind.VAR && args.scope == scope && !script) {
                buf.emit(Opcode.CREATE_ARGUMENTS, (!fn.strict && fn.simpleParameters) ? 1 : 0);
                needsArguments = true;
                storeToBinding(args);
            }
        }
        if (argumentsTemp >= 0) {
            for (int i = 0; i < fn.params.size(); i++) {
                Node p = fn.params.get(i);
                buf.emit(Opcode.LDA_SMI, i);
                buf.emit(Opcode.GET_KEYED, argumentsTemp, buf.feedbackSlot());
                patterns.bindInitialize(p, true);
            }
        }
        if (fn.restParameter != null) {
            buf.emit(Opcode.CREATE_REST, fn.params.size());
            needsArguments = true;
            patterns.bindInitialize(fn.restParameter, true);
        }
        if (fn.bodyScope != null) {
            enterScope(fn.bodyScope);
            // A body var named like a parameter starts with the parameter's value.
            for (Binding b : fn.bodyScope.bindings.values()) {
                Binding param = scope.bindings.get(b.name);
                if (b.kind == Binding.Kind.VAR && param != null && param.kind == Binding.Kind.PARAMETER) {
                    expressions.loadBinding(param);
                    storeToBinding(b);
                }
            }
        }
        if (fn.evalVarsBinding != null) declareEvalVars(fn);
        hoistFunctions(fn.body, script);
        if (fn.isGenerator || fn.isAsync && fn.isGenerator) {
            buf.emit(Opcode.GENERATOR_START);
        }
        if (fn.expressionBody != null) {
            if (fn.kind == FunctionKind.CLASS_INITIALIZER) {
                expressions.emitNamed(fn.expressionBody, pendingFieldName);
            } else {
                expressions.emit(fn.expressionBody);
            }
            emitReturnFromAcc();
        } else {
            resetCompletion();
            statements(fn.body);
            if (completionRegister >= 0) buf.emit(Opcode.LDA, completionRegister);
            else buf.emit(Opcode.LDA_UNDEFINED);
            emitReturnFromAcc();
        }
        String name = fn.name != null ? fn.name : inferredName == null ? "" : inferredName;
        boolean constructor = fn.kind == FunctionKind.NORMAL && !fn.isGenerator && !fn.isAsync
            || fn.kind == FunctionKind.CLASS_CONSTRUCTOR || fn.kind == FunctionKind.DERIVED_CONSTRUCTOR;
        FunctionFlags flags = new FunctionFlags(fn.strict, fn.kind == FunctionKind.ARROW, fn.isGenerator, fn.isAsync,
            constructor && !script, fn.kind == FunctionKind.DERIVED_CONSTRUCTOR,
            fn.kind == FunctionKind.CLASS_CONSTRUCTOR || fn.kind == FunctionKind.DERIVED_CONSTRUCTOR,
            fn.kind == FunctionKind.METHOD || fn.kind == FunctionKind.GETTER || fn.kind == FunctionKind.SETTER,
            fn.usesArguments, !fn.strict && fn.simpleParameters, script,
            fn.kind == FunctionKind.GETTER || fn.kind == FunctionKind.SETTER);
        String text = source != null && fn.sourceEnd > fn.sourceStart && fn.sourceEnd <= source.length()
            ? source.substring(fn.sourceStart, fn.sourceEnd) : "";
        BytecodeFunction result = new BytecodeFunction(name, sourceName, buf.code(), buf.constants(), buf.registerCount(),
            buf.handlerTable(), buf.positions(), buf.feedbackSlotCount(), flags, fn.length, paramRegs, paramSlots,
            pseudoRegister(ScopeAnalyzer.THIS), pseudoRegister(ScopeAnalyzer.NEW_TARGET),
            pseudoRegister(ScopeAnalyzer.HOME_OBJECT), pseudoRegister(ScopeAnalyzer.FUNCTION),
            functionContextSize, text, fn.line, fn.column);
        result.calleeTexts = buf.calleeTexts();
        result.bindingRegisterCount = fn.scope.registerCount;
        result.needsArgumentsArray = needsArguments;
        return result;
    }

    /** The code reads the actual arguments as an array (arguments object, rest, parameter patterns). */
    private boolean needsArguments;

    /** Name of the field whose initializer this emitter compiles (for anonymous function names). */
    String pendingFieldName;

    /** Where the interpreter stores a pseudo-variable on entry: a register (>= 0), a context slot
     *  encoded as -2 - slot, or -1 when the function does not have it. */
    private int pseudoRegister(String name) {
        Binding b = function.scope.bindings.get(name);
        if (b == null) return -1;
        if (b.register >= 0) return b.register;
        if (b.contextSlot >= 0) return -2 - b.contextSlot;
        return -1;
    }

    void emitReturnFromAcc() {
        if (function.kind == FunctionKind.DERIVED_CONSTRUCTOR) {
            // A derived constructor returns this unless it returns an object; the check is in the interpreter.
        }
        buf.emit(Opcode.RETURN);
    }

    /** Lexical bindings that need TDZ checks start as the hole. */
    void initializeLexicalHoles(Scope scope) {
        if (scope == null || scope.kind == Scope.Kind.SCRIPT) return;
        boolean loaded = false;
        for (Binding b : scope.bindings.values()) {
            if (b.needsTdzCheck) {
                if (!loaded) { buf.emit(Opcode.LDA_HOLE); loaded = true; }
                if (b.register >= 0) buf.emit(Opcode.STA, b.register);
                else if (b.contextSlot >= 0) buf.emit(Opcode.STA_CONTEXT, 0, b.contextSlot);
            }
        }
    }

    /** Function declarations are created at the start of their scope (hoisting). */
    void hoistFunctions(List<Stmt> body, boolean script) {
        if (script) {
            declareGlobals(body);
        }
        for (Stmt s : body) {
            Stmt t = s;
            while (t instanceof Labeled l) t = l.body;
            if (t instanceof FunctionDeclaration f) {
                expressions.emitFunction(f.function, f.function.name);
                if (function.evalVarsBinding != null && function.evalDeclaredNames.contains(f.function.name)) {
                    storeEvalVar(f.function.name);
                    continue;
                }
                Binding b = lookupBinding(f.function.name, currentScopeFor(f));
                if (script && (b == null || b.scope.kind == Scope.Kind.SCRIPT)) {
                    buf.emit(Opcode.DECLARE_GLOBAL, buf.constant(f.function.name), 1 | evalDeclarationFlag());
                } else {
                    storeToBinding(b);
                    if (annexBVar(f) != null) storeToBinding(annexBVar(f));
                }
            }
        }
    }

    /** Sloppy direct eval code: declares its new vars and functions in the caller's eval var object. */
    private void declareEvalVars(FunctionNode evalCode) {
        for (String name : evalCode.evalDeclaredNames) {
            int mark = buf.mark();
            int args = buf.temps(2);
            expressions.loadBinding(evalCode.evalVarsBinding);
            buf.emit(Opcode.STA, args);
            buf.emit(Opcode.LDA_CONST, buf.constant(name));
            buf.emit(Opcode.STA, args + 1);
            buf.emit(Opcode.CALL_RUNTIME, RuntimeFunction.DECLARE_EVAL_VAR.ordinal(), args, 2);
            storeToBinding(evalCode.evalVarsBinding);
            buf.release(mark);
        }
    }

    /** Stores acc to a name declared in the caller's eval var object (acc is kept). */
    private void storeEvalVar(String name) {
        int mark = buf.mark();
        int value = buf.temp(), obj = buf.temp();
        buf.emit(Opcode.STA, value);
        expressions.loadBinding(function.evalVarsBinding);
        buf.emit(Opcode.STA, obj);
        buf.emit(Opcode.LDA, value);
        buf.emit(Opcode.SET_NAMED, obj, buf.constant(name), buf.feedbackSlot());
        buf.release(mark);
    }

    /** For a sloppy block function, the var binding it is also assigned to (Annex B), or null. */
    Binding annexBVar(FunctionDeclaration f) {
        if (f.function.strict || f.function.isAsync || f.function.isGenerator) return null;
        Scope s = f.function.scope.parent;
        if (s == null) return null;
        Binding lexical = s.bindings.get(f.function.name);
        if (lexical == null || lexical.kind != Binding.Kind.LET) return null;
        Scope v = s;
        while (v.kind != Scope.Kind.FUNCTION && v.kind != Scope.Kind.SCRIPT) v = v.parent;
        if (v == s) return null;
        Binding var = v.bindings.get(f.function.name);
        if (var == null || var.kind != Binding.Kind.VAR && var.kind != Binding.Kind.FUNCTION) return null;
        return var;
    }

    private Scope currentScopeFor(FunctionDeclaration f) { return f.function.scope.parent; }

    static Binding lookupBinding(String name, Scope from) {
        for (Scope s = from; s != null; s = s.parent) {
            Binding b = s.bindings.get(name);
            if (b != null) return b;
        }
        return null;
    }

    /** Global bindings declared by eval code are deletable (configurable), unlike a script's. */
    private int evalDeclarationFlag() { return completionRegister >= 0 ? 2 : 0; }

    private void declareGlobals(List<Stmt> body) {
        for (Stmt s : body) declareGlobalVars(s);
        // Eval code keeps its lexical declarations in its own scope (function.bodyScope).
        if (function.bodyScope != null) return;
        for (Stmt s : body) {
            Stmt t = s;
            while (t instanceof Labeled l) t = l.body;
            if (t instanceof VariableDeclaration v && v.kind != DeclarationKind.VAR) {
                for (Declarator d : v.declarators)
                    for (Identifier id : ScopeAnalyzer.boundNames(d.target))
                        buf.emit(Opcode.DECLARE_GLOBAL_LEXICAL, buf.constant(id.name), v.kind == DeclarationKind.CONST ? 1 : 0);
            } else if (t instanceof ClassDeclaration c) {
                buf.emit(Opcode.DECLARE_GLOBAL_LEXICAL, buf.constant(c.classNode.name), 0);
            }
        }
    }

    private void declareGlobalVars(Stmt s) {
        switch (s) {
            case VariableDeclaration v when v.kind == DeclarationKind.VAR -> {
                for (Declarator d : v.declarators)
                    for (Identifier id : ScopeAnalyzer.boundNames(d.target)) {
                        buf.emit(Opcode.LDA_UNDEFINED);
                        buf.emit(Opcode.DECLARE_GLOBAL, buf.constant(id.name), evalDeclarationFlag());
                    }
            }
            case Block b -> { for (Stmt x : b.body) { declareGlobalVars(x); declareAnnexBGlobal(x); } }
            case If i -> { declareGlobalVars(i.consequent); declareAnnexBGlobal(i.consequent); if (i.alternate != null) { declareGlobalVars(i.alternate); declareAnnexBGlobal(i.alternate); } }
            case For f -> { if (f.init != null) declareGlobalVars(f.init); declareGlobalVars(f.body); }
            case ForInOf f -> { if (f.left instanceof VariableDeclaration v) declareGlobalVars(v); declareGlobalVars(f.body); }
            case While w -> declareGlobalVars(w.body);
            case DoWhile d -> declareGlobalVars(d.body);
            case Switch sw -> { for (SwitchCase c : sw.cases) for (Stmt x : c.body) { declareGlobalVars(x); declareAnnexBGlobal(x); } }
            case Labeled l -> declareGlobalVars(l.body);
            case With w -> declareGlobalVars(w.body);
            case Try t -> {
                declareGlobalVars(t.block);
                if (t.catchBody != null) declareGlobalVars(t.catchBody);
                if (t.finallyBody != null) declareGlobalVars(t.finallyBody);
            }
            default -> {}
        }
    }

    private void declareAnnexBGlobal(Stmt s) {
        if (s instanceof FunctionDeclaration f && !f.function.strict && !f.function.isAsync && !f.function.isGenerator) {
            Scope block = f.function.scope.parent;
            Scope v = block;
            while (v != null && v.kind != Scope.Kind.SCRIPT) {
                if (v.kind == Scope.Kind.FUNCTION) return;
                v = v.parent;
            }
            if (v != null && v.bindings.get(f.function.name) != null && v.bindings.get(f.function.name).kind == Binding.Kind.VAR) {
                buf.emit(Opcode.LDA_UNDEFINED);
                buf.emit(Opcode.DECLARE_GLOBAL, buf.constant(f.function.name), 0);
            }
        }
    }

    // ---- Bindings ----

    /** Stores acc into a binding (initialization: no TDZ or const checks). */
    void storeToBinding(Binding b) {
        if (b == null) return;
        if (b.register >= 0) buf.emit(Opcode.STA, b.register);
        else if (b.contextSlot >= 0) buf.emit(Opcode.STA_CONTEXT, contextDepthTo(b), b.contextSlot);
        else if (b.kind.isLexical()) buf.emit(Opcode.INIT_GLOBAL_LEXICAL, buf.constant(b.name));
        else buf.emit(Opcode.STA_GLOBAL, buf.constant(b.name), buf.feedbackSlot());
    }

    /** Number of context hops from the current code position to the context holding b. */
    int contextDepthTo(Binding b) {
        // Walk from the innermost active scope: the emitter tracks scopes that created contexts.
        int depth = 0;
        for (int i = activeScopes.size() - 1; i >= 0; i--) {
            Scope s = activeScopes.get(i);
            if (s == b.scope) return depth;
            if (s.createsContext()) depth++;
        }
        // Not among this function's active scopes: an outer function's (captured) binding.
        Scope start = activeScopes.isEmpty() ? function.scope : activeScopes.get(0).parent;
        for (Scope s = start; s != null; s = s.parent) {
            if (s == b.scope) return depth;
            if (s.createsContext()) depth++;
        }
        throw new IllegalStateException("binding " + b + " not in scope");
    }

    /** The scopes entered so far in this function, outermost first (the function scope first). */
    final List<Scope> activeScopes = new ArrayList<>();

    void enterScope(Scope s) {
        activeScopes.add(s);
        if (s.createsContext()) {
            buf.emit(Opcode.PUSH_CONTEXT, s.contextSize);
            contextDepth++;
            Control c = new Control(Control.Kind.CONTEXT, List.of());
            controls.add(c);
        }
        initializeLexicalHoles(s);
    }

    void exitScope(Scope s) {
        activeScopes.remove(activeScopes.size() - 1);
        if (s.createsContext()) {
            buf.emit(Opcode.POP_CONTEXT);
            contextDepth--;
            controls.remove(controls.size() - 1);
        }
    }

    // ---- Statements ----

    void statements(List<Stmt> list) {
        for (Stmt s : list) statement(s);
    }

    void statement(Stmt s) {
        buf.position(s.line, s.column);
        if (completionRegister >= 0 && (s instanceof If || s instanceof For || s instanceof ForInOf || s instanceof While
                || s instanceof DoWhile || s instanceof Switch || s instanceof Try || s instanceof With)) {
            resetCompletion();
        }
        switch (s) {
            case ExpressionStmt e -> {
                if (completionRegister >= 0) expressions.emit(e.expression);
                else expressions.emitForEffect(e.expression);
                if (completionRegister >= 0) buf.emit(Opcode.STA, completionRegister);
            }
            case VariableDeclaration v -> variableDeclaration(v);
            case FunctionDeclaration f -> {}
            case ClassDeclaration c -> {
                expressions.emitClass(c.classNode, c.classNode.name);
                Binding b = lookupBinding(c.classNode.name, c.classNode.scope.parent);
                patterns.initializeBinding(b, c.classNode.name);
            }
            case Block b -> block(b.body, b.scope);
            case If i -> ifStatement(i);
            case For f -> forStatement(f, List.of());
            case ForInOf f -> forInOf(f, List.of());
            case While w -> whileStatement(w, List.of());
            case DoWhile d -> doWhile(d, List.of());
            case Switch sw -> switchStatement(sw, List.of());
            case Labeled l -> labeled(l);
            case Break b -> jumpOut(b.label, false, b);
            case Continue c -> jumpOut(c.label, true, c);
            case Return r -> {
                if (r.argument != null) expressions.emit(r.argument); else buf.emit(Opcode.LDA_UNDEFINED);
                if (function.isAsync && function.isGenerator && r.argument != null) expressions.awaitAcc(r);
                emitReturn();
            }
            case Throw t -> {
                expressions.emit(t.argument);
                buf.position(t.line, t.column);
                buf.emit(Opcode.THROW);
            }
            case Try t -> tryStatement(t);
            case With w -> {
                expressions.emit(w.object);
                buf.position(w.line, w.column);
                buf.emit(Opcode.TO_OBJECT);
                enterScope(w.scope);
                storeToBinding(w.scope.bindings.get(Scope.WITH_OBJECT));
                statement(w.body);
                exitScope(w.scope);
            }
            case Empty e -> {}
            case Debugger d -> buf.emit(Opcode.DEBUGGER);
        }
    }

    void block(List<Stmt> body, Scope scope) {
        if (scope != null) {
            enterScope(scope);
            hoistFunctions(body, false);
        }
        statements(body);
        if (scope != null) exitScope(scope);
    }

    private void variableDeclaration(VariableDeclaration v) {
        for (Declarator d : v.declarators) {
            if (d.init != null) {
                if (d.target instanceof Identifier id) expressions.emitNamed(d.init, id.name);
                else expressions.emit(d.init);
                patterns.sourceText = ExpressionEmitter.calleeText(d.init);
                patterns.bindInitialize(d.target, v.kind != DeclarationKind.VAR);
                patterns.sourceText = null;
            } else if (v.kind != DeclarationKind.VAR) {
                buf.emit(Opcode.LDA_UNDEFINED);
                patterns.bindInitialize(d.target, true);
            }
        }
    }

    private void ifStatement(If i) {
        Label otherwise = new Label(), end = new Label();
        expressions.emitTest(i.test, otherwise, false);
        statement(i.consequent);
        if (i.alternate != null) {
            buf.emitJump(Opcode.JUMP, end);
            buf.bind(otherwise);
            statement(i.alternate);
        } else {
            buf.bind(otherwise);
        }
        buf.bind(end);
    }

    private Control pushLoop(List<String> labels) {
        Control c = new Control(Control.Kind.LOOP, labels);
        c.breakLabel = new Label();
        c.continueLabel = new Label();
        c.contextDepthAtEntry = contextDepth;
        controls.add(c);
        return c;
    }

    private void popControl(Control c) {
        if (controls.remove(controls.size() - 1) != c) throw new IllegalStateException("control stack");
    }

    private void emitLoopBack(Label header) {
        buf.emitJump(Opcode.LOOP, header, loopDepth());
    }

    private int loopDepth() {
        int n = 0;
        for (Control c : controls) if (c.kind == Control.Kind.LOOP) n++;
        return n;
    }

    private void whileStatement(While w, List<String> labels) {
        Control c = pushLoop(labels);
        Label header = new Label();
        buf.bind(header);
        buf.bind(c.continueLabel);
        expressions.emitTest(w.test, c.breakLabel, false);
        statement(w.body);
        emitLoopBack(header);
        popControl(c);
        buf.bind(c.breakLabel);
    }

    private void doWhile(DoWhile d, List<String> labels) {
        Control c = pushLoop(labels);
        Label header = new Label();
        buf.bind(header);
        statement(d.body);
        buf.bind(c.continueLabel);
        Label exit = new Label();
        expressions.emitTest(d.test, exit, false);
        emitLoopBack(header);
        buf.bind(exit);
        popControl(c);
        buf.bind(c.breakLabel);
    }

    private void forStatement(For f, List<String> labels) {
        Scope scope = f.scope;
        if (scope != null) enterScope(scope);
        if (f.init != null) {
            if (f.init instanceof ExpressionStmt es) expressions.emit(es.expression); else statement(f.init);
        }
        boolean perIteration = scope != null && scope.createsContext();
        // CreatePerIterationEnvironment runs before the first test too: closures made by the
        // initializer keep the initial bindings.
        if (perIteration) buf.emit(Opcode.COPY_CONTEXT);
        Control c = pushLoop(labels);
        Label header = new Label();
        buf.bind(header);
        if (f.test != null) expressions.emitTest(f.test, c.breakLabel, false);
        statement(f.body);
        buf.bind(c.continueLabel);
        if (perIteration) buf.emit(Opcode.COPY_CONTEXT);
        if (f.update != null) expressions.emitForEffect(f.update);
        emitLoopBack(header);
        popControl(c);
        buf.bind(c.breakLabel);
        if (scope != null) exitScope(scope);
    }

    private void forInOf(ForInOf f, List<String> labels) {
        int mark = buf.mark();
        Scope scope = f.scope;
        if (f.left instanceof VariableDeclaration v && v.declarators.get(0).init != null) {
            // Annex B: for (var x = init in o) assigns init to x before evaluating o.
            Declarator d = v.declarators.get(0);
            if (d.target instanceof Identifier id) expressions.emitNamed(d.init, id.name); else expressions.emit(d.init);
            patterns.bindInitialize(d.target, false);
        }
        // The right side is evaluated with the head's bindings in their TDZ.
        if (scope != null) enterScope(scope);
        expressions.emit(f.right);
        if (scope != null) exitScope(scope);
        int iter = buf.temps(2);
        int done = buf.temp(), value = buf.temp(), loopContext = buf.temp();
        if (f.isAwait) buf.emit(Opcode.GET_ASYNC_ITERATOR, iter);
        else if (f.of) { buf.calleeText(ExpressionEmitter.calleeText(f.right)); buf.emit(Opcode.GET_ITERATOR, iter); }
        else buf.emit(Opcode.FOR_IN_PREPARE, iter);
        buf.emit(Opcode.SAVE_CONTEXT, loopContext);
        Control c = pushLoop(labels);
        if (f.of) c.iteratorRegister = iter;
        c.asyncIterator = f.isAwait;
        Label header = new Label();
        buf.bind(header);
        buf.bind(c.continueLabel);
        if (f.isAwait) {
            // result = await next(); a non-object result is a TypeError; done ends the loop.
            int call = buf.temps(2);
            buf.emit(Opcode.MOV, iter + 1, call);
            buf.emit(Opcode.CALL, call, iter, call + 1, 0, buf.feedbackSlot());
            expressions.awaitAcc(f);
            buf.emit(Opcode.STA, value);
            buf.emit(Opcode.CALL_RUNTIME, RuntimeFunction.THROW_IF_NOT_OBJECT.ordinal(), value, 1);
            buf.emit(Opcode.GET_NAMED, value, buf.constant("done"), buf.feedbackSlot());
            Label exit = new Label();
            buf.emitJump(Opcode.JUMP_IF_TRUE, exit);
            buf.emit(Opcode.GET_NAMED, value, buf.constant("value"), buf.feedbackSlot());
            buf.emit(Opcode.STA, value);
            c.exitWithoutClose = exit;
        } else if (f.of) {
            buf.emit(Opcode.ITERATOR_NEXT, iter, done);
            buf.emit(Opcode.STA, value);
            buf.emit(Opcode.LDA, done);
            Label exit = new Label();
            buf.emitJump(Opcode.JUMP_IF_TRUE, exit);
            buf.emit(Opcode.LDA, value);
            c.exitWithoutClose = exit;
        } else {
            buf.emitJump(Opcode.FOR_IN_NEXT, c.breakLabel, iter);
        }
        int handlerStart = buf.pc();
        // Each iteration gets fresh bindings for a let/const head (entering may clobber acc).
        buf.emit(Opcode.STA, value);
        if (scope != null) enterScope(scope);
        buf.emit(Opcode.LDA, value);
        if (f.left instanceof VariableDeclaration v) {
            patterns.bindInitialize(v.declarators.get(0).target, v.kind != DeclarationKind.VAR);
        } else {
            patterns.assign(f.left);
        }
        statement(f.body);
        if (scope != null) exitScope(scope);
        int handlerEnd = buf.pc();
        emitLoopBack(header);
        popControl(c);
        if (f.of) {
            // An exception in the head's assignment or the body closes the iterator, then propagates.
            int handlerPc = buf.pc();
            buf.handler(handlerStart, handlerEnd, handlerPc);
            buf.emit(Opcode.STA, value);
            buf.emit(Opcode.RESTORE_CONTEXT, loopContext);
            if (f.isAwait) emitAsyncIteratorClose(iter, true);
            else buf.emit(Opcode.ITERATOR_CLOSE_QUIETLY, iter);
            buf.emit(Opcode.LDA, value);
            buf.emit(Opcode.THROW);
            // break closes the iterator; running out of values does not.
            buf.bind(c.breakLabel);
            if (f.isAwait) emitAsyncIteratorClose(iter, false);
            else buf.emit(Opcode.ITERATOR_CLOSE, iter);
            buf.bind(c.exitWithoutClose);
        } else {
            buf.bind(c.breakLabel);
        }
        buf.release(mark);
    }

    private void switchStatement(Switch sw, List<String> labels) {
        int mark = buf.mark();
        expressions.emit(sw.discriminant);
        int disc = buf.temp();
        buf.emit(Opcode.STA, disc);
        Scope scope = sw.scope;
        if (scope != null) enterScope(scope);
        if (scope != null) {
            List<Stmt> all = new ArrayList<>();
            for (SwitchCase sc : sw.cases) all.addAll(sc.body);
            hoistFunctions(all, false);
        }
        Control c = new Control(Control.Kind.SWITCH, labels);
        c.breakLabel = new Label();
        c.contextDepthAtEntry = contextDepth;
        controls.add(c);
        Label[] bodies = new Label[sw.cases.size()];
        Label defaultLabel = null;
        for (int i = 0; i < sw.cases.size(); i++) {
            bodies[i] = new Label();
            SwitchCase sc = sw.cases.get(i);
            if (sc.test == null) { defaultLabel = bodies[i]; continue; }
            expressions.emit(sc.test);
            buf.emit(Opcode.STRICT_EQ, disc, buf.feedbackSlot());
            buf.emitJump(Opcode.JUMP_IF_TRUE, bodies[i]);
        }
        buf.emitJump(Opcode.JUMP, defaultLabel != null ? defaultLabel : c.breakLabel);
        for (int i = 0; i < sw.cases.size(); i++) {
            buf.bind(bodies[i]);
            statements(sw.cases.get(i).body);
        }
        popControl(c);
        buf.bind(c.breakLabel);
        if (scope != null) exitScope(scope);
        buf.release(mark);
    }

    private void labeled(Labeled l) {
        List<String> labels = new ArrayList<>();
        Stmt body = l;
        while (body instanceof Labeled x) { labels.add(x.label); body = x.body; }
        switch (body) {
            case For f -> forStatement(f, labels);
            case ForInOf f -> forInOf(f, labels);
            case While w -> whileStatement(w, labels);
            case DoWhile d -> doWhile(d, labels);
            case Switch sw -> switchStatement(sw, labels);
            default -> {
                Control c = new Control(Control.Kind.LABEL, labels);
                c.breakLabel = new Label();
                c.contextDepthAtEntry = contextDepth;
                controls.add(c);
                statement(body);
                popControl(c);
                buf.bind(c.breakLabel);
            }
        }
    }

    /** break/continue: unwinds contexts, iterators and finally blocks between here and the target. */
    private void jumpOut(String label, boolean isContinue, Node at) {
        int targetIndex = -1;
        for (int i = controls.size() - 1; i >= 0; i--) {
            Control c = controls.get(i);
            boolean matches = label == null
                ? (c.kind == Control.Kind.LOOP || (!isContinue && c.kind == Control.Kind.SWITCH))
                : c.labels.contains(label) && (!isContinue || c.kind == Control.Kind.LOOP);
            if (matches) { targetIndex = i; break; }
        }
        if (targetIndex < 0) throw new SyntaxErrorException(label == null ? "Illegal break statement" : "Undefined label '" + label + "'", sourceName, at.line, at.column);
        Control target = controls.get(targetIndex);
        emitUnwind(controls.size() - 1, targetIndex, () -> buf.emitJump(Opcode.JUMP, isContinue ? target.continueLabel : target.breakLabel));
    }

    /**
     * Emits the exits from controls[from] down to (not including) controls[downTo], then {@code finish}.
     * A finally block on the way takes over: the rest of the unwinding runs after it.
     */
    private void emitUnwind(int from, int downTo, Runnable finish) {
        for (int i = from; i > downTo; i--) {
            Control c = controls.get(i);
            switch (c.kind) {
                case CONTEXT -> buf.emit(Opcode.POP_CONTEXT);
                case LOOP -> {
                    if (c.iteratorRegister >= 0) {
                        int save = buf.temp();
                        buf.emit(Opcode.STA, save);
                        if (c.asyncIterator) emitAsyncIteratorClose(c.iteratorRegister, false);
                        else buf.emit(Opcode.ITERATOR_CLOSE, c.iteratorRegister);
                        buf.emit(Opcode.LDA, save);
                    }
                }
                case FINALLY -> {
                    int token = FIRST_JUMP_TOKEN + c.pendingTokens.size();
                    int next = i - 1;
                    c.pendingTokens.add(token);
                    int valueSave = c.valueRegister;
                    buf.emit(Opcode.STA, valueSave);
                    buf.emit(Opcode.LDA_SMI, token);
                    buf.emit(Opcode.STA, c.kindRegister);
                    buf.emitJump(Opcode.JUMP, c.finallyEntry);
                    final int stopAt = downTo;
                    c.pendingJumps.add(() -> {
                        buf.emit(Opcode.LDA, valueSave);
                        emitUnwind(next, stopAt, finish);
                    });
                    return;
                }
                default -> {}
            }
        }
        finish.run();
    }

    /**
     * AsyncIteratorClose: calls return() if present and awaits its result, which must be an object.
     * Quietly (for a throw completion): errors from return() are dropped, the original error wins.
     */
    void emitAsyncIteratorClose(int iter, boolean quietly) {
        int mark = buf.mark();
        int args = buf.temps(2);
        int ctx = buf.temp();
        buf.emit(Opcode.SAVE_CONTEXT, ctx);
        int start = buf.pc();
        buf.emit(Opcode.MOV, iter, args);
        buf.emit(Opcode.LDA_CONST, buf.constant("return"));
        buf.emit(Opcode.STA, args + 1);
        buf.emit(Opcode.CALL_RUNTIME, RuntimeFunction.GET_METHOD.ordinal(), args, 2);
        Label skip = new Label();
        buf.emitJump(Opcode.JUMP_IF_UNDEFINED, skip);
        buf.emit(Opcode.STA, args + 1);
        buf.emit(Opcode.CALL, args + 1, iter, args, 0, buf.feedbackSlot());
        expressions.awaitAcc(function);
        if (!quietly) {
            buf.emit(Opcode.STA, args);
            buf.emit(Opcode.CALL_RUNTIME, RuntimeFunction.THROW_IF_NOT_OBJECT.ordinal(), args, 1);
        }
        buf.bind(skip);
        if (quietly) {
            int end = buf.pc();
            Label done = new Label();
            buf.emitJump(Opcode.JUMP, done);
            buf.handler(start, end, buf.pc());
            buf.emit(Opcode.RESTORE_CONTEXT, ctx);
            buf.bind(done);
        }
        buf.release(mark);
    }

    void emitReturn() {
        if (function.kind == FunctionKind.CLASS_INITIALIZER) { buf.emit(Opcode.RETURN); return; }
        emitUnwind(controls.size() - 1, -1, () -> buf.emit(Opcode.RETURN));
    }

    private void tryStatement(Try t) {
        int mark = buf.mark();
        int savedContext = buf.temp();
        buf.emit(Opcode.SAVE_CONTEXT, savedContext);
        Control fin = null;
        if (t.finallyBody != null) {
            fin = new Control(Control.Kind.FINALLY, List.of());
            fin.finallyEntry = new Label();
            fin.kindRegister = buf.temp();
            fin.valueRegister = buf.temp();
            fin.contextDepthAtEntry = contextDepth;
            controls.add(fin);
        }
        int tryStart = buf.pc();
        block(t.block.body, t.block.scope);
        int tryEnd = buf.pc();
        Label afterCatch = new Label();
        buf.emitJump(Opcode.JUMP, afterCatch);
        int catchEnd = tryEnd;
        int catchStart = tryEnd;
        if (t.catchBody != null) {
            int handlerPc = buf.pc();
            buf.handler(tryStart, tryEnd, handlerPc);
            int exc = buf.temp();
            buf.emit(Opcode.STA, exc);
            buf.emit(Opcode.RESTORE_CONTEXT, savedContext);
            catchStart = buf.pc();
            if (t.catchScope != null) {
                enterScope(t.catchScope);
                buf.emit(Opcode.LDA, exc);
                patterns.bindInitialize(t.catchParameter, true);
                block(t.catchBody.body, t.catchBody.scope);
                exitScope(t.catchScope);
            } else {
                block(t.catchBody.body, t.catchBody.scope);
            }
            catchEnd = buf.pc();
            buf.emitJump(Opcode.JUMP, afterCatch);
        }
        buf.bind(afterCatch);
        if (fin != null) {
            popControl(fin);
            // Normal completion.
            buf.emit(Opcode.LDA_SMI, COMPLETION_NORMAL);
            buf.emit(Opcode.STA, fin.kindRegister);
            buf.emitJump(Opcode.JUMP, fin.finallyEntry);
            // Exceptions from the try block (or the catch block) enter the finally as a throw completion.
            int throwHandler = buf.pc();
            buf.handler(tryStart, t.catchBody != null ? catchEnd : tryEnd, throwHandler);
            buf.emit(Opcode.STA, fin.valueRegister);
            buf.emit(Opcode.RESTORE_CONTEXT, savedContext);
            buf.emit(Opcode.LDA_SMI, COMPLETION_THROW);
            buf.emit(Opcode.STA, fin.kindRegister);
            buf.bind(fin.finallyEntry);
            int savedCompletion = -1;
            if (completionRegister >= 0) {
                // A finally block that completes normally keeps the try (or catch) block's value.
                savedCompletion = buf.temp();
                buf.emit(Opcode.LDA, completionRegister);
                buf.emit(Opcode.STA, savedCompletion);
            }
            block(t.finallyBody.body, t.finallyBody.scope);
            if (savedCompletion >= 0) {
                buf.emit(Opcode.LDA, savedCompletion);
                buf.emit(Opcode.STA, completionRegister);
            }
            Label done = new Label();
            buf.emitJump(Opcode.JUMP_IF_REG_SMI, done, fin.kindRegister, COMPLETION_NORMAL);
            Label rethrow = new Label();
            buf.emitJump(Opcode.JUMP_IF_REG_SMI, rethrow, fin.kindRegister, COMPLETION_THROW);
            List<Label> jumpLabels = new ArrayList<>();
            for (int i = 0; i < fin.pendingTokens.size(); i++) {
                Label l = new Label();
                jumpLabels.add(l);
                buf.emitJump(Opcode.JUMP_IF_REG_SMI, l, fin.kindRegister, fin.pendingTokens.get(i));
            }
            buf.emitJump(Opcode.JUMP, done);
            buf.bind(rethrow);
            buf.emit(Opcode.LDA, fin.valueRegister);
            buf.emit(Opcode.THROW);
            for (int i = 0; i < jumpLabels.size(); i++) {
                buf.bind(jumpLabels.get(i));
                fin.pendingJumps.get(i).run();
            }
            buf.bind(done);
        }
        buf.release(mark);
    }
}
