package dev.piste.parse;

import static dev.piste.parse.Token.*;

import dev.piste.parse.Ast.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;

/**
 * The recursive-descent parser for ECMAScript 2022 scripts: statements, functions, classes and the early
 * errors that need declaration scopes. Expressions and patterns are in {@link ExpressionParser}.
 *
 * <p>Requirements for contributors:
 * <ol>
 *   <li>{@link #parseScript} must throw nothing but {@link SyntaxErrorException}, whatever the input.
 *       Design for that (bounded recursion via {@code enter()}, no unchecked casts on user input); the
 *       catch-all in {@link #parseScript} is a last resort, not a design tool.
 *   <li>Strictness can change after a function's parameters have been parsed ({@code 'use strict'} in
 *       its body), so parameter and name checks that depend on it run again in {@link #finishFunction}.
 *   <li>Every node gets the position of its first token and the end of its last token.
 * </ol>
 */
public final class Parser extends ExpressionParser {

    private Parser(String source, String sourceName) {
        super(source, sourceName);
    }

    /** Parses a whole script. Throws {@link SyntaxErrorException} for every early error. */
    public static Program parseScript(String source, String sourceName) {
        return parse(source, sourceName, false, null);
    }

    /** Parses a script with the natives syntax ({@code %Name(args)}) for the given intrinsic names. */
    public static Program parseScript(String source, String sourceName, java.util.Set<String> nativeNames) {
        return parse(source, sourceName, false, nativeNames);
    }

    /** Parses a script that is strict from its first token (eval code called from strict code). */
    public static Program parseStrictScript(String source, String sourceName) {
        return parse(source, sourceName, true, null);
    }

    private static Program parse(String source, String sourceName, boolean strict, java.util.Set<String> nativeNames) {
        Parser parser = new Parser(source, sourceName);
        parser.nativeNames = nativeNames;
        try {
            return parser.parseProgram(source, strict);
        } catch (SyntaxErrorException e) {
            throw e;
        } catch (StackOverflowError e) {
            throw new SyntaxErrorException("RangeError", "Maximum call stack size exceeded while parsing", sourceName,
                parser.lx.tokenLine, parser.lx.tokenColumn);
        } catch (RuntimeException e) {
            // Last resort: a parser bug must not show the user a Java stack trace.
            throw new SyntaxErrorException("Invalid or unexpected token (internal parser error: " + e + ")", sourceName,
                parser.lx.tokenLine, parser.lx.tokenColumn);
        }
    }

    /**
     * Parses the function the {@code Function} constructor creates: as if
     * {@code (function anonymous(params\n) {\nbody\n})}. The parameter and body texts must each stand on
     * their own, so {@code params = "a) { }; (function ("} is rejected.
     */
    public static FunctionNode parseFunction(String params, String body, boolean async, boolean generator, String sourceName) {
        String prefix = (async ? "(async function" : "(function") + (generator ? "*" : "") + " anonymous(";
        String source = prefix + params + "\n) {\n" + body + "\n})";
        int paramsEnd = prefix.length() + params.length() + 1;
        int bodyEnd = paramsEnd + 4 + body.length() + 1;
        Parser parser = new Parser(source, sourceName);
        try {
            return parser.parseFunctionConstructorSource(source, prefix.length() - 1, paramsEnd, bodyEnd, async, generator);
        } catch (SyntaxErrorException e) {
            throw e;
        } catch (StackOverflowError e) {
            throw new SyntaxErrorException("RangeError", "Maximum call stack size exceeded while parsing", sourceName,
                parser.lx.tokenLine, parser.lx.tokenColumn);
        } catch (RuntimeException e) {
            throw new SyntaxErrorException("Invalid or unexpected token (internal parser error: " + e + ")", sourceName,
                parser.lx.tokenLine, parser.lx.tokenColumn);
        }
    }

    private Program parseProgram(String source, boolean strict) {
        Program program = new Program();
        program.source = source;
        program.sourceName = sourceName;
        fc = new FunctionContext(null, null, false);
        fc.strict = strict;
        scope = new DeclarationScope(null, true);
        next();
        parseBody(program.body, EOF, null);
        program.strict = fc.strict;
        program.line = 1;
        program.column = 1;
        program.start = 0;
        program.end = source.length();
        return program;
    }

    private FunctionNode parseFunctionConstructorSource(String source, int parenOffset, int paramsEnd, int bodyEnd,
                                                       boolean async, boolean generator) {
        fc = new FunctionContext(null, null, false);
        scope = new DeclarationScope(null, true);
        next();
        expect(LPAREN);
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        if (async) next();
        expect(FUNCTION);
        if (generator) expect(MUL);
        FunctionNode function = newFunction(FunctionKind.NORMAL, async, generator, start);
        function.name = "anonymous";
        next(); // the name
        FunctionContext context = pushFunction(function, false);
        parseFormalParameters(function);
        if (lx.lastEnd != paramsEnd + 1) throw error(lx.lastEnd - 1, "Arg string terminates parameters early");
        expect(LBRACE);
        parseBody(function.body, RBRACE, function);
        if (lx.start != bodyEnd) throw error(lx.start, "Unexpected token '}'");
        next();
        finishFunction(function, null, context, false);
        popFunction(context);
        finish(function, start, line, column);
        function.sourceEnd = function.end;
        expect(RPAREN);
        if (lx.type != EOF) throw unexpected();
        return function;
    }

    // ---- Function and scope contexts ----

    private FunctionNode newFunction(FunctionKind kind, boolean isAsync, boolean isGenerator, int sourceStart) {
        FunctionNode function = new FunctionNode();
        function.kind = kind;
        function.isAsync = isAsync;
        function.isGenerator = isGenerator;
        function.sourceStart = sourceStart;
        return function;
    }

    /** Saved parser state restored by {@link #popFunction}. */
    private final ArrayList<Object> savedStates = new ArrayList<>();

    private FunctionContext pushFunction(FunctionNode function, boolean arrow) {
        FunctionContext context = new FunctionContext(fc, function, arrow);
        context.strict = fc.strict;
        if (function != null && !arrow) {
            context.canAwait = function.isAsync;
            context.awaitReserved = function.isAsync;
            context.canYield = function.isGenerator;
            context.newTargetAllowed = true;
            context.returnAllowed = true;
            FunctionKind kind = function.kind;
            context.superPropertyAllowed = kind == FunctionKind.METHOD || kind == FunctionKind.GETTER
                || kind == FunctionKind.SETTER || kind == FunctionKind.CLASS_CONSTRUCTOR
                || kind == FunctionKind.DERIVED_CONSTRUCTOR || kind == FunctionKind.CLASS_INITIALIZER;
            context.superCallAllowed = kind == FunctionKind.DERIVED_CONSTRUCTOR;
        } else if (arrow) {
            context.canAwait = function.isAsync;
            context.awaitReserved = function.isAsync || fc.awaitReserved;
            context.returnAllowed = true;
        }
        savedStates.add(scope);
        savedStates.add(coverErrors);
        savedStates.add(inAllowed);
        savedStates.add(lastArrow);
        fc = context;
        scope = new DeclarationScope(scope, true);
        coverErrors = new ArrayList<>();
        inAllowed = true;
        return context;
    }

    private void popFunction(FunctionContext context) {
        int n = savedStates.size();
        lastArrow = (Expr) savedStates.remove(n - 1);
        inAllowed = (Boolean) savedStates.remove(n - 2);
        @SuppressWarnings("unchecked")
        ArrayList<CoverError> outerCoverErrors = (ArrayList<CoverError>) savedStates.remove(n - 3);
        coverErrors = outerCoverErrors;
        scope = (DeclarationScope) savedStates.remove(n - 4);
        fc = context.parent;
    }

    // ---- Declarations (early errors for conflicting names) ----

    private SyntaxErrorException alreadyDeclared(Identifier id) {
        return errorAt(id, "Identifier '" + id.name + "' has already been declared");
    }

    private void declareVar(Identifier id) {
        for (DeclarationScope s = scope; s != null; s = s.parent) {
            if (s.lexical != null && s.lexical.containsKey(id.name)) throw alreadyDeclared(id);
            if (s.catchParameterIsPattern && s.catchParameters.contains(id.name)) throw alreadyDeclared(id);
            if (s.vars == null) s.vars = new HashSet<>();
            s.vars.add(id.name);
            if (s.functionScope) break;
        }
    }

    private void declareLexical(Identifier id, int kind) {
        DeclarationScope s = scope;
        if (s.lexical == null) s.lexical = new HashMap<>();
        Integer existing = s.lexical.get(id.name);
        if (existing != null && !(existing == DeclarationScope.SLOPPY_BLOCK_FUNCTION && kind == DeclarationScope.SLOPPY_BLOCK_FUNCTION)) {
            throw alreadyDeclared(id);
        }
        if (s.vars != null && s.vars.contains(id.name)) throw alreadyDeclared(id);
        if (s.catchParameters != null && s.catchParameters.contains(id.name)) throw alreadyDeclared(id);
        s.lexical.put(id.name, kind);
    }

    /** A function declaration: var-like at the top of a function or script, lexical in blocks. */
    private void declareFunction(Identifier id, boolean plainFunction) {
        if (scope.functionScope) {
            if (scope.lexical != null && scope.lexical.containsKey(id.name)) throw alreadyDeclared(id);
            if (scope.vars == null) scope.vars = new HashSet<>();
            scope.vars.add(id.name);
        } else {
            declareLexical(id, !fc.strict && plainFunction ? DeclarationScope.SLOPPY_BLOCK_FUNCTION : DeclarationScope.LEXICAL);
        }
    }

    static void collectBoundNames(Node target, List<Identifier> out) {
        switch (target) {
            case Identifier id -> out.add(id);
            case DefaultValue d -> collectBoundNames(d.target, out);
            case ObjectPattern p -> {
                for (PatternProperty property : p.properties) collectBoundNames(property.target, out);
                if (p.rest != null) collectBoundNames(p.rest, out);
            }
            case ArrayPattern p -> {
                for (Node element : p.elements) if (element != null) collectBoundNames(element, out);
                if (p.rest != null) collectBoundNames(p.rest, out);
            }
            default -> { }
        }
    }

    private void pushBlockScope() {
        scope = new DeclarationScope(scope, false);
    }

    private void popScope() {
        scope = scope.parent;
    }

    // ---- Bodies and directives ----

    /**
     * A script or function body: the directive prologue, then statements until {@code endToken}.
     * A {@code 'use strict'} directive switches the current context to strict immediately.
     */
    private void parseBody(List<Stmt> body, int endToken, FunctionNode function) {
        boolean inPrologue = true;
        int octalDirective = -1;
        while (lx.type != endToken) {
            if (lx.type == EOF) throw unexpected();
            if (inPrologue && lx.type == STRING) {
                int tokenStart = lx.start, tokenEnd = lx.end;
                int octal = lx.legacyOctal != Lexer.OCTAL_NONE ? lx.legacyOctalPos : -1;
                Stmt statement = parseStatementListItem();
                body.add(statement);
                if (statement instanceof ExpressionStmt es && es.expression instanceof StringLiteral
                        && es.expression.start == tokenStart && es.expression.end == tokenEnd) {
                    if (octal >= 0 && octalDirective < 0) octalDirective = octal;
                    if (lx.text(tokenStart + 1, tokenEnd - 1).equals("use strict")) {
                        if (function != null && !function.simpleParameters) {
                            throw errorAt(es, "Illegal 'use strict' directive in function with non-simple parameter list");
                        }
                        fc.strict = true;
                        if (octalDirective >= 0) throw error(octalDirective, "Octal escape sequences are not allowed in strict mode.");
                    }
                } else {
                    inPrologue = false;
                }
                continue;
            }
            inPrologue = false;
            body.add(parseStatementListItem());
        }
    }

    // ---- Statements ----

    private Stmt parseStatementListItem() {
        switch (lx.type) {
            case FUNCTION -> { return parseFunctionDeclaration(false, lx.start, lx.tokenLine, lx.tokenColumn); }
            case CLASS -> {
                int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
                ClassNode classNode = parseClass(true);
                return finish(new ClassDeclaration(classNode), start, line, column);
            }
            case CONST -> {
                return parseVariableStatement(DeclarationKind.CONST);
            }
            case IDENTIFIER -> {
                if (!lx.escaped) {
                    if (lx.value.equals("let") && isLetDeclarationStart()) return parseVariableStatement(DeclarationKind.LET);
                    if (lx.value.equals("async")) {
                        int following = peek();
                        if (following == FUNCTION && !peekedNewline) {
                            int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
                            next();
                            return parseFunctionDeclaration(true, start, line, column);
                        }
                    }
                }
            }
            default -> { }
        }
        return parseStatement();
    }

    /** {@code let} followed by an identifier, {@code [} or {@code {} starts a declaration. */
    private boolean isLetDeclarationStart() {
        int following = peek();
        return following == LBRACKET || following == LBRACE || following == IDENTIFIER
            || (following == ENUM || Token.isReservedWord(following)) && !peekedNewline && following != IN && following != INSTANCEOF;
    }

    private Stmt parseStatement() {
        enter();
        int directLabels = fc.pendingLabels;
        fc.pendingLabels = 0;
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        Stmt result = switch (lx.type) {
            case LBRACE -> parseBlockStatement();
            case VAR -> parseVariableStatement(DeclarationKind.VAR);
            case SEMICOLON -> {
                next();
                yield finish(new Empty(), start, line, column);
            }
            case IF -> parseIf();
            case FOR -> parseFor(directLabels);
            case WHILE -> parseWhile(directLabels);
            case DO -> parseDoWhile(directLabels);
            case CONTINUE -> parseContinue();
            case BREAK -> parseBreak();
            case RETURN -> parseReturn();
            case WITH -> {
                if (fc.strict) throw error(start, "Strict mode code may not include a with statement");
                next();
                expect(LPAREN);
                Expr object = parseExpressionAllowIn();
                expect(RPAREN);
                Stmt body = parseStatement();
                yield finish(new With(object, body), start, line, column);
            }
            case SWITCH -> parseSwitch();
            case THROW -> parseThrow();
            case TRY -> parseTry();
            case DEBUGGER -> {
                next();
                consumeSemicolon();
                yield finish(new Debugger(), start, line, column);
            }
            case FUNCTION -> {
                if (fc.strict) throw error(start, "In strict mode code, functions can only be declared at top level or inside a block.");
                if (peekType() == MUL) throw error(start, "Generators can only be declared at the top level or inside a block.");
                yield parseFunctionDeclaration(false, start, line, column);
            }
            case CLASS, CONST -> throw lx.type == CONST
                ? error(start, "Lexical declaration cannot appear in a single-statement context") : unexpected();
            case IMPORT -> throw importError();
            case EXPORT -> throw unexpected();
            default -> parseExpressionOrLabeledStatement(directLabels);
        };
        depth--;
        return result;
    }

    private Stmt parseExpressionOrLabeledStatement(int directLabels) {
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        if (isContextual("let")) {
            int following = peek();
            if (following == LBRACKET || (following == IDENTIFIER || following == LBRACE) && !peekedNewline) {
                throw error(start, "Lexical declaration cannot appear in a single-statement context");
            }
        }
        boolean startsWithIdentifier = lx.type == IDENTIFIER;
        Expr expression = parseExpression();
        if (startsWithIdentifier && lx.type == COLON && expression instanceof Identifier label && label.start == start
                && label.end == lx.lastEnd) {
            return parseLabeled(label, directLabels, start, line, column);
        }
        consumeSemicolon();
        return finish(new ExpressionStmt(expression), start, line, column);
    }

    private Stmt parseLabeled(Identifier label, int directLabels, int start, int line, int column) {
        for (FunctionContext.Label existing : fc.labels) {
            if (existing.name.equals(label.name)) throw errorAt(label, "Label '" + label.name + "' has already been declared");
        }
        next(); // :
        FunctionContext.Label entry = new FunctionContext.Label(label.name);
        fc.labels.add(entry);
        Stmt body;
        if (lx.type == FUNCTION) {
            if (fc.strict) throw error(lx.start, "In strict mode code, functions can only be declared at top level or inside a block.");
            body = parseFunctionDeclaration(false, lx.start, lx.tokenLine, lx.tokenColumn);
        } else {
            fc.pendingLabels = directLabels + 1;
            body = parseStatement();
        }
        fc.labels.remove(fc.labels.size() - 1);
        return finish(new Labeled(label.name, body), start, line, column);
    }

    private Block parseBlockStatement() {
        pushBlockScope();
        Block block = parseBlockInScope();
        popScope();
        return block;
    }

    /** {@code { statements }} in the already pushed scope. */
    private Block parseBlockInScope() {
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        expect(LBRACE);
        ArrayList<Stmt> body = new ArrayList<>();
        while (lx.type != RBRACE) {
            if (lx.type == EOF) throw unexpected();
            body.add(parseStatementListItem());
        }
        next();
        return finish(new Block(body), start, line, column);
    }

    private Stmt parseVariableStatement(DeclarationKind kind) {
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        next();
        List<Declarator> declarators = parseDeclarators(kind, false);
        consumeSemicolon();
        return finish(new VariableDeclaration(kind, declarators), start, line, column);
    }

    /**
     * The declarator list after var/let/const. In a for head ({@code forHead}) missing initializers are
     * checked by the caller, because for-in/of heads have none.
     */
    private List<Declarator> parseDeclarators(DeclarationKind kind, boolean forHead) {
        ArrayList<Declarator> declarators = new ArrayList<>();
        ArrayList<Identifier> names = new ArrayList<>();
        while (true) {
            int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
            if (kind != DeclarationKind.VAR && isContextual("let")) throw error(start, "let is disallowed as a lexically bound name");
            Node target = parseBindingTarget();
            names.clear();
            collectBoundNames(target, names);
            for (Identifier id : names) {
                if (kind == DeclarationKind.VAR) {
                    declareVar(id);
                } else {
                    if (id.name.equals("let")) throw errorAt(id, "let is disallowed as a lexically bound name");
                    declareLexical(id, DeclarationScope.LEXICAL);
                }
            }
            Expr init = null;
            if (eat(ASSIGN)) {
                init = parseAssignment(false);
            } else if (!forHead) {
                if (kind == DeclarationKind.CONST) throw error(lx.start, "Missing initializer in const declaration");
                if (!(target instanceof Identifier)) throw error(lx.start, "Missing initializer in destructuring declaration");
            }
            declarators.add(finish(new Declarator(target, init), start, line, column));
            if (!eat(COMMA)) break;
        }
        return declarators;
    }

    private Stmt parseIf() {
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        next();
        expect(LPAREN);
        Expr test = parseExpressionAllowIn();
        expect(RPAREN);
        Stmt consequent = blockIfFunction(parseStatement());
        Stmt alternate = eat(ELSE) ? blockIfFunction(parseStatement()) : null;
        return finish(new If(test, consequent, alternate), start, line, column);
    }

    /** Annex B.3.4: {@code if (x) function f(){}} behaves as if the declaration were in a block. */
    private static Stmt blockIfFunction(Stmt s) {
        if (!(s instanceof FunctionDeclaration)) return s;
        Block b = new Block(new java.util.ArrayList<>(List.of(s)));
        b.line = s.line; b.column = s.column; b.start = s.start; b.end = s.end;
        return b;
    }

    private void markLoopLabels(int directLabels) {
        List<FunctionContext.Label> labels = fc.labels;
        for (int i = labels.size() - directLabels; i < labels.size(); i++) labels.get(i).loop = true;
    }

    private Stmt parseLoopBody() {
        fc.loopDepth++;
        fc.breakableDepth++;
        Stmt body = parseStatement();
        fc.loopDepth--;
        fc.breakableDepth--;
        return body;
    }

    private Stmt parseWhile(int directLabels) {
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        markLoopLabels(directLabels);
        next();
        expect(LPAREN);
        Expr test = parseExpressionAllowIn();
        expect(RPAREN);
        Stmt body = parseLoopBody();
        return finish(new While(test, body), start, line, column);
    }

    private Stmt parseDoWhile(int directLabels) {
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        markLoopLabels(directLabels);
        next();
        Stmt body = parseLoopBody();
        expect(WHILE);
        expect(LPAREN);
        Expr test = parseExpressionAllowIn();
        expect(RPAREN);
        // ASI after do-while is allowed even without a line break: `do {} while (x) y()`.
        eat(SEMICOLON);
        return finish(new DoWhile(body, test), start, line, column);
    }

    private Stmt parseFor(int directLabels) {
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        markLoopLabels(directLabels);
        next();
        boolean isAwait = false;
        if (isContextual("await")) {
            if (!fc.canAwait) throw unexpected();
            isAwait = true;
            next();
        }
        expect(LPAREN);
        boolean scoped = false;
        Node init = null;
        int initStart = lx.start;
        boolean savedIn = inAllowed;
        inAllowed = false;
        if (lx.type == SEMICOLON) {
            // no init
        } else if (lx.type == VAR || lx.type == CONST || isContextual("let") && isLetDeclarationStart()) {
            DeclarationKind kind = lx.type == VAR ? DeclarationKind.VAR : lx.type == CONST ? DeclarationKind.CONST : DeclarationKind.LET;
            if (kind != DeclarationKind.VAR) {
                pushBlockScope();
                scoped = true;
            }
            int declStart = lx.start, declLine = lx.tokenLine, declColumn = lx.tokenColumn;
            next();
            List<Declarator> declarators = parseDeclarators(kind, true);
            VariableDeclaration declaration = finish(new VariableDeclaration(kind, declarators), declStart, declLine, declColumn);
            boolean isOf = isContextual("of");
            if (lx.type == IN || isOf) {
                String loopKind = isOf ? "for-of" : "for-in";
                if (declarators.size() != 1) {
                    throw errorAt(declaration, "Invalid left-hand side in " + loopKind + " loop: Must have a single binding.");
                }
                Declarator only = declarators.get(0);
                if (only.init != null && (isOf || fc.strict || kind != DeclarationKind.VAR || !(only.target instanceof Identifier))) {
                    throw errorAt(only.target, loopKind + " loop variable declaration may not have an initializer.");
                }
                init = declaration;
            } else {
                for (Declarator d : declarators) {
                    if (d.init == null && kind == DeclarationKind.CONST) throw error(lx.start, "Missing initializer in const declaration");
                    if (d.init == null && !(d.target instanceof Identifier)) {
                        throw error(lx.start, "Missing initializer in destructuring declaration");
                    }
                }
                init = declaration;
            }
        } else {
            int coverMark = coverErrors.size();
            int exprStart = lx.start, exprLine = lx.tokenLine, exprColumn = lx.tokenColumn;
            boolean startsWithLet = isContextual("let");
            boolean startsWithAsync = isContextual("async");
            Expr expression = parseAssignment(true);
            boolean isOf = isContextual("of");
            if (lx.type == IN || isOf) {
                if (isOf && (startsWithLet || startsWithAsync && expression instanceof Identifier)) {
                    throw errorAt(expression, "The left-hand side of a for-of loop may not be '" + (startsWithLet ? "let" : "async") + "'.");
                }
                Node target = expression instanceof ObjectLiteral || expression instanceof ArrayLiteral
                    ? toAssignmentTarget(expression, false)
                    : simpleAssignmentTarget(expression, !isOf,
                        "Invalid left-hand side in " + (isOf ? "for-of" : "for-in") + " loop");
                init = target;
            } else {
                if (coverErrors.size() > coverMark) {
                    CoverError first = coverErrors.get(coverMark);
                    throw error(first.offset(), first.message());
                }
                if (lx.type == COMMA) {
                    ArrayList<Expr> expressions = new ArrayList<>();
                    expressions.add(expression);
                    while (eat(COMMA)) expressions.add(parseAssignment(false));
                    expression = finish(new Sequence(expressions), exprStart, exprLine, exprColumn);
                }
                init = finish(new ExpressionStmt(expression), exprStart, exprLine, exprColumn);
            }
        }
        inAllowed = savedIn;
        Stmt result;
        if (lx.type == IN || isContextual("of") && !(init instanceof ExpressionStmt) && init != null) {
            boolean of = lx.type != IN;
            if (isAwait && !of) throw unexpected();
            next();
            Expr right = of ? parseAssignmentAllowIn(false) : parseExpressionAllowIn();
            expect(RPAREN);
            Stmt body = parseLoopBody();
            result = finish(new ForInOf(of, isAwait, init, right, body), start, line, column);
        } else {
            if (isAwait) throw unexpected();
            if (initStart == lx.start && init != null) throw unexpected();
            expect(SEMICOLON);
            Expr test = lx.type == SEMICOLON ? null : parseExpressionAllowIn();
            expect(SEMICOLON);
            Expr update = lx.type == RPAREN ? null : parseExpressionAllowIn();
            expect(RPAREN);
            Stmt body = parseLoopBody();
            result = finish(new For((Stmt) init, test, update, body), start, line, column);
        }
        if (scoped) popScope();
        return result;
    }

    private Stmt parseContinue() {
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        next();
        String label = null;
        if (lx.type == IDENTIFIER && !lx.newlineBefore) {
            label = lx.value;
            FunctionContext.Label target = findLabel(label);
            if (target == null) throw error(lx.start, "Undefined label '" + label + "'");
            if (!target.loop) throw error(lx.start, "Illegal continue statement: '" + label + "' does not denote an iteration statement");
            next();
        } else if (fc.loopDepth == 0) {
            throw error(start, "Illegal continue statement: no surrounding iteration statement");
        }
        consumeSemicolon();
        return finish(new Continue(label), start, line, column);
    }

    private Stmt parseBreak() {
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        next();
        String label = null;
        if (lx.type == IDENTIFIER && !lx.newlineBefore) {
            label = lx.value;
            if (findLabel(label) == null) throw error(lx.start, "Undefined label '" + label + "'");
            next();
        } else if (fc.breakableDepth == 0) {
            throw error(start, "Illegal break statement");
        }
        consumeSemicolon();
        return finish(new Break(label), start, line, column);
    }

    private FunctionContext.Label findLabel(String name) {
        List<FunctionContext.Label> labels = fc.labels;
        for (int i = labels.size() - 1; i >= 0; i--) {
            if (labels.get(i).name.equals(name)) return labels.get(i);
        }
        return null;
    }

    private Stmt parseReturn() {
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        if (!fc.returnAllowed) throw error(start, "Illegal return statement");
        next();
        Expr argument = null;
        if (lx.type != SEMICOLON && lx.type != RBRACE && lx.type != EOF && !lx.newlineBefore) {
            argument = parseExpressionAllowIn();
        }
        consumeSemicolon();
        return finish(new Return(argument), start, line, column);
    }

    private Stmt parseThrow() {
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        next();
        if (lx.newlineBefore) throw error(start, "Illegal newline after throw");
        Expr argument = parseExpressionAllowIn();
        consumeSemicolon();
        return finish(new Throw(argument), start, line, column);
    }

    private Stmt parseSwitch() {
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        next();
        expect(LPAREN);
        Expr discriminant = parseExpressionAllowIn();
        expect(RPAREN);
        expect(LBRACE);
        pushBlockScope();
        fc.breakableDepth++;
        ArrayList<SwitchCase> cases = new ArrayList<>();
        boolean sawDefault = false;
        while (lx.type != RBRACE) {
            int caseStart = lx.start, caseLine = lx.tokenLine, caseColumn = lx.tokenColumn;
            Expr test = null;
            if (eat(CASE)) {
                test = parseExpressionAllowIn();
            } else if (lx.type == DEFAULT) {
                if (sawDefault) throw error(lx.start, "More than one default clause in switch statement");
                sawDefault = true;
                next();
            } else {
                throw unexpected();
            }
            expect(COLON);
            ArrayList<Stmt> body = new ArrayList<>();
            while (lx.type != CASE && lx.type != DEFAULT && lx.type != RBRACE) {
                if (lx.type == EOF) throw unexpected();
                body.add(parseStatementListItem());
            }
            cases.add(finish(new SwitchCase(test, body), caseStart, caseLine, caseColumn));
        }
        next();
        fc.breakableDepth--;
        popScope();
        return finish(new Switch(discriminant, cases), start, line, column);
    }

    private Stmt parseTry() {
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        next();
        Block block = parseBlockStatement();
        Node parameter = null;
        Block catchBody = null, finallyBody = null;
        if (eat(CATCH)) {
            pushBlockScope();
            if (eat(LPAREN)) {
                parameter = parseBindingTarget();
                ArrayList<Identifier> names = new ArrayList<>();
                collectBoundNames(parameter, names);
                scope.catchParameters = new HashSet<>();
                for (Identifier id : names) {
                    if (!scope.catchParameters.add(id.name)) throw alreadyDeclared(id);
                }
                scope.catchParameterIsPattern = !(parameter instanceof Identifier);
                expect(RPAREN);
            }
            catchBody = parseBlockInScope();
            popScope();
        }
        if (eat(FINALLY)) finallyBody = parseBlockStatement();
        if (catchBody == null && finallyBody == null) throw error(lx.start, "Missing catch or finally after try");
        return finish(new Try(block, parameter, catchBody, finallyBody), start, line, column);
    }

    // ---- Functions ----

    private Stmt parseFunctionDeclaration(boolean isAsync, int start, int line, int column) {
        next(); // function
        boolean isGenerator = eat(MUL);
        FunctionNode function = newFunction(FunctionKind.NORMAL, isAsync, isGenerator, start);
        Identifier name = parseBindingIdentifier();
        function.name = name.name;
        declareFunction(name, !isAsync && !isGenerator);
        parseFunctionRest(function, name);
        finish(function, start, line, column);
        function.sourceEnd = function.end;
        return finish(new FunctionDeclaration(function), start, line, column);
    }

    @Override
    Expr parseFunctionExpression(boolean isAsync, int start, int line, int column) {
        next(); // function
        boolean isGenerator = eat(MUL);
        FunctionNode function = newFunction(FunctionKind.NORMAL, isAsync, isGenerator, start);
        Identifier name = null;
        if (lx.type == IDENTIFIER) {
            // The name of a function expression is checked with the function's own yield/await rules.
            FunctionContext outer = fc;
            boolean savedYield = outer.canYield, savedAwait = outer.awaitReserved, savedCanAwait = outer.canAwait;
            outer.canYield = isGenerator;
            outer.awaitReserved = isAsync;
            outer.canAwait = isAsync;
            try {
                name = parseBindingIdentifier();
            } finally {
                outer.canYield = savedYield;
                outer.awaitReserved = savedAwait;
                outer.canAwait = savedCanAwait;
            }
            function.name = name.name;
        }
        parseFunctionRest(function, name);
        finish(function, start, line, column);
        function.sourceEnd = function.end;
        return finish(new FunctionExpr(function), start, line, column);
    }

    /** Parameters and body of a function or function expression; the name has been parsed. */
    private void parseFunctionRest(FunctionNode function, Identifier name) {
        enter();
        FunctionContext context = pushFunction(function, false);
        boolean wasStrict = context.strict;
        parseFormalParameters(function);
        expect(LBRACE);
        parseBody(function.body, RBRACE, function);
        next();
        if (!wasStrict && context.strict && name != null) {
            if (name.name.equals("eval") || name.name.equals("arguments")) throw errorAt(name, "Unexpected eval or arguments in strict mode");
            if (Token.isStrictReserved(name.name)) throw errorAt(name, "Unexpected strict mode reserved word");
        }
        finishFunction(function, null, context, !wasStrict && context.strict);
        popFunction(context);
        depth--;
    }

    /** {@code ( params )}: fills params, restParameter, simpleParameters, length; declares the names. */
    private void parseFormalParameters(FunctionNode function) {
        expect(LPAREN);
        fc.inParameters = true;
        boolean sawDefault = false;
        while (lx.type != RPAREN) {
            if (lx.type == ELLIPSIS) {
                next();
                function.restParameter = parseBindingTarget();
                function.simpleParameters = false;
                if (lx.type == ASSIGN) throw error(lx.start, "Rest parameter may not have a default initializer");
                if (lx.type != RPAREN) throw error(lx.start, "Rest parameter must be last formal parameter");
                break;
            }
            Node param = parseBindingElement();
            function.params.add(param);
            if (!(param instanceof Identifier)) function.simpleParameters = false;
            if (param instanceof DefaultValue) sawDefault = true;
            if (!sawDefault) function.length++;
            if (lx.type != RPAREN) expect(COMMA);
        }
        next();
        fc.inParameters = false;
        declareParameters(function);
    }

    private ArrayList<Identifier> parameterNames(FunctionNode function) {
        ArrayList<Identifier> names = new ArrayList<>();
        for (Node param : function.params) collectBoundNames(param, names);
        if (function.restParameter != null) collectBoundNames(function.restParameter, names);
        return names;
    }

    private void declareParameters(FunctionNode function) {
        ArrayList<Identifier> names = parameterNames(function);
        if (names.isEmpty()) return;
        if (scope.vars == null) scope.vars = new HashSet<>();
        for (Identifier id : names) scope.vars.add(id.name);
    }

    /**
     * Checks that depend on the function's final strictness: duplicate parameters (always an error for
     * arrows, methods and non-simple lists) and, if a directive made the function strict, its
     * parameter names.
     */
    private void finishFunction(FunctionNode function, Identifier name, FunctionContext context, boolean becameStrict) {
        function.strict = context.strict;
        FunctionKind kind = function.kind;
        boolean unique = context.strict || !function.simpleParameters || kind == FunctionKind.ARROW
            || kind == FunctionKind.METHOD || kind == FunctionKind.GETTER || kind == FunctionKind.SETTER
            || kind == FunctionKind.CLASS_CONSTRUCTOR || kind == FunctionKind.DERIVED_CONSTRUCTOR;
        if (!unique && !becameStrict) return;
        ArrayList<Identifier> names = parameterNames(function);
        HashSet<String> seen = new HashSet<>();
        for (Identifier id : names) {
            if (becameStrict) checkBindingIdentifier(id);
            if (!seen.add(id.name) && unique) throw errorAt(id, "Duplicate parameter name not allowed in this context");
        }
    }

    @Override
    void parseArrowBody(FunctionNode function) {
        enter();
        computeParameterInfo(function);
        FunctionContext context = pushFunction(function, true);
        boolean wasStrict = context.strict;
        declareParameters(function);
        if (lx.type == LBRACE) {
            next();
            parseBody(function.body, RBRACE, function);
            next();
        } else {
            popInAllowedForExpressionBody();
            function.expressionBody = parseAssignment(false);
        }
        finishFunction(function, null, context, !wasStrict && context.strict);
        popFunction(context);
        depth--;
    }

    /** An arrow's expression body keeps the enclosing {@code in} rule ({@code for (x => x in y;;)}). */
    private void popInAllowedForExpressionBody() {
        inAllowed = (Boolean) savedStates.get(savedStates.size() - 2);
    }

    private static void computeParameterInfo(FunctionNode function) {
        boolean sawDefault = false;
        for (Node param : function.params) {
            if (!(param instanceof Identifier)) function.simpleParameters = false;
            if (param instanceof DefaultValue) sawDefault = true;
            if (!sawDefault) function.length++;
        }
        if (function.restParameter != null) function.simpleParameters = false;
    }

    @Override
    FunctionNode parseMethod(FunctionKind kind, boolean isAsync, boolean isGenerator, int start, int line, int column,
                             ClassNode homeClass) {
        enter();
        FunctionNode function = newFunction(kind, isAsync, isGenerator, start);
        function.homeClass = homeClass;
        FunctionContext context = pushFunction(function, false);
        boolean wasStrict = context.strict;
        int paramsStart = lx.start;
        parseFormalParameters(function);
        if (kind == FunctionKind.GETTER && (!function.params.isEmpty() || function.restParameter != null)) {
            throw error(paramsStart, "Getter must not have any formal parameters.");
        }
        if (kind == FunctionKind.SETTER) {
            if (function.restParameter != null) throw error(paramsStart, "Setter function argument must not be a rest parameter");
            if (function.params.size() != 1) throw error(paramsStart, "Setter must have exactly one formal parameter.");
        }
        expect(LBRACE);
        parseBody(function.body, RBRACE, function);
        next();
        finishFunction(function, null, context, !wasStrict && context.strict);
        popFunction(context);
        finish(function, start, line, column);
        function.sourceEnd = function.end;
        depth--;
        return function;
    }

    // ---- Classes ----

    @Override
    ClassNode parseClass(boolean declaration) {
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        enter();
        next(); // class
        boolean savedStrict = fc.strict;
        fc.strict = true;
        ClassNode classNode = new ClassNode();
        classNode.sourceStart = start;
        Identifier name = null;
        if (lx.type == IDENTIFIER) {
            name = parseBindingIdentifier();
            classNode.name = name.name;
        } else if (declaration) {
            throw unexpected();
        }
        if (eat(EXTENDS)) {
            classNode.superClass = parseLeftHandSide();
            if (classNode.superClass == lastArrow) throw unexpected();
        }
        expect(LBRACE);
        ClassContext context = new ClassContext(classContext);
        classContext = context;
        while (lx.type != RBRACE) {
            if (lx.type == EOF) throw unexpected();
            if (eat(SEMICOLON)) continue;
            parseClassMember(classNode, context);
        }
        next();
        for (int i = 0; i < context.referenceNames.size(); i++) {
            String privateName = context.referenceNames.get(i);
            if (context.declared.containsKey(privateName)) continue;
            int offset = context.referenceOffsets.get(i);
            if (context.parent == null) throw error(offset, "Private field '#" + privateName + "' must be declared in an enclosing class");
            context.parent.referenceNames.add(privateName);
            context.parent.referenceOffsets.add(offset);
        }
        classContext = context.parent;
        fc.strict = savedStrict;
        finish(classNode, start, line, column);
        classNode.sourceEnd = classNode.end;
        if (declaration) declareLexical(name, DeclarationScope.LEXICAL);
        depth--;
        return classNode;
    }

    private static boolean endsClassElementName(int kind) {
        return kind == LPAREN || kind == ASSIGN || kind == SEMICOLON || kind == RBRACE || kind == EOF;
    }

    private void parseClassMember(ClassNode classNode, ClassContext context) {
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        boolean isStatic = false;
        if (isContextual("static")) {
            int following = peek();
            if (!endsClassElementName(following)) {
                isStatic = true;
                next();
                if (lx.type == LBRACE) {
                    parseStaticBlock(classNode, start, line, column);
                    return;
                }
            }
        }
        int memberStart = lx.start, memberLine = lx.tokenLine, memberColumn = lx.tokenColumn;
        boolean isAsync = false, isGenerator = false;
        int accessor = 0;
        if (lx.type == IDENTIFIER && !lx.escaped && (lx.value.equals("get") || lx.value.equals("set") || lx.value.equals("async"))) {
            String modifier = lx.value;
            int following = peek();
            if (!endsClassElementName(following) && !(modifier.equals("async") && peekedNewline)) {
                next();
                if (modifier.equals("async")) isAsync = true;
                else accessor = modifier.equals("get") ? 1 : 2;
            }
        }
        if (lx.type == MUL) {
            if (accessor != 0) throw unexpected();
            isGenerator = true;
            next();
        }
        String privateName = null;
        Expr key = null;
        boolean computed = false;
        int keyOffset = lx.start;
        if (lx.type == PRIVATE_NAME) {
            privateName = lx.value;
            if (privateName.equals("constructor")) throw error(keyOffset, "Classes may not have a field named 'constructor'");
            next();
        } else {
            key = parsePropertyKey();
            computed = keyComputed;
        }
        String keyName = !computed && key instanceof StringLiteral s ? s.value : null;
        if (lx.type == LPAREN || accessor != 0 || isAsync || isGenerator) {
            boolean isConstructor = !isStatic && "constructor".equals(keyName);
            if (isConstructor) {
                if (accessor != 0) throw error(keyOffset, "Class constructor may not be an accessor");
                if (isGenerator) throw error(keyOffset, "Class constructor may not be a generator");
                if (isAsync) throw error(keyOffset, "Class constructor may not be an async method");
                if (classNode.constructor != null) throw error(keyOffset, "A class may only have one constructor");
                FunctionKind kind = classNode.superClass != null ? FunctionKind.DERIVED_CONSTRUCTOR : FunctionKind.CLASS_CONSTRUCTOR;
                FunctionNode constructor = parseMethod(kind, false, false, memberStart, memberLine, memberColumn, classNode);
                constructor.name = classNode.name;
                classNode.constructor = constructor;
                return;
            }
            if (isStatic && "prototype".equals(keyName)) throw error(keyOffset, "Classes may not have a static property named 'prototype'");
            FunctionKind kind = accessor == 1 ? FunctionKind.GETTER : accessor == 2 ? FunctionKind.SETTER : FunctionKind.METHOD;
            FunctionNode method = parseMethod(kind, isAsync, isGenerator, memberStart, memberLine, memberColumn, classNode);
            if (privateName != null) {
                declarePrivateName(context, privateName, accessor == 1 ? ClassContext.GETTER
                    : accessor == 2 ? ClassContext.SETTER : ClassContext.FIELD_OR_METHOD, isStatic, keyOffset);
            }
            ClassMemberKind memberKind = accessor == 1 ? ClassMemberKind.GETTER : accessor == 2 ? ClassMemberKind.SETTER : ClassMemberKind.METHOD;
            Expr value = copyPosition(new FunctionExpr(method), method);
            classNode.members.add(finish(new ClassMember(memberKind, isStatic, key, computed, privateName, value), start, line, column));
            return;
        }
        // A field.
        if ("constructor".equals(keyName)) throw error(keyOffset, "Classes may not have a field named 'constructor'");
        if (isStatic && "prototype".equals(keyName)) throw error(keyOffset, "Classes may not have a static property named 'prototype'");
        if (privateName != null) declarePrivateName(context, privateName, ClassContext.FIELD_OR_METHOD, isStatic, keyOffset);
        Expr value = null;
        if (eat(ASSIGN)) {
            FunctionContext initializer = new FunctionContext(fc, null, false);
            initializer.strict = true;
            initializer.classFieldInitializer = true;
            initializer.superPropertyAllowed = true;
            initializer.newTargetAllowed = true;
            initializer.awaitReserved = fc.awaitReserved || fc.canAwait;
            FunctionContext outer = fc;
            ArrayList<CoverError> outerCoverErrors = coverErrors;
            coverErrors = new ArrayList<>();
            fc = initializer;
            value = parseAssignmentAllowIn(false);
            fc = outer;
            coverErrors = outerCoverErrors;
        }
        consumeSemicolon();
        classNode.members.add(finish(new ClassMember(ClassMemberKind.FIELD, isStatic, key, computed, privateName, value), start, line, column));
    }

    private void declarePrivateName(ClassContext context, String name, int kind, boolean isStatic, int offset) {
        Integer existing = context.declared.get(name);
        if (existing == null) {
            context.declared.put(name, kind);
            context.declaredStatic.put(name, isStatic);
            return;
        }
        boolean pairs = (existing == ClassContext.GETTER && kind == ClassContext.SETTER
            || existing == ClassContext.SETTER && kind == ClassContext.GETTER)
            && context.declaredStatic.get(name) == isStatic;
        if (!pairs) throw error(offset, "Identifier '#" + name + "' has already been declared");
        context.declared.put(name, ClassContext.GETTER_AND_SETTER);
    }

    private void parseStaticBlock(ClassNode classNode, int start, int line, int column) {
        enter();
        FunctionNode function = newFunction(FunctionKind.CLASS_INITIALIZER, false, false, start);
        function.homeClass = classNode;
        FunctionContext context = pushFunction(function, false);
        context.strict = true;
        context.awaitReserved = true;
        context.classFieldInitializer = true;
        context.returnAllowed = false;
        expect(LBRACE);
        while (lx.type != RBRACE) {
            if (lx.type == EOF) throw unexpected();
            function.body.add(parseStatementListItem());
        }
        next();
        function.strict = true;
        popFunction(context);
        finish(function, start, line, column);
        function.sourceEnd = function.end;
        Expr value = copyPosition(new FunctionExpr(function), function);
        classNode.members.add(finish(new ClassMember(ClassMemberKind.STATIC_BLOCK, true, null, false, null, value), start, line, column));
        depth--;
    }
}
