package dev.piste.parse;

import static dev.piste.parse.Token.*;

import dev.piste.parse.Ast.*;
import java.util.ArrayList;
import java.util.List;

/**
 * The expression half of the recursive-descent parser: expressions and patterns, on the token
 * helpers and context stacks of {@link ParserBase}. {@link Parser} adds statements, functions and classes.
 *
 * <p>Requirements for contributors:
 * <ol>
 *   <li>Patterns are parsed as expressions first (the "cover grammar") and converted by
 *       {@link #toAssignmentTarget} / {@link #toBindingTarget} once an {@code =}, {@code =>} or for-in/of
 *       head shows what they were. Errors that only apply to the expression reading (the shorthand
 *       initializer {@code {a = 1}}, a duplicate {@code __proto__}) are queued in {@link #coverErrors}
 *       and thrown by {@link #parseAssignment} unless the literal was converted into a pattern.
 *   <li>Binary operators are parsed with an explicit operator stack, so a chain of 100,000 operands
 *       does not recurse. Real nesting (parens, unary operators, statements) counts {@link #depth} and
 *       stops at {@link #MAX_DEPTH} with a RangeError before the Java stack can overflow.
 *   <li>An arrow function is a complete AssignmentExpression: once a primary expression turns out to be
 *       an arrow ({@link #lastArrow}), no operator or call may be applied to it.
 * </ol>
 */
abstract sealed class ExpressionParser extends ParserBase permits Parser {
    /** See the class comment, point 1. */
    record CoverError(Node literal, int offset, String message) {}
    ArrayList<CoverError> coverErrors = new ArrayList<>();

    /** Names of the intrinsics {@code %Name(args)} allowed (--allow-natives-syntax), or null when off. */
    java.util.Set<String> nativeNames;

    /** False while parsing a for-statement head, where {@code in} ends the expression. */
    boolean inAllowed = true;
    /** Start offset of the AssignmentExpression being parsed: only there can an arrow function begin. */
    int potentialArrowAt = -1;
    /** The most recent arrow function produced by parsePrimary (see class comment, point 3). */
    Expr lastArrow;

    /** Offsets of the most recent yield and await expressions (arrow parameters may not contain them). */
    int lastYieldOffset = -1, lastAwaitOffset = -1;

    ExpressionParser(String source, String sourceName) {
        super(source, sourceName);
    }

    // ---- Expressions ----

    /** Expression (comma operator), with cover errors checked. */
    final Expr parseExpression() {
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        Expr first = parseAssignment(false);
        if (lx.type != COMMA) return first;
        ArrayList<Expr> expressions = new ArrayList<>();
        expressions.add(first);
        while (eat(COMMA)) expressions.add(parseAssignment(false));
        return finish(new Sequence(expressions), start, line, column);
    }

    final Expr parseExpressionAllowIn() {
        boolean saved = inAllowed;
        inAllowed = true;
        Expr e = parseExpression();
        inAllowed = saved;
        return e;
    }

    final Expr parseAssignmentAllowIn(boolean coverAllowed) {
        boolean saved = inAllowed;
        inAllowed = true;
        Expr e = parseAssignment(coverAllowed);
        inAllowed = saved;
        return e;
    }

    /**
     * AssignmentExpression. With {@code coverAllowed} the caller may still turn the result into a
     * pattern, so queued cover errors are left for it; otherwise they are thrown here.
     */
    final Expr parseAssignment(boolean coverAllowed) {
        enter();
        int coverMark = coverErrors.size();
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        Expr result;
        if (fc.canYield && isContextual("yield")) {
            result = parseYield();
        } else {
            int savedArrowAt = potentialArrowAt;
            potentialArrowAt = start;
            Expr left = parseConditional();
            potentialArrowAt = savedArrowAt;
            if (left == lastArrow || !Token.isAssignment(lx.type)) {
                result = left;
            } else {
                int operator = lx.type;
                Node target;
                if (operator == ASSIGN && (left instanceof ObjectLiteral || left instanceof ArrayLiteral)) {
                    target = toAssignmentTarget(left, false);
                } else {
                    target = simpleAssignmentTarget(left, operator == ASSIGN || operator < AND_ASSIGN,
                        "Invalid left-hand side in assignment");
                }
                next();
                Expr value = parseAssignment(false);
                result = finish(new Assign(Token.NAMES[operator], target, value), start, line, column);
            }
        }
        if (!coverAllowed && coverErrors.size() > coverMark) {
            CoverError first = coverErrors.get(coverMark);
            throw error(first.offset(), first.message());
        }
        depth--;
        return result;
    }

    /** Validates the target of a compound assignment, ++/-- or a for-in/of head. */
    final Expr simpleAssignmentTarget(Expr e, boolean callAllowed, String message) {
        Expr unwrapped = e;
        while (unwrapped instanceof Parenthesized p) unwrapped = p.expression;
        final Expr target = unwrapped;
        switch (target) {
            case Identifier id -> {
                if (fc.strict && (id.name.equals("eval") || id.name.equals("arguments"))) {
                    throw errorAt(id, "Unexpected eval or arguments in strict mode");
                }
                return id;
            }
            case Member m -> { return m; }
            case Index i -> { return i; }
            case SuperMember s -> { return s; }
            case PrivateMember p -> { return p; }
            // V8 accepts f() = 1 at parse time and throws a ReferenceError when it runs; so do we.
            case Call c when callAllowed && target == e -> { return c; }
            default -> throw errorAt(e, message);
        }
    }

    private Expr parseYield() {
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        if (fc.inParameters) throw error(start, "Yield expression not allowed in formal parameter");
        lastYieldOffset = start;
        next();
        Expr argument = null;
        boolean delegate = false;
        if (!lx.newlineBefore) {
            if (lx.type == MUL) {
                delegate = true;
                next();
                argument = parseAssignment(false);
            } else if (startsExpressionAfterYield()) {
                argument = parseAssignment(false);
            }
        }
        return finish(new Yield(argument, delegate), start, line, column);
    }

    private boolean startsExpressionAfterYield() {
        return switch (lx.type) {
            case RPAREN, RBRACKET, RBRACE, COMMA, SEMICOLON, COLON, EOF, QUESTION, ARROW -> false;
            case IN -> false;
            default -> !Token.isAssignment(lx.type) || lx.type == DIV_ASSIGN;
        };
    }

    private Expr parseConditional() {
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        Expr test = parseBinary();
        if (test == lastArrow || lx.type != QUESTION) return test;
        next();
        Expr consequent = parseAssignmentAllowIn(false);
        expect(COLON);
        Expr alternate = parseAssignment(false);
        return finish(new Conditional(test, consequent, alternate), start, line, column);
    }

    /** Binding power of a binary operator token, 0 if it is not one (or is {@code in} where not allowed). */
    private int precedence(int kind) {
        return switch (kind) {
            case NULLISH -> 1;
            case OR -> 2;
            case AND -> 3;
            case BIT_OR -> 4;
            case BIT_XOR -> 5;
            case BIT_AND -> 6;
            case EQ, NE, EQ_STRICT, NE_STRICT -> 7;
            case LT, GT, LE, GE, INSTANCEOF -> 8;
            case IN -> inAllowed ? 8 : 0;
            case SHL, SAR, SHR -> 9;
            case ADD, SUB -> 10;
            case MUL, DIV, MOD -> 11;
            case EXP -> 12;
            default -> 0;
        };
    }

    /** Operator-precedence parsing with explicit stacks (no recursion per operand). */
    private Expr parseBinary() {
        Expr first = parseBinaryOperand();
        if (first == lastArrow) return first;
        int prec = precedence(lx.type);
        if (prec == 0) {
            if (isPrivateInPlaceholder(first)) throw errorAt(first, "Unexpected identifier '" + first + "'");
            return first;
        }
        Expr[] operands = new Expr[8];
        int[] operators = new int[8];
        int operandCount = 0, operatorCount = 0;
        operands[operandCount++] = first;
        boolean sawNullish = false, sawAndOr = false;
        while (true) {
            int operator = lx.type;
            prec = precedence(operator);
            if (prec == 0) break;
            if (operator == NULLISH) {
                if (sawAndOr) throw unexpected();
                sawNullish = true;
            } else if (operator == OR || operator == AND) {
                if (sawNullish) throw unexpected();
                sawAndOr = true;
            } else if (operator == EXP) {
                Expr base = operands[operandCount - 1];
                if (base instanceof Unary || base instanceof Await) {
                    throw errorAt(base, "Unary operator used immediately before exponentiation expression. "
                        + "Parenthesis must be used to disambiguate operator precedence");
                }
            }
            // Reduce while the stacked operator binds at least as tightly (** is right-associative).
            while (operatorCount > 0) {
                int top = operators[operatorCount - 1];
                int topPrec = precedence(top == IN ? IN_ALWAYS : top);
                if (topPrec > prec || (topPrec == prec && operator != EXP)) {
                    Expr right = operands[--operandCount];
                    Expr left = operands[--operandCount];
                    operands[operandCount++] = makeBinary(operators[--operatorCount], left, right);
                } else {
                    break;
                }
            }
            next();
            if (operatorCount == operators.length) operators = java.util.Arrays.copyOf(operators, operatorCount * 2);
            operators[operatorCount++] = operator;
            Expr operand = parseBinaryOperand();
            if (operandCount == operands.length) operands = java.util.Arrays.copyOf(operands, operandCount * 2);
            operands[operandCount++] = operand;
            if (operand == lastArrow) throw unexpected();
        }
        while (operatorCount > 0) {
            Expr right = operands[--operandCount];
            Expr left = operands[--operandCount];
            operands[operandCount++] = makeBinary(operators[--operatorCount], left, right);
        }
        return operands[0];
    }

    /** {@code in} stacked before a for-head turned it off still binds at relational precedence. */
    private static final int IN_ALWAYS = LT;

    private Expr parseBinaryOperand() {
        if (lx.type == PRIVATE_NAME) {
            // #x in obj: the private name is only valid as the left operand of `in`.
            int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
            String name = lx.value;
            referencePrivateName(name, start);
            next();
            if (lx.type != IN || !inAllowed) throw error(start, "Unexpected identifier '#" + name + "'");
            return finish(new Identifier("#" + name), start, line, column);
        }
        return parseUnary();
    }

    private static boolean isPrivateInPlaceholder(Expr e) {
        return e instanceof Identifier id && !id.name.isEmpty() && id.name.charAt(0) == '#';
    }

    private Expr makeBinary(int operator, Expr left, Expr right) {
        if (isPrivateInPlaceholder(right)) throw errorAt(right, "Unexpected identifier '" + ((Identifier) right).name + "'");
        Expr node;
        if (isPrivateInPlaceholder(left)) {
            if (operator != IN) throw errorAt(left, "Unexpected identifier '" + ((Identifier) left).name + "'");
            node = new PrivateIn(((Identifier) left).name.substring(1), right);
        } else if (operator == AND || operator == OR || operator == NULLISH) {
            node = new Logical(Token.NAMES[operator], left, right);
        } else {
            node = new Binary(Token.NAMES[operator], left, right);
        }
        node.line = left.line;
        node.column = left.column;
        node.start = left.start;
        node.end = right.end;
        return node;
    }

    final Expr parseUnary() {
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        switch (lx.type) {
            case NOT, BIT_NOT, ADD, SUB, TYPEOF, VOID, DELETE -> {
                enter();
                int operator = lx.type;
                next();
                Expr operand = parseUnary();
                if (operator == DELETE) {
                    Expr inner = operand;
                    while (inner instanceof Parenthesized p) inner = p.expression;
                    if (fc.strict && inner instanceof Identifier) {
                        throw errorAt(operand, "Delete of an unqualified identifier in strict mode.");
                    }
                    if (inner instanceof OptionalChain chain) inner = chain.expression;
                    if (inner instanceof PrivateMember) throw error(inner.end - 1, "Private fields can not be deleted");
                }
                depth--;
                return finish(new Unary(Token.NAMES[operator], operand), start, line, column);
            }
            case INC, DEC -> {
                enter();
                boolean increment = lx.type == INC;
                next();
                Expr operand = parseUnary();
                Expr target = simpleAssignmentTarget(operand, true, "Invalid left-hand side expression in prefix operation");
                depth--;
                return finish(new Update(increment, true, target), start, line, column);
            }
            case IDENTIFIER -> {
                if (fc.canAwait && isContextual("await")) {
                    enter();
                    if (fc.inParameters) throw error(start, "Illegal await-expression in formal parameters of async function");
                    lastAwaitOffset = start;
                    next();
                    Expr operand = parseUnary();
                    depth--;
                    return finish(new Await(operand), start, line, column);
                }
            }
            default -> { }
        }
        Expr e = parseLeftHandSide();
        if (e == lastArrow) return e;
        if ((lx.type == INC || lx.type == DEC) && !lx.newlineBefore) {
            boolean increment = lx.type == INC;
            Expr target = simpleAssignmentTarget(e, true, "Invalid left-hand side expression in postfix operation");
            next();
            return finish(new Update(increment, false, target), start, line, column);
        }
        return e;
    }

    /** Member, call, new and optional-chain expressions. */
    final Expr parseLeftHandSide() {
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        Expr e;
        if (lx.type == NEW) {
            e = parseNew();
        } else if (lx.type == SUPER) {
            e = parseSuper();
        } else if (lx.type == IMPORT) {
            throw importError();
        } else {
            e = parsePrimary();
            if (e == lastArrow) return e;
        }
        return parseSubscripts(e, start, line, column, true);
    }

    final SyntaxErrorException importError() {
        int kind = peekType();
        if (kind == LPAREN) return error(lx.start, "Dynamic import() is not supported");
        if (kind == DOT) return error(lx.start, "import.meta is not supported (scripts are not modules)");
        return error(lx.start, "Cannot use import statement outside a module");
    }

    private Expr parseSubscripts(Expr e, int start, int line, int column, boolean callsAllowed) {
        boolean chain = false;
        while (true) {
            switch (lx.type) {
                case DOT -> {
                    next();
                    e = parseMemberName(e, false, start, line, column);
                }
                case QUESTION_DOT -> {
                    if (!callsAllowed) throw error(lx.start, "Invalid optional chain from new expression");
                    chain = true;
                    next();
                    if (lx.type == LPAREN) {
                        List<Expr> arguments = parseArguments();
                        e = finish(new Call(e, arguments, true), start, line, column);
                    } else if (lx.type == LBRACKET) {
                        next();
                        Expr key = parseExpressionAllowIn();
                        expect(RBRACKET);
                        e = finish(new Index(e, key, true), start, line, column);
                    } else if (lx.type == TEMPLATE) {
                        throw error(lx.start, "Invalid tagged template on optional chain");
                    } else {
                        e = parseMemberName(e, true, start, line, column);
                    }
                }
                case LBRACKET -> {
                    next();
                    Expr key = parseExpressionAllowIn();
                    expect(RBRACKET);
                    e = finish(new Index(e, key, false), start, line, column);
                }
                case LPAREN -> {
                    if (!callsAllowed) return chain ? finish(new OptionalChain(e), start, line, column) : e;
                    List<Expr> arguments = parseArguments();
                    if (e instanceof Identifier id && id.name.equals("eval")) markUse(USE_DIRECT_EVAL);
                    e = finish(new Call(e, arguments, false), start, line, column);
                }
                case TEMPLATE -> {
                    if (chain) throw error(lx.start, "Invalid tagged template on optional chain");
                    TemplateLiteral quasi = parseTemplate(true);
                    e = finish(new TaggedTemplate(e, quasi), start, line, column);
                }
                default -> {
                    return chain ? finish(new OptionalChain(e), start, line, column) : e;
                }
            }
        }
    }

    private Expr parseMemberName(Expr object, boolean optional, int start, int line, int column) {
        if (lx.type == PRIVATE_NAME) {
            String name = lx.value;
            referencePrivateName(name, lx.start);
            next();
            return finish(new PrivateMember(object, name, optional), start, line, column);
        }
        if (!isIdentifierName()) throw unexpected();
        String name = lx.value;
        next();
        return finish(new Member(object, name, optional), start, line, column);
    }

    final List<Expr> parseArguments() {
        enter();
        expect(LPAREN);
        ArrayList<Expr> arguments = new ArrayList<>();
        boolean saved = inAllowed;
        inAllowed = true;
        while (lx.type != RPAREN) {
            if (lx.type == ELLIPSIS) {
                int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
                next();
                Expr argument = parseAssignment(true);
                arguments.add(finish(new Spread(argument), start, line, column));
            } else {
                arguments.add(parseAssignment(true));
            }
            if (lx.type != RPAREN) {
                if (lx.type != COMMA) {
                    if (lx.type == EOF) throw unexpected();
                    throw new SyntaxErrorException("missing ) after argument list", sourceName, lx.tokenLine, lx.tokenColumn);
                }
                next();
            }
        }
        inAllowed = saved;
        next();
        depth--;
        return arguments;
    }

    private Expr parseNew() {
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        next();
        if (lx.type == DOT) {
            next();
            if (!isContextual("target")) throw unexpected();
            FunctionContext owner = nonArrowContext();
            if (!owner.newTargetAllowed) throw error(start, "new.target expression is not allowed here");
            next();
            markUse(USE_NEW_TARGET);
            return finish(new NewTarget(), start, line, column);
        }
        enter();
        int calleeStart = lx.start, calleeLine = lx.tokenLine, calleeColumn = lx.tokenColumn;
        Expr callee;
        if (lx.type == NEW) {
            callee = parseNew();
        } else if (lx.type == SUPER) {
            callee = parseSuper();
        } else if (lx.type == IMPORT) {
            throw error(lx.start, "Cannot use new with import");
        } else {
            callee = parsePrimary();
            if (callee == lastArrow) throw unexpected();
        }
        callee = parseSubscripts(callee, calleeStart, calleeLine, calleeColumn, false);
        List<Expr> arguments = lx.type == LPAREN ? parseArguments() : new ArrayList<>();
        depth--;
        return finish(new New(callee, arguments), start, line, column);
    }

    private Expr parseSuper() {
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        FunctionContext owner = nonArrowContext();
        next();
        if (lx.type == LPAREN) {
            if (!owner.superCallAllowed) throw error(start, "'super' keyword unexpected here");
            markUse(USE_SUPER_CALL);
            List<Expr> arguments = parseArguments();
            return finish(new SuperCall(arguments), start, line, column);
        }
        if (!owner.superPropertyAllowed || (lx.type != DOT && lx.type != LBRACKET)) {
            throw error(start, "'super' keyword unexpected here");
        }
        markUse(USE_SUPER_PROPERTY);
        if (eat(DOT)) {
            if (!isIdentifierName()) throw unexpected();
            String name = lx.value;
            next();
            return finish(new SuperMember(name, null), start, line, column);
        }
        next();
        Expr key = parseExpressionAllowIn();
        expect(RBRACKET);
        return finish(new SuperMember(null, key), start, line, column);
    }

    final Expr parsePrimary() {
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        if (lx.type == MOD && nativeNames != null) {
            next();
            if (lx.type != IDENTIFIER) throw error(lx.start, "Unexpected token");
            String name = lx.value;
            if (!nativeNames.contains(name)) throw error(start, "Unknown intrinsic %" + name);
            next();
            if (lx.type != LPAREN) throw error(lx.start, "missing ( after intrinsic name");
            List<Expr> arguments = parseArguments();
            return finish(new NativeCall(name, arguments), start, line, column);
        }
        switch (lx.type) {
            case IDENTIFIER -> {
                String name = lx.value;
                boolean escapedName = lx.escaped;
                if (!escapedName && name.equals("async")) {
                    Expr asyncForm = parseAsyncPrimary(start, line, column);
                    if (asyncForm != null) return asyncForm;
                    // `async` as a plain identifier: fall through below (the token is still current).
                }
                if (!escapedName && name.equals("let") && fc.strict) throw error(start, "Unexpected strict mode reserved word");
                next();
                if (lx.type == ARROW && start == potentialArrowAt && !lx.newlineBefore) {
                    checkIdentifier(name, escapedName, true, start);
                    Identifier param = finish(new Identifier(name), start, line, column);
                    ArrayList<Node> params = new ArrayList<>();
                    params.add(param);
                    return parseArrowRest(params, null, false, start, line, column);
                }
                checkIdentifier(name, escapedName, false, start);
                if (name.equals("arguments")) checkArgumentsAllowed(start);
                return finish(new Identifier(name), start, line, column);
            }
            case NUMBER -> {
                if (lx.legacyOctal != Lexer.OCTAL_NONE && fc.strict) {
                    throw error(lx.start, lx.legacyOctal == Lexer.OCTAL_LITERAL ? "Octal literals are not allowed in strict mode."
                        : "Decimals with leading zeros are not allowed in strict mode.");
                }
                double value = lx.number;
                java.math.BigInteger big = lx.bigint;
                next();
                if (big != null) return finish(new BigIntLiteral(big), start, line, column);
                return finish(new NumberLiteral(value), start, line, column);
            }
            case STRING -> {
                checkStringOctal();
                String value = lx.value;
                next();
                return finish(new StringLiteral(value), start, line, column);
            }
            case TEMPLATE -> {
                return parseTemplate(false);
            }
            case DIV, DIV_ASSIGN -> {
                lx.rescanAsRegExp();
                RegExpLiteral regExp = new RegExpLiteral(lx.value, lx.regExpFlags);
                next();
                return finish(regExp, start, line, column);
            }
            case LPAREN -> {
                return parseParenthesized();
            }
            case LBRACKET -> {
                return parseArrayLiteral();
            }
            case LBRACE -> {
                return parseObjectLiteral();
            }
            case FUNCTION -> {
                return parseFunctionExpression(false, start, line, column);
            }
            case CLASS -> {
                return new ClassExpr(parseClass(false));
            }
            case THIS -> {
                next();
                markUse(USE_THIS);
                return finish(new This(), start, line, column);
            }
            case NULL -> {
                next();
                return finish(new NullLiteral(), start, line, column);
            }
            case TRUE, FALSE -> {
                boolean value = lx.type == TRUE;
                next();
                return finish(new BooleanLiteral(value), start, line, column);
            }
            default -> throw unexpected();
        }
    }

    final void checkStringOctal() {
        if (lx.legacyOctal != Lexer.OCTAL_NONE && fc.strict) {
            throw error(lx.legacyOctalPos, lx.legacyOctal == Lexer.OCTAL_89_ESCAPE
                ? "\\8 and \\9 are not allowed in strict mode." : "Octal escape sequences are not allowed in strict mode.");
        }
    }

    final void checkArgumentsAllowed(int offset) {
        for (FunctionContext c = fc; c != null; c = c.parent) {
            if (c.classFieldInitializer) {
                throw error(offset, "'arguments' is not allowed in class field initializer or static initialization block");
            }
            if (!c.arrow) break;
        }
        markUse(USE_ARGUMENTS);
    }

    /**
     * {@code async function}, {@code async x => ...}, {@code async (...) => ...} or a call of a function
     * named async. Returns null when {@code async} is just an identifier (the token is not consumed).
     */
    private Expr parseAsyncPrimary(int start, int line, int column) {
        int following = peek();
        if (peekedNewline) return null;
        if (following == FUNCTION) {
            next();
            return parseFunctionExpression(true, start, line, column);
        }
        if (start != potentialArrowAt) return null;
        if (following == IDENTIFIER) {
            // async x => body
            next();
            int paramStart = lx.start, paramLine = lx.tokenLine, paramColumn = lx.tokenColumn;
            String name = lx.value;
            boolean escapedName = lx.escaped;
            next();
            if (lx.type != ARROW || lx.newlineBefore) throw unexpected();
            if (name.equals("await")) throw error(paramStart, "'await' is not a valid identifier name in an async function");
            checkIdentifier(name, escapedName, true, paramStart);
            ArrayList<Node> params = new ArrayList<>();
            params.add(finish(new Identifier(name), paramStart, paramLine, paramColumn));
            return parseArrowRest(params, null, true, start, line, column);
        }
        if (following == LPAREN) {
            Identifier callee = new Identifier("async");
            next();
            finish(callee, start, line, column);
            int coverMark = coverErrors.size();
            List<Expr> arguments = parseArguments();
            if (lx.type == ARROW && !lx.newlineBefore) {
                ArrayList<Node> params = new ArrayList<>();
                Node rest = null;
                for (int i = 0; i < arguments.size(); i++) {
                    Expr argument = arguments.get(i);
                    if (argument instanceof Spread spread) {
                        if (i != arguments.size() - 1) throw errorAt(argument, "Rest parameter must be last formal parameter");
                        rest = toBindingTarget(spread.argument);
                    } else {
                        params.add(toParameter(argument));
                    }
                }
                discardCoverErrors(coverMark);
                checkArrowParameterExpressions(start, true);
                ArrayList<Identifier> names = new ArrayList<>();
                for (Node param : params) Parser.collectBoundNames(param, names);
                if (rest != null) Parser.collectBoundNames(rest, names);
                for (Identifier id : names) {
                    if (id.name.equals("await")) throw errorAt(id, "'await' is not a valid identifier name in an async function");
                }
                return parseArrowRest(params, rest, true, start, line, column);
            }
            Expr call = finish(new Call(callee, arguments, false), start, line, column);
            return call;
        }
        return null;
    }

    final void discardCoverErrors(int mark) {
        while (coverErrors.size() > mark) coverErrors.remove(coverErrors.size() - 1);
    }

    /** Arrow parameters were parsed as expressions: they may not contain yield/await expressions. */
    private void checkArrowParameterExpressions(int paramStart, boolean async) {
        if (lastAwaitOffset >= paramStart) throw error(lastAwaitOffset, "Illegal await-expression in formal parameters of async function");
        if (lastYieldOffset >= paramStart) throw error(lastYieldOffset, "Yield expression not allowed in formal parameter");
    }

    /** {@code ( ... )}: a parenthesized expression or the parameters of an arrow function. */
    private Expr parseParenthesized() {
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        boolean arrowPossible = start == potentialArrowAt;
        int coverMark = coverErrors.size();
        // Parens and argument lists count an extra unit: a level of them is about ten Java frames.
        enter();
        next();
        boolean saved = inAllowed;
        inAllowed = true;
        ArrayList<Expr> items = new ArrayList<>();
        Node rest = null;
        int trailingCommaAt = -1;
        while (lx.type != RPAREN) {
            if (lx.type == ELLIPSIS) {
                int restStart = lx.start;
                next();
                rest = parseBindingTarget();
                if (lx.type == ASSIGN) throw error(lx.start, "Rest parameter may not have a default initializer");
                if (lx.type != RPAREN) throw error(restStart, "Rest parameter must be last formal parameter");
                break;
            }
            items.add(parseAssignment(true));
            if (lx.type == RPAREN) break;
            expect(COMMA);
            if (lx.type == RPAREN) trailingCommaAt = lx.lastEnd - 1;
        }
        inAllowed = saved;
        int closeParen = lx.start;
        expect(RPAREN);
        if (arrowPossible && lx.type == ARROW && !lx.newlineBefore) {
            ArrayList<Node> params = new ArrayList<>();
            for (Expr item : items) params.add(toParameter(item));
            discardCoverErrors(coverMark);
            checkArrowParameterExpressions(start, false);
            depth--;
            return parseArrowRest(params, rest, false, start, line, column);
        }
        if (items.isEmpty() || rest != null) {
            if (lx.type == ARROW) throw unexpected();
            throw error(rest != null ? start : closeParen, items.isEmpty() && rest == null
                ? "Unexpected token ')'" : "Unexpected token '...'");
        }
        if (trailingCommaAt >= 0) throw error(closeParen, "Unexpected token ')'");
        depth--;
        if (coverErrors.size() > coverMark) {
            CoverError first = coverErrors.get(coverMark);
            throw error(first.offset(), first.message());
        }
        Expr inner;
        if (items.size() == 1) {
            inner = items.get(0);
        } else {
            inner = copyPosition(new Sequence(items), items.get(0));
            inner.end = items.get(items.size() - 1).end;
        }
        return finish(new Parenthesized(inner), start, line, column);
    }

    private Expr parseArrayLiteral() {
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        enter();
        next();
        ArrayList<Expr> elements = new ArrayList<>();
        int spreadWithTrailingComma = -1;
        while (lx.type != RBRACKET) {
            if (lx.type == COMMA) {
                next();
                elements.add(null);
                continue;
            }
            Expr element;
            if (lx.type == ELLIPSIS) {
                int spreadStart = lx.start, spreadLine = lx.tokenLine, spreadColumn = lx.tokenColumn;
                next();
                Expr argument = parseAssignmentAllowIn(true);
                element = finish(new Spread(argument), spreadStart, spreadLine, spreadColumn);
                if (lx.type == COMMA && spreadWithTrailingComma < 0) spreadWithTrailingComma = spreadStart;
            } else {
                element = parseAssignmentAllowIn(true);
            }
            elements.add(element);
            if (lx.type != RBRACKET) expect(COMMA);
        }
        next();
        depth--;
        ArrayLiteral array = finish(new ArrayLiteral(elements), start, line, column);
        if (spreadWithTrailingComma >= 0) restWithTrailingComma.add(array);
        return array;
    }

    /** Array and object literals with a spread followed by a comma: not convertible to patterns. */
    final ArrayList<Node> restWithTrailingComma = new ArrayList<>();

    private Expr parseObjectLiteral() {
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        enter();
        next();
        ArrayList<Property> properties = new ArrayList<>();
        ObjectLiteral object = new ObjectLiteral(properties);
        boolean sawProto = false;
        boolean spreadWithTrailingComma = false;
        while (lx.type != RBRACE) {
            if (lx.type == ELLIPSIS) {
                int spreadStart = lx.start, spreadLine = lx.tokenLine, spreadColumn = lx.tokenColumn;
                next();
                Expr argument = parseAssignmentAllowIn(true);
                properties.add(finish(new Property(PropertyKind.SPREAD, null, false, false, false, argument),
                    spreadStart, spreadLine, spreadColumn));
                if (lx.type == COMMA) spreadWithTrailingComma = true;
            } else {
                Property property = parsePropertyDefinition(object);
                if (property.kind == PropertyKind.PROTO) {
                    if (sawProto) {
                        coverErrors.add(new CoverError(object, property.start, "Duplicate __proto__ fields are not allowed in object literals"));
                    }
                    sawProto = true;
                }
                properties.add(property);
            }
            if (lx.type != RBRACE) {
                expect(COMMA);
                // Only a spread directly before the closing brace makes `{...a,} = x` an error.
                if (lx.type != RBRACE) spreadWithTrailingComma = false;
            }
        }
        next();
        depth--;
        if (spreadWithTrailingComma) restWithTrailingComma.add(object);
        return finish(object, start, line, column);
    }

    /** Property key state set by {@link #parsePropertyKey}. */
    boolean keyComputed;
    /** The key was a plain identifier token (so it can be a shorthand property). */
    boolean keyIsIdentifier;
    boolean keyEscaped;

    /** Parses a property name: identifier name, string, number or {@code [expr]}. */
    final Expr parsePropertyKey() {
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        keyComputed = false;
        keyIsIdentifier = false;
        keyEscaped = false;
        switch (lx.type) {
            case STRING -> {
                checkStringOctal();
                String value = lx.value;
                next();
                return finish(new StringLiteral(value), start, line, column);
            }
            case NUMBER -> {
                if (lx.legacyOctal != Lexer.OCTAL_NONE && fc.strict) throw error(lx.start, "Octal literals are not allowed in strict mode.");
                double value = lx.number;
                java.math.BigInteger big = lx.bigint;
                next();
                if (big != null) return finish(new StringLiteral(big.toString()), start, line, column);
                return finish(new NumberLiteral(value), start, line, column);
            }
            case LBRACKET -> {
                next();
                keyComputed = true;
                Expr key = parseAssignmentAllowIn(false);
                expect(RBRACKET);
                return key;
            }
            default -> {
                if (!isIdentifierName()) throw unexpected();
                keyIsIdentifier = lx.type == IDENTIFIER;
                keyEscaped = lx.escaped;
                String name = lx.value;
                next();
                return finish(new StringLiteral(name), start, line, column);
            }
        }
    }

    private Property parsePropertyDefinition(ObjectLiteral object) {
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        boolean isAsync = false, isGenerator = false;
        int accessor = 0;
        Expr key = null;
        if (lx.type == IDENTIFIER && !lx.escaped && (lx.value.equals("get") || lx.value.equals("set") || lx.value.equals("async"))) {
            String modifier = lx.value;
            key = parsePropertyKey();
            boolean isModifier = lx.type != COMMA && lx.type != COLON && lx.type != LPAREN && lx.type != RBRACE
                && lx.type != ASSIGN;
            if (isModifier && modifier.equals("async") && lx.newlineBefore) throw unexpected();
            if (isModifier) {
                key = null;
                if (modifier.equals("async")) isAsync = true;
                else accessor = modifier.equals("get") ? 1 : 2;
            }
        }
        if (key == null && lx.type == MUL) {
            if (accessor != 0) throw unexpected();
            isGenerator = true;
            next();
        }
        if (key == null) key = parsePropertyKey();
        boolean computed = keyComputed;
        if (accessor != 0 || isAsync || isGenerator || lx.type == LPAREN) {
            FunctionKind kind = accessor == 1 ? FunctionKind.GETTER : accessor == 2 ? FunctionKind.SETTER : FunctionKind.METHOD;
            FunctionNode method = parseMethod(kind, isAsync, isGenerator, start, line, column, null);
            Expr value = copyPosition(new FunctionExpr(method), method);
            PropertyKind propertyKind = accessor == 1 ? PropertyKind.GETTER : accessor == 2 ? PropertyKind.SETTER : PropertyKind.INIT;
            return finish(new Property(propertyKind, key, computed, false, true, value), start, line, column);
        }
        if (eat(COLON)) {
            Expr value = parseAssignmentAllowIn(true);
            boolean proto = !computed && key instanceof StringLiteral s && s.value.equals("__proto__");
            return finish(new Property(proto ? PropertyKind.PROTO : PropertyKind.INIT, key, computed, false, false, value),
                start, line, column);
        }
        // Shorthand: {a} or the cover form {a = 1}.
        if (!keyIsIdentifier || computed) {
            if (computed || lx.type != COMMA && lx.type != RBRACE) throw unexpected();
            throw errorAt(key, "Unexpected token '" + ((StringLiteral) key).value + "'");
        }
        String name = ((StringLiteral) key).value;
        checkIdentifier(name, keyEscaped, false, key.start);
        if (name.equals("arguments")) checkArgumentsAllowed(key.start);
        Identifier id = copyPosition(new Identifier(name), key);
        Expr value = id;
        if (lx.type == ASSIGN) {
            coverErrors.add(new CoverError(object, key.start, "Invalid shorthand property initializer"));
            next();
            Expr defaultValue = parseAssignmentAllowIn(false);
            value = finishFrom(new Assign("=", id, defaultValue), id);
        }
        return finish(new Property(PropertyKind.INIT, key, false, true, false, value), start, line, column);
    }

    final TemplateLiteral parseTemplate(boolean tagged) {
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        enter();
        ArrayList<String> cooked = new ArrayList<>(), raw = new ArrayList<>();
        ArrayList<Expr> expressions = new ArrayList<>();
        while (true) {
            if (lx.value == null && !tagged) throw error(lx.templateErrorPos, lx.templateError);
            cooked.add(lx.value);
            raw.add(lx.raw);
            if (lx.templateTail) break;
            next();
            expressions.add(parseExpressionAllowIn());
            if (lx.type != RBRACE) throw unexpected();
            lx.continueTemplate();
        }
        next();
        depth--;
        return finish(new TemplateLiteral(cooked, raw, expressions), start, line, column);
    }

    // ---- Arrow functions ----

    /** Parses {@code => body} after the parameters; params have been converted and validated. */
    private Expr parseArrowRest(List<Node> params, Node rest, boolean isAsync, int start, int line, int column) {
        FunctionNode function = new FunctionNode();
        function.kind = FunctionKind.ARROW;
        function.isAsync = isAsync;
        function.sourceStart = start;
        function.params.addAll(params);
        function.restParameter = rest;
        for (int use = 0; use < lastUseOffset.length; use++) {
            if (lastUseOffset[use] >= start) {
                switch (use) {
                    case USE_THIS -> function.usesThis = true;
                    case USE_ARGUMENTS -> function.usesArguments = true;
                    case USE_NEW_TARGET -> function.usesNewTarget = true;
                    case USE_SUPER_PROPERTY -> function.usesSuperProperty = true;
                    case USE_SUPER_CALL -> function.usesSuperCall = true;
                    default -> function.containsDirectEval = true;
                }
            }
        }
        next(); // =>
        parseArrowBody(function);
        finish(function, start, line, column);
        function.sourceEnd = function.end;
        Expr arrow = finish(new FunctionExpr(function), start, line, column);
        lastArrow = arrow;
        return arrow;
    }

    // ---- Patterns ----

    /** An arrow parameter, from its expression form. */
    private Node toParameter(Expr e) {
        if (e instanceof Assign assign && assign.operator.equals("=")) {
            Node target = toBindingTarget(assign.target);
            return copyPosition(new DefaultValue(target, assign.value), assign);
        }
        return toBindingTarget(e);
    }

    /** Converts an expression (or an assignment pattern) into a binding target: identifiers at the leaves. */
    final Node toBindingTarget(Node e) {
        switch (e) {
            case Identifier id -> {
                if (isPrivateInPlaceholder(id)) throw errorAt(id, "Invalid destructuring assignment target");
                checkBindingIdentifier(id);
                return id;
            }
            case ObjectLiteral o -> { return toBindingTarget(toAssignmentTarget(o, true)); }
            case ArrayLiteral a -> { return toBindingTarget(toAssignmentTarget(a, true)); }
            case ObjectPattern p -> {
                for (PatternProperty property : p.properties) toBindingTarget(property.target);
                if (p.rest != null && !(p.rest instanceof Identifier)) {
                    throw errorAt(p.rest, "`...` must be followed by an identifier in declaration contexts");
                }
                if (p.rest != null) toBindingTarget(p.rest);
                return p;
            }
            case ArrayPattern p -> {
                for (Node element : p.elements) if (element != null) toBindingTarget(element);
                if (p.rest != null) toBindingTarget(p.rest);
                return p;
            }
            case DefaultValue d -> {
                toBindingTarget(d.target);
                return d;
            }
            default -> throw errorAt(e, "Invalid destructuring assignment target");
        }
    }

    /**
     * Converts an ArrayLiteral/ObjectLiteral expression into an assignment pattern (and any other
     * expression into a checked simple target). {@code binding} only changes which errors apply.
     */
    final Node toAssignmentTarget(Expr e, boolean binding) {
        switch (e) {
            case ObjectLiteral o -> {
                removeCoverErrors(o);
                if (restWithTrailingComma.contains(o)) throw errorAt(lastSpread(o), "Rest element must be last element");
                ArrayList<PatternProperty> properties = new ArrayList<>();
                Node rest = null;
                for (Property p : o.properties) {
                    if (p.kind == PropertyKind.SPREAD) {
                        Expr argument = p.value;
                        if (argument instanceof ObjectLiteral || argument instanceof ArrayLiteral) {
                            throw errorAt(argument, binding ? "`...` must be followed by an identifier in declaration contexts"
                                : "`...` must be followed by an assignable reference in assignment contexts");
                        }
                        rest = toAssignmentTarget(argument, binding);
                        continue;
                    }
                    if (p.method || p.kind == PropertyKind.GETTER || p.kind == PropertyKind.SETTER) {
                        throw errorAt(p.key, "Invalid destructuring assignment target");
                    }
                    Node target = toAssignmentElement(p.value, binding);
                    properties.add(copyPosition(new PatternProperty(p.key, p.computed, target), p));
                }
                return copyPosition(new ObjectPattern(properties, rest), o);
            }
            case ArrayLiteral a -> {
                if (restWithTrailingComma.contains(a)) throw errorAt(lastSpread(a), "Rest element must be last element");
                ArrayList<Node> elements = new ArrayList<>();
                Node rest = null;
                List<Expr> list = a.elements;
                for (int i = 0; i < list.size(); i++) {
                    Expr element = list.get(i);
                    if (element instanceof Spread spread) {
                        if (i != list.size() - 1) throw errorAt(element, "Rest element must be last element");
                        if (spread.argument instanceof Assign) throw errorAt(spread.argument, "Invalid destructuring assignment target");
                        rest = toAssignmentTarget(spread.argument, binding);
                    } else {
                        elements.add(element == null ? null : toAssignmentElement(element, binding));
                    }
                }
                return copyPosition(new ArrayPattern(elements, rest), a);
            }
            case Parenthesized p -> {
                Expr inner = p.expression;
                while (inner instanceof Parenthesized q) inner = q.expression;
                if (binding || inner instanceof ObjectLiteral || inner instanceof ArrayLiteral) {
                    throw errorAt(p, "Invalid destructuring assignment target");
                }
                if (!(inner instanceof Identifier || inner instanceof Member || inner instanceof Index
                        || inner instanceof SuperMember || inner instanceof PrivateMember)) {
                    throw errorAt(p, "Invalid destructuring assignment target");
                }
                return simpleAssignmentTarget(inner, false, "Invalid destructuring assignment target");
            }
            default -> {
                if (binding && !(e instanceof Identifier)) throw errorAt(e, "Invalid destructuring assignment target");
                return simpleAssignmentTarget(e, false, "Invalid destructuring assignment target");
            }
        }
    }

    private static Node lastSpread(Node literal) {
        Node last = literal;
        if (literal instanceof ArrayLiteral a) {
            for (Expr e : a.elements) if (e instanceof Spread) last = e;
        } else if (literal instanceof ObjectLiteral o) {
            for (Property p : o.properties) if (p.kind == PropertyKind.SPREAD) last = p;
        }
        return last;
    }

    private Node toAssignmentElement(Expr value, boolean binding) {
        if (value instanceof Assign assign) {
            if (!assign.operator.equals("=")) throw errorAt(assign, "Invalid destructuring assignment target");
            Node target = assign.target instanceof Expr targetExpr ? toAssignmentTarget(targetExpr, binding) : assign.target;
            return copyPosition(new DefaultValue(target, assign.value), assign);
        }
        return toAssignmentTarget(value, binding);
    }

    private void removeCoverErrors(Node literal) {
        if (coverErrors.isEmpty()) return;
        coverErrors.removeIf(error -> error.literal() == literal);
    }

    // ---- Binding patterns (declarations, parameters) ----

    /** BindingIdentifier or BindingPattern. */
    final Node parseBindingTarget() {
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        if (lx.type == LBRACKET) {
            enter();
            next();
            ArrayList<Node> elements = new ArrayList<>();
            Node rest = null;
            while (lx.type != RBRACKET) {
                if (lx.type == COMMA) {
                    next();
                    elements.add(null);
                    continue;
                }
                if (lx.type == ELLIPSIS) {
                    next();
                    rest = parseBindingTarget();
                    if (lx.type != RBRACKET) throw error(lx.start, "Rest element must be last element");
                    break;
                }
                elements.add(parseBindingElement());
                if (lx.type != RBRACKET) expect(COMMA);
            }
            next();
            depth--;
            return finish(new ArrayPattern(elements, rest), start, line, column);
        }
        if (lx.type == LBRACE) {
            enter();
            next();
            ArrayList<PatternProperty> properties = new ArrayList<>();
            Node rest = null;
            while (lx.type != RBRACE) {
                if (lx.type == ELLIPSIS) {
                    next();
                    if (lx.type != IDENTIFIER) throw error(lx.start, "`...` must be followed by an identifier in declaration contexts");
                    rest = parseBindingIdentifier();
                    if (lx.type != RBRACE) throw error(lx.start, "Rest element must be last element");
                    break;
                }
                int propertyStart = lx.start, propertyLine = lx.tokenLine, propertyColumn = lx.tokenColumn;
                Expr key = parsePropertyKey();
                boolean computed = keyComputed;
                Node target;
                if (eat(COLON)) {
                    target = parseBindingElement();
                } else {
                    if (!keyIsIdentifier || computed) throw unexpected();
                    String name = ((StringLiteral) key).value;
                    checkIdentifier(name, keyEscaped, true, key.start);
                    target = copyPosition(new Identifier(name), key);
                    if (lx.type == ASSIGN) {
                        next();
                        Expr defaultValue = parseAssignmentAllowIn(false);
                        target = finishFrom(new DefaultValue(target, defaultValue), target);
                    }
                }
                properties.add(finish(new PatternProperty(key, computed, target), propertyStart, propertyLine, propertyColumn));
                if (lx.type != RBRACE) expect(COMMA);
            }
            next();
            depth--;
            return finish(new ObjectPattern(properties, rest), start, line, column);
        }
        return parseBindingIdentifier();
    }

    /** A binding target with an optional default value. */
    final Node parseBindingElement() {
        Node target = parseBindingTarget();
        if (lx.type != ASSIGN) return target;
        next();
        Expr defaultValue = parseAssignmentAllowIn(false);
        return finishFrom(new DefaultValue(target, defaultValue), target);
    }

    // ---- Private names ----

    final void referencePrivateName(String name, int offset) {
        if (classContext == null) throw error(offset, "Private field '#" + name + "' must be declared in an enclosing class");
        classContext.referenceNames.add(name);
        classContext.referenceOffsets.add(offset);
    }

    // ---- Implemented by Parser ----

    abstract Expr parseFunctionExpression(boolean isAsync, int start, int line, int column);

    abstract ClassNode parseClass(boolean declaration);

    abstract FunctionNode parseMethod(FunctionKind kind, boolean isAsync, boolean isGenerator, int start, int line,
                                      int column, ClassNode homeClass);

    abstract void parseArrowBody(FunctionNode function);
}
