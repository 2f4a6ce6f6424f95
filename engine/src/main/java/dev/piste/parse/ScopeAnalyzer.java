package dev.piste.parse;

import dev.piste.parse.Ast.*;

import java.util.ArrayList;
import java.util.List;

/**
 * Resolves every identifier to a register, a heap-context slot or a global, in three steps:
 * <ol>
 *   <li>declare: build the scope tree and declare every binding (var and function hoisting, lexical
 *       declarations per block, parameters, class names and private names, and the pseudo-bindings
 *       {@code this}, {@code new.target}, {@code %home}, {@code %function} and {@code arguments} of
 *       non-arrow functions, which arrows reach by capture like any variable);
 *   <li>capture: a binding used from a function other than its own is captured;
 *   <li>allocate: captured bindings get context slots in their scope, the others registers in their
 *       function; then each use gets its {@link Resolution}.
 * </ol>
 * Invariant: the depth in a CONTEXT resolution counts the context-creating scopes strictly between
 * the use and the binding's scope, which is what the interpreter walks at run time.
 */
public final class ScopeAnalyzer {
    public static final String THIS = "this";
    public static final String NEW_TARGET = "new.target";
    public static final String HOME_OBJECT = "%home";
    public static final String FUNCTION = "%function";
    public static final String ARGUMENTS = "arguments";
    /**
     * In a sloppy function that calls eval directly: the object holding the variables that eval code
     * declares in the function's variable environment (created by the first such eval). Every free name
     * in the function looks there first, as it would in a with object (see collectWithObjects).
     */
    public static final String EVAL_VARS = "%evalvars";

    /** A reference; declaration = the binding identifier of a declaration itself (never a TDZ read). */
    private record Use(Identifier id, Scope scope, boolean declaration) {}

    private final List<Use> uses = new ArrayList<>();
    private final List<Scope> allScopes = new ArrayList<>();

    private ScopeAnalyzer() {}

    /** Analyzes a whole script; afterwards {@code program.function} is the script's top-level function. */
    public static void analyze(Program program) {
        FunctionNode top = new FunctionNode();
        top.kind = FunctionKind.NORMAL;
        top.strict = program.strict;
        top.body.addAll(program.body);
        top.line = 1; top.column = 1;
        top.name = "";
        top.sourceStart = 0; top.sourceEnd = program.source == null ? 0 : program.source.length();
        program.function = top;
        ScopeAnalyzer a = new ScopeAnalyzer();
        Scope script = a.newScope(Scope.Kind.SCRIPT, null, top);
        top.scope = script;
        a.declarePseudo(script, THIS);
        a.declareHoisted(top.body, script, script, true);
        a.statements(top.body, script);
        a.finish();
    }

    /**
     * Analyzes eval code run in the global scope. Sloppy eval code declares its vars globally, like a
     * script; strict eval code gets a variable environment of its own.
     */
    public static void analyzeEval(Program program) {
        if (!program.strict) {
            // Sloppy eval code: var and function declarations are global, let/const/class stay in
            // a declarative environment of the eval's own.
            FunctionNode top = new FunctionNode();
            top.kind = FunctionKind.NORMAL;
            top.body.addAll(program.body);
            top.line = 1; top.column = 1;
            top.name = "";
            program.function = top;
            ScopeAnalyzer a = new ScopeAnalyzer();
            Scope script = a.newScope(Scope.Kind.SCRIPT, null, top);
            top.scope = script;
            Scope lexical = a.newScope(Scope.Kind.BLOCK, script, top);
            top.bodyScope = lexical;
            a.declarePseudo(script, THIS);
            a.declareHoisted(top.body, script, lexical, true);
            a.statements(top.body, lexical);
            a.finish();
            return;
        }
        FunctionNode top = new FunctionNode();
        top.kind = FunctionKind.NORMAL;
        top.strict = true;
        top.body.addAll(program.body);
        top.line = 1; top.column = 1;
        top.name = "";
        program.function = top;
        ScopeAnalyzer a = new ScopeAnalyzer();
        Scope script = a.newScope(Scope.Kind.SCRIPT, null, null);
        Scope scope = a.newScope(Scope.Kind.FUNCTION, script, top);
        top.scope = scope;
        a.declarePseudo(scope, THIS);
        a.declareHoisted(top.body, scope, scope, true);
        a.statements(top.body, scope);
        a.finish();
    }

    /** Analyzes a function made by the Function constructor (its free names are globals). */
    public static void analyzeFunction(FunctionNode fn) {
        ScopeAnalyzer a = new ScopeAnalyzer();
        Scope script = a.newScope(Scope.Kind.SCRIPT, null, null);
        a.function(fn, script);
        a.finish();
    }

    public static int registerCountOf(FunctionNode fn) {
        return fn.scope == null ? 0 : fn.scope.registerCount;
    }

    private Scope newScope(Scope.Kind kind, Scope parent, FunctionNode fn) {
        Scope s = new Scope(kind, parent, fn);
        allScopes.add(s);
        return s;
    }

    private Binding declare(Scope scope, String name, Binding.Kind kind) {
        if (scope == sloppyEvalScope && (kind == Binding.Kind.VAR || kind == Binding.Kind.FUNCTION)) {
            Binding existing = callerVarBinding(name);
            if (existing != null) return existing;
            FunctionNode evalCode = scope.function;
            if (evalCode.evalVarsBinding != null) {
                if (!evalCode.evalDeclaredNames.contains(name)) evalCode.evalDeclaredNames.add(name);
                return new Binding(name, kind, scope); // lives in the caller's eval var object, not here
            }
        }
        Binding b = scope.bindings.get(name);
        if (b != null) {
            // Redeclaration is legal only where the parser allowed it (var/var, var/function, sloppy functions).
            if (kind == Binding.Kind.FUNCTION && b.kind == Binding.Kind.VAR) {
                Binding nb = new Binding(name, kind, scope);
                scope.bindings.put(name, nb);
                return nb;
            }
            return b;
        }
        b = new Binding(name, kind, scope);
        scope.bindings.put(name, b);
        return b;
    }

    private void declarePseudo(Scope functionScope, String name) {
        declare(functionScope, name, Binding.Kind.INTERNAL);
    }

    // ---- Declaration hoisting ----

    /**
     * Declares var-scoped names found anywhere in the statements (not crossing functions) in varScope,
     * and the lexical declarations directly in this statement list in lexicalScope.
     */
    private void declareHoisted(List<Stmt> body, Scope varScope, Scope lexicalScope, boolean topLevel) {
        for (Stmt s : body) {
            declareVars(s, varScope);
            declareLexical(s, lexicalScope, varScope, topLevel);
        }
    }

    private void declareLexical(Stmt s, Scope lexicalScope, Scope varScope, boolean topLevel) {
        switch (s) {
            case VariableDeclaration v when v.kind != DeclarationKind.VAR -> {
                Binding.Kind k = v.kind == DeclarationKind.LET ? Binding.Kind.LET : Binding.Kind.CONST;
                for (Declarator d : v.declarators) for (Identifier id : boundNames(d.target)) declare(lexicalScope, id.name, k).declarationEnd = d.end;
            }
            case ClassDeclaration c -> declare(lexicalScope, c.classNode.name, Binding.Kind.CLASS).declarationEnd = c.end;
            case FunctionDeclaration f when !topLevel -> {
                declare(lexicalScope, f.function.name, Binding.Kind.LET).declarationEnd = 0;
                FunctionNode owner = varScope.function;
                boolean strict = owner == null ? f.function.strict : owner.strict;
                boolean plain = !f.function.isAsync && !f.function.isGenerator;
                if (!strict && plain && lexicalScope != varScope && !conflictsWithLexical(f.function.name, lexicalScope.parent, varScope)) {
                    // Annex B: a sloppy block function is also a var of the enclosing function.
                    declare(varScope, f.function.name, Binding.Kind.VAR);
                    annexBFunctions.add(f);
                }
            }
            case FunctionDeclaration f -> declare(varScope, f.function.name, Binding.Kind.FUNCTION);
            case Labeled l -> declareLexical(l.body, lexicalScope, varScope, topLevel);
            default -> {}
        }
    }

    /** Block functions declared under Annex B semantics (also assigned to a var at their block's start). */
    public final java.util.Set<FunctionDeclaration> annexBFunctions = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private static boolean conflictsWithLexical(String name, Scope from, Scope varScope) {
        for (Scope s = from; s != null && s != varScope; s = s.parent) {
            Binding b = s.bindings.get(name);
            if (b != null && b.kind.isLexical()) return true;
        }
        return false;
    }

    private void declareVars(Stmt s, Scope varScope) {
        switch (s) {
            case VariableDeclaration v when v.kind == DeclarationKind.VAR -> {
                for (Declarator d : v.declarators) for (Identifier id : boundNames(d.target)) declare(varScope, id.name, Binding.Kind.VAR);
            }
            case Block b -> { for (Stmt x : b.body) declareVars(x, varScope); }
            case If i -> { declareVars(i.consequent, varScope); if (i.alternate != null) declareVars(i.alternate, varScope); }
            case For f -> { if (f.init != null) declareVars(f.init, varScope); declareVars(f.body, varScope); }
            case ForInOf f -> {
                if (f.left instanceof VariableDeclaration v) declareVars(v, varScope);
                declareVars(f.body, varScope);
            }
            case While w -> declareVars(w.body, varScope);
            case DoWhile d -> declareVars(d.body, varScope);
            case Switch sw -> { for (SwitchCase c : sw.cases) for (Stmt x : c.body) declareVars(x, varScope); }
            case Labeled l -> declareVars(l.body, varScope);
            case With w -> declareVars(w.body, varScope);
            case Try t -> {
                declareVars(t.block, varScope);
                if (t.catchBody != null) declareVars(t.catchBody, varScope);
                if (t.finallyBody != null) declareVars(t.finallyBody, varScope);
            }
            default -> {}
        }
    }

    /** The identifiers a binding pattern declares, in source order. */
    public static List<Identifier> boundNames(Node target) {
        List<Identifier> out = new ArrayList<>();
        collectBoundNames(target, out);
        return out;
    }

    private static void collectBoundNames(Node n, List<Identifier> out) {
        switch (n) {
            case null -> {}
            case Identifier id -> out.add(id);
            case DefaultValue d -> collectBoundNames(d.target, out);
            case ObjectPattern p -> {
                for (PatternProperty pp : p.properties) collectBoundNames(pp.target, out);
                collectBoundNames(p.rest, out);
            }
            case ArrayPattern p -> {
                for (Node e : p.elements) collectBoundNames(e, out);
                collectBoundNames(p.rest, out);
            }
            default -> {}
        }
    }

    // ---- Functions ----

    private void function(FunctionNode fn, Scope outer) {
        Scope enclosing = outer;
        if (fn.name != null && fn.kind == FunctionKind.NORMAL && isNamedExpression(fn)) {
            Scope nameScope = newScope(Scope.Kind.FUNCTION_NAME, outer, outer.function);
            declare(nameScope, fn.name, Binding.Kind.FUNCTION_NAME);
            fn.functionNameScope = nameScope;
            enclosing = nameScope;
        }
        Scope scope = newScope(Scope.Kind.FUNCTION, enclosing, fn);
        fn.scope = scope;
        boolean arrow = fn.kind == FunctionKind.ARROW;
        if (fn.containsDirectEval) {
            evalFunctions.add(fn);
            if (!arrow) fn.usesArguments = true;
        }
        if (!arrow) {
            // Only the pseudo-variables the function (or an arrow inside it) uses take a register:
            // the parser's use flags already include nested arrows. Synthetic initializers and eval
            // containers get all of them.
            boolean all = fn.kind == FunctionKind.CLASS_INITIALIZER || fn.containsDirectEval;
            if (all || fn.usesThis || fn.usesSuperProperty || fn.usesSuperCall || fn.kind == FunctionKind.DERIVED_CONSTRUCTOR) declarePseudo(scope, THIS);
            if (all || fn.usesNewTarget || fn.usesSuperCall) declarePseudo(scope, NEW_TARGET);
            if (all || fn.usesSuperProperty) declarePseudo(scope, HOME_OBJECT);
            if (all || fn.usesSuperCall) declarePseudo(scope, FUNCTION);
        }
        for (Node p : fn.params) for (Identifier id : boundNames(p)) declare(scope, id.name, Binding.Kind.PARAMETER);
        if (fn.restParameter != null) for (Identifier id : boundNames(fn.restParameter)) declare(scope, id.name, Binding.Kind.PARAMETER);
        if (!arrow && fn.usesArguments && !scope.bindings.containsKey(ARGUMENTS) && !declaresLexically(fn, ARGUMENTS)) {
            Binding args = declare(scope, ARGUMENTS, Binding.Kind.VAR);
            if (!fn.strict && fn.simpleParameters) {
                // Mapped arguments alias the parameters: keep them in the context so both see one slot.
                for (Binding b : scope.bindings.values()) if (b.kind == Binding.Kind.PARAMETER) b.captured = true;
            }
            args.captured |= false;
        }
        if (!fn.simpleParameters) {
            // Parameters with defaults are in their TDZ until bound, left to right.
            for (Node p : fn.params) for (Identifier id : boundNames(p)) {
                Binding b = scope.bindings.get(id.name);
                b.tdzParameter = true;
                b.declarationEnd = p.end;
            }
            if (fn.restParameter != null) for (Identifier id : boundNames(fn.restParameter)) {
                Binding b = scope.bindings.get(id.name);
                b.tdzParameter = true;
                b.declarationEnd = fn.restParameter.end;
            }
        }
        Scope body = scope;
        if (!fn.simpleParameters && !fn.body.isEmpty()) {
            // With parameter expressions, the body's declarations live in an environment of their own:
            // closures in default values must not see them.
            body = newScope(Scope.Kind.FUNCTION_BODY, scope, fn);
            fn.bodyScope = body;
        }
        declareHoisted(fn.body, body, body, true);
        if (fn.containsDirectEval && !fn.strict) declare(body, EVAL_VARS, Binding.Kind.INTERNAL).captured = true;
        for (Node p : fn.params) declarationTarget(p, scope);
        if (fn.restParameter != null) declarationTarget(fn.restParameter, scope);
        if (fn.expressionBody != null) expr(fn.expressionBody, scope);
        statements(fn.body, body);
    }

    private static boolean declaresLexically(FunctionNode fn, String name) {
        for (Stmt s : fn.body) {
            if (s instanceof VariableDeclaration v && v.kind != DeclarationKind.VAR) {
                for (Declarator d : v.declarators) for (Identifier id : boundNames(d.target)) if (id.name.equals(name)) return true;
            }
            if (s instanceof FunctionDeclaration f && name.equals(f.function.name)) return true;
        }
        return false;
    }

    /** Function expressions are analyzed through FunctionExpr; declarations never get a name scope. */
    private boolean namedExpressionFlag;
    private boolean isNamedExpression(FunctionNode fn) { return namedExpressionFlag; }

    private void classNode(ClassNode c, Scope outer) {
        Scope scope = newScope(Scope.Kind.CLASS, outer, outer.function);
        c.scope = scope;
        if (c.name != null) declare(scope, c.name, Binding.Kind.CONST).declarationEnd = Integer.MAX_VALUE;
        for (ClassMember m : c.members) {
            if (m.privateName != null) declare(scope, "#" + m.privateName, Binding.Kind.CONST).declarationEnd = 0;
        }
        if (c.superClass != null) expr(c.superClass, scope);
        if (c.constructor != null) { c.constructor.homeClass = c; function(c.constructor, scope); }
        for (ClassMember m : c.members) {
            if (m.computed) expr(m.key, scope);
            switch (m.kind) {
                case METHOD, GETTER, SETTER, STATIC_BLOCK -> {
                    FunctionNode fn = ((FunctionExpr) m.value).function;
                    fn.homeClass = c;
                    function(fn, scope);
                }
                case FIELD -> {
                    // A field initializer runs as a method of its own, with this = the instance (or class).
                    FunctionNode init = fieldInitializer(m, c);
                    function(init, scope);
                }
            }
        }
    }

    private FunctionNode fieldInitializer(ClassMember m, ClassNode c) {
        FunctionNode fn = new FunctionNode();
        fn.kind = FunctionKind.CLASS_INITIALIZER;
        fn.strict = true;
        fn.name = "";
        fn.homeClass = c;
        fn.line = m.line; fn.column = m.column; fn.start = m.start; fn.end = m.end;
        fn.sourceStart = m.start; fn.sourceEnd = m.end;
        fn.expressionBody = m.value;
        m.initializer = fn;
        return fn;
    }

    // ---- Statements ----

    private void statements(List<Stmt> list, Scope scope) {
        for (Stmt s : list) statement(s, scope);
    }

    private Scope blockScope(List<Stmt> body, Scope scope) {
        if (!hasLexical(body)) return null;
        Scope s = newScope(Scope.Kind.BLOCK, scope, scope.function);
        declareHoistedLexicalOnly(body, s, varScopeOf(scope));
        return s;
    }

    private void declareHoistedLexicalOnly(List<Stmt> body, Scope lexical, Scope varScope) {
        for (Stmt st : body) declareLexical(st, lexical, varScope, false);
    }

    private static Scope varScopeOf(Scope s) {
        while (s.kind != Scope.Kind.FUNCTION && s.kind != Scope.Kind.SCRIPT && s.kind != Scope.Kind.FUNCTION_BODY) s = s.parent;
        return s;
    }

    private static boolean hasLexical(List<Stmt> body) {
        for (Stmt s : body) {
            Stmt t = s;
            while (t instanceof Labeled l) t = l.body;
            if (t instanceof VariableDeclaration v && v.kind != DeclarationKind.VAR) return true;
            if (t instanceof ClassDeclaration || t instanceof FunctionDeclaration) return true;
        }
        return false;
    }

    private void statement(Stmt s, Scope scope) {
        switch (s) {
            case ExpressionStmt e -> expr(e.expression, scope);
            case VariableDeclaration v -> {
                for (Declarator d : v.declarators) {
                    declarationTarget(d.target, scope);
                    if (d.init != null) expr(d.init, scope);
                }
            }
            case FunctionDeclaration f -> { namedExpressionFlag = false; function(f.function, scope); }
            case ClassDeclaration c -> {
                boolean saved = declaring;
                declaring = true;
                reference(c.classNode.name, c, scope);
                declaring = saved;
                classNode(c.classNode, scope);
            }
            case Block b -> {
                Scope inner = blockScope(b.body, scope);
                b.scope = inner;
                statements(b.body, inner != null ? inner : scope);
            }
            case If i -> { expr(i.test, scope); statement(i.consequent, scope); if (i.alternate != null) statement(i.alternate, scope); }
            case For f -> {
                Scope inner = scope;
                if (f.init instanceof VariableDeclaration v && v.kind != DeclarationKind.VAR) {
                    inner = newScope(Scope.Kind.BLOCK, scope, scope.function);
                    declareLexical(v, inner, varScopeOf(scope), false);
                    f.scope = inner;
                }
                if (f.init != null) statement(f.init, inner);
                if (f.test != null) expr(f.test, inner);
                if (f.update != null) expr(f.update, inner);
                statement(f.body, inner);
            }
            case ForInOf f -> {
                Scope inner = scope;
                if (f.left instanceof VariableDeclaration v && v.kind != DeclarationKind.VAR) {
                    inner = newScope(Scope.Kind.BLOCK, scope, scope.function);
                    declareLexical(v, inner, varScopeOf(scope), false);
                    // The head's bindings are initialized only after the right side is evaluated,
                    // which sees them in their TDZ.
                    for (Binding b : inner.bindings.values()) b.declarationEnd = f.right.end;
                    f.scope = inner;
                    expr(f.right, inner);
                } else {
                    expr(f.right, scope);
                }
                if (f.left instanceof VariableDeclaration v) statement(v, inner);
                else pattern(f.left, inner);
                statement(f.body, inner);
            }
            case While w -> { expr(w.test, scope); statement(w.body, scope); }
            case DoWhile d -> { statement(d.body, scope); expr(d.test, scope); }
            case Switch sw -> {
                expr(sw.discriminant, scope);
                List<Stmt> all = new ArrayList<>();
                for (SwitchCase c : sw.cases) all.addAll(c.body);
                Scope inner = blockScope(all, scope);
                sw.scope = inner;
                if (inner != null) for (Binding b : inner.bindings.values()) b.needsTdzCheck = true;
                Scope use = inner != null ? inner : scope;
                for (SwitchCase c : sw.cases) {
                    if (c.test != null) expr(c.test, use);
                    statements(c.body, use);
                }
            }
            case Labeled l -> statement(l.body, scope);
            case Return r -> { if (r.argument != null) expr(r.argument, scope); }
            case Throw t -> expr(t.argument, scope);
            case Try t -> {
                statement(t.block, scope);
                if (t.catchBody != null) {
                    Scope catchScope = scope;
                    if (t.catchParameter != null) {
                        catchScope = newScope(Scope.Kind.CATCH, scope, scope.function);
                        for (Identifier id : boundNames(t.catchParameter)) declare(catchScope, id.name, Binding.Kind.CATCH_PARAMETER);
                        t.catchScope = catchScope;
                        declarationTarget(t.catchParameter, catchScope);
                    }
                    statement(t.catchBody, catchScope);
                }
                if (t.finallyBody != null) statement(t.finallyBody, scope);
            }
            case With w -> {
                expr(w.object, scope);
                Scope ws = newScope(Scope.Kind.WITH, scope, scope.function);
                declare(ws, Scope.WITH_OBJECT, Binding.Kind.INTERNAL);
                w.scope = ws;
                statement(w.body, ws);
            }
            case Break b -> {}
            case Continue c -> {}
            case Empty e -> {}
            case Debugger d -> {}
        }
    }

    // ---- Patterns ----

    private void pattern(Node n, Scope scope) {
        switch (n) {
            case null -> {}
            case Identifier id -> use(id, scope);
            case DefaultValue d -> { pattern(d.target, scope); readExpr(d.defaultValue, scope); }
            case ObjectPattern p -> {
                for (PatternProperty pp : p.properties) {
                    if (pp.computed) readExpr(pp.key, scope);
                    pattern(pp.target, scope);
                }
                pattern(p.rest, scope);
            }
            case ArrayPattern p -> {
                for (Node e : p.elements) pattern(e, scope);
                pattern(p.rest, scope);
            }
            case Expr e -> expr(e, scope);
            default -> throw new IllegalStateException("not a pattern: " + n.getClass().getSimpleName());
        }
    }

    // ---- Expressions ----

    private void readExpr(Expr e, Scope scope) {
        boolean saved = declaring;
        declaring = false;
        expr(e, scope);
        declaring = saved;
    }

    private void exprs(List<Expr> list, Scope scope) {
        for (Expr e : list) if (e != null) expr(e, scope);
    }

    private void expr(Expr e, Scope scope) {
        switch (e) {
            case Identifier id -> use(id, scope);
            case NumberLiteral n -> {}
            case BigIntLiteral n -> {}
            case StringLiteral s -> {}
            case BooleanLiteral b -> {}
            case NullLiteral n -> {}
            case RegExpLiteral r -> {}
            case TemplateLiteral t -> exprs(t.expressions, scope);
            case TaggedTemplate t -> { expr(t.tag, scope); expr(t.quasi, scope); }
            case This t -> pseudo(THIS, t, scope);
            case NewTarget n -> pseudo(NEW_TARGET, n, scope);
            case SuperMember s -> {
                pseudo(THIS, s, scope);
                pseudo(HOME_OBJECT, s, scope);
                if (s.key != null) expr(s.key, scope);
            }
            case SuperCall s -> {
                pseudo(THIS, s, scope);
                pseudo(FUNCTION, s, scope);
                pseudo(NEW_TARGET, s, scope);
                exprs(s.arguments, scope);
            }
            case ArrayLiteral a -> exprs(a.elements, scope);
            case ObjectLiteral o -> {
                for (Property p : o.properties) {
                    if (p.computed && p.key != null) expr(p.key, scope);
                    if (p.value != null) expr(p.value, scope);
                }
            }
            case FunctionExpr f -> {
                namedExpressionFlag = f.function.kind == FunctionKind.NORMAL && f.function.name != null;
                function(f.function, scope);
                namedExpressionFlag = false;
            }
            case ClassExpr c -> classNode(c.classNode, scope);
            case Unary u -> expr(u.operand, scope);
            case Update u -> expr(u.target, scope);
            case Binary b -> { expr(b.left, scope); expr(b.right, scope); }
            case Logical l -> { expr(l.left, scope); expr(l.right, scope); }
            case PrivateIn p -> { privateName(p.name, p, scope); expr(p.object, scope); }
            case Conditional c -> { expr(c.test, scope); expr(c.consequent, scope); expr(c.alternate, scope); }
            case Assign a -> { pattern(a.target, scope); expr(a.value, scope); }
            case Sequence s -> exprs(s.expressions, scope);
            case Member m -> expr(m.object, scope);
            case Index i -> { expr(i.object, scope); expr(i.key, scope); }
            case PrivateMember p -> { expr(p.object, scope); privateName(p.name, p, scope); }
            case Call c -> { expr(c.callee, scope); exprs(c.arguments, scope); }
            case OptionalChain o -> expr(o.expression, scope);
            case New n -> { expr(n.callee, scope); exprs(n.arguments, scope); }
            case Spread s -> expr(s.argument, scope);
            case Yield y -> { if (y.argument != null) expr(y.argument, scope); }
            case Await a -> expr(a.argument, scope);
            case Parenthesized p -> expr(p.expression, scope);
            case NativeCall n -> exprs(n.arguments, scope);
        }
    }

    // ---- Uses ----

    /** The resolved use of a pseudo-variable ({@link #THIS} …) or private name ("#x") at a node. */
    public static Identifier syntheticUse(Node at, String name) {
        return at.syntheticUses == null ? null : at.syntheticUses.get(name);
    }

    private void pseudo(String name, Node at, Scope scope) { reference(name, at, scope); }

    private void privateName(String name, Node at, Scope scope) { reference("#" + name, at, scope); }

    private void reference(String name, Node at, Scope scope) {
        Identifier id = new Identifier(name);
        id.line = at.line; id.column = at.column; id.start = at.start; id.end = at.end;
        if (at.syntheticUses == null) at.syntheticUses = new java.util.HashMap<>(4);
        at.syntheticUses.put(name, id);
        use(id, scope);
    }

    private void use(Identifier id, Scope scope) { uses.add(new Use(id, scope, declaring)); }

    /** True while visiting the binding targets of a declaration. */
    private boolean declaring;

    private void declarationTarget(Node target, Scope scope) {
        boolean saved = declaring;
        // Default values and computed keys inside a pattern are ordinary reads.
        declaring = true;
        pattern(target, scope);
        declaring = saved;
    }

    // ---- Capture, allocation, resolution ----

    /** Functions containing a direct eval: every binding they can see must be reachable by name. */
    private final List<FunctionNode> evalFunctions = new ArrayList<>();

    /** A with statement between a use and its binding makes the use dynamic: see Identifier.withObjects. */
    private static boolean dynamicName(String name) {
        return !name.startsWith("%") && !name.startsWith("#") && !name.equals(THIS) && !name.equals(NEW_TARGET);
    }

    private void collectWithObjects(Use u) {
        if (!dynamicName(u.id.name)) return;
        for (Scope s = u.scope; s != null; s = s.parent) {
            if (s.bindings.containsKey(u.id.name)) return;
            Binding evalVars = s.bindings.get(EVAL_VARS);
            if (evalVars != null) {
                if (u.id.withObjects == null) u.id.withObjects = new ArrayList<>(2);
                u.id.withObjects.add(evalVars);
            }
            if (s.kind == Scope.Kind.WITH) {
                Binding wb = s.bindings.get(Scope.WITH_OBJECT);
                if (functionOf(u.scope) != s.function) wb.captured = true;
                if (u.id.withObjects == null) u.id.withObjects = new ArrayList<>(2);
                u.id.withObjects.add(wb);
            }
        }
    }

    private void finish() {
        for (Use u : uses) collectWithObjects(u);
        // Eval code may read or write any visible binding at any time: keep them all in contexts
        // (where the eval code finds them through the scope chain) and check every TDZ.
        for (FunctionNode fn : evalFunctions) {
            for (Scope s : allScopes) {
                if (s.function == fn || isAncestor(s, fn.scope)) markAllCaptured(s);
            }
        }
        for (Use u : uses) {
            Binding b = find(u.id.name, u.scope);
            if (b != null && b.scope.kind != Scope.Kind.SCRIPT && functionOf(u.scope) != b.scope.function) b.captured = true;
        }
        for (Scope s : allScopes) allocate(s);
        for (Use u : uses) resolve(u);
    }

    private static FunctionNode functionOf(Scope s) { return s.function; }

    private static boolean isAncestor(Scope candidate, Scope of) {
        for (Scope s = of; s != null; s = s.parent) if (s == candidate) return true;
        return false;
    }

    private static void markAllCaptured(Scope s) {
        if (s.kind == Scope.Kind.SCRIPT) return;
        for (Binding b : s.bindings.values()) {
            b.captured = true;
            if (b.kind.isLexical()) b.needsTdzCheck = true;
        }
    }

    /**
     * Analyzes direct eval code run inside a function: its own declarations stay in its own scope
     * (for sloppy code this differs from the specification, where new vars join the caller's function:
     * they are visible only to the eval code here), and every other name resolves through the caller's
     * scopes, whose bindings the caller keeps in contexts because it contains the eval.
     */
    public static void analyzeDirectEval(Program program, Scope callerScope) {
        FunctionNode top = new FunctionNode();
        top.kind = FunctionKind.ARROW;
        top.strict = program.strict;
        top.body.addAll(program.body);
        top.line = 1; top.column = 1;
        top.name = "";
        program.function = top;
        ScopeAnalyzer a = new ScopeAnalyzer();
        Scope scope = a.newScope(Scope.Kind.FUNCTION, callerScope, top);
        top.scope = scope;
        if (!program.strict) {
            a.sloppyEvalScope = scope;
            a.evalCallerScope = callerScope;
            for (Scope s = callerScope; s != null && top.evalVarsBinding == null; s = s.parent) top.evalVarsBinding = s.bindings.get(EVAL_VARS);
        }
        a.declareHoisted(top.body, scope, scope, true);
        a.statements(top.body, scope);
        a.finish();
    }

    /**
     * Sloppy direct eval code declares its vars in the caller's variable environment. Where the caller's
     * function already has that var (or parameter, or function), the eval's declaration is that binding;
     * a let/const/class of the same name between the eval and the function is a SyntaxError, as in
     * EvalDeclarationInstantiation. Names the caller does not have stay local to the eval code (Piste
     * has no dynamic variable environments yet).
     */
    private Scope sloppyEvalScope, evalCallerScope;

    private Binding callerVarBinding(String name) {
        for (Scope s = evalCallerScope; s != null && s.kind != Scope.Kind.SCRIPT; s = s.parent) {
            Binding b = s.bindings.get(name);
            if (b != null) {
                if (b.kind.isLexical()) throw new SyntaxErrorException("Identifier '" + name + "' has already been declared", "<eval>", 1, 1);
                return b;
            }
            if (s.kind == Scope.Kind.FUNCTION) return null;
        }
        return null;
    }

    private static Binding find(String name, Scope scope) {
        for (Scope s = scope; s != null; s = s.parent) {
            Binding b = s.bindings.get(name);
            if (b != null) return b;
        }
        return null;
    }

    private void allocate(Scope s) {
        if (s.kind == Scope.Kind.SCRIPT) {
            // Script-level names are global: var/function on the global object, lexical ones by name.
            // Only the pseudo-binding `this` of the script gets a register.
            Binding self = s.bindings.get(THIS);
            if (self != null && s.function != null) self.register = nextRegister(s.function);
            return;
        }
        for (Binding b : s.bindings.values()) {
            if (b.captured) b.contextSlot = s.contextSize++;
            else b.register = nextRegister(s.function);
        }
    }

    private int nextRegister(FunctionNode fn) {
        Scope fs = fn.scope;
        return fs.registerCount++;
    }

    private void resolve(Use u) {
        Identifier id = u.id;
        String name = id.name;
        int depth = 0;
        for (Scope s = u.scope; s != null; s = s.parent) {
            Binding b = s.bindings.get(name);
            if (b != null) {
                if (s.kind == Scope.Kind.SCRIPT && (!name.equals(THIS) || u.scope.function != s.function)) {
                    // Script-level names are global; so is the script's this seen from a nested function.
                    id.resolution = new Resolution(Resolution.Kind.GLOBAL, b, -1, 0);
                    return;
                }
                if (!u.declaration() && (b.kind.isLexical() || b.tdzParameter)) {
                    if (needsTdz(b, id, u.scope)) b.needsTdzCheck = true;
                }
                if (b.contextSlot >= 0) id.resolution = new Resolution(Resolution.Kind.CONTEXT, b, b.contextSlot, depth);
                else id.resolution = new Resolution(Resolution.Kind.REGISTER, b, b.register, 0);
                return;
            }
            if (s.createsContext()) depth++;
        }
        id.resolution = Resolution.global();
    }

    private static boolean needsTdz(Binding b, Identifier use, Scope useScope) {
        if (b.kind == Binding.Kind.FUNCTION_NAME) return false;
        if (b.needsTdzCheck) return true;
        if (useScope.function != b.scope.function) return true;
        Integer declEnd = b.declarationEnd;
        return declEnd == null || use.start < declEnd;
    }
}
