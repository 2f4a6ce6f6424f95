package dev.piste.parse;

import static dev.piste.parse.Token.*;

import dev.piste.parse.Ast.*;

/**
 * What every part of the recursive-descent parser shares: the lexer and its token helpers, error
 * reporting with V8's messages, the nesting limit, the function, scope and class context stacks, use
 * tracking and identifier checks. {@link ExpressionParser} adds expressions and patterns on top.
 */
abstract sealed class ParserBase permits ExpressionParser {
    /**
     * Nesting limit in units of {@link #enter()} calls. One level of source nesting costs one to five
     * units (an object-literal method nested in a return costs five; parens two), so 1,000 levels of any construct
     * parse. ParserRobustnessTest checks that reaching the limit on a 16 MB stack (the engine's parser
     * thread) is a clean RangeError and not a StackOverflowError, with a cold (interpreted) JVM whose
     * frames are the largest.
     */
    static final int MAX_DEPTH = 6000;

    final Lexer lx;
    final String sourceName;
    int depth;

    FunctionContext fc;
    DeclarationScope scope;
    ClassContext classContext;

    /** Offsets of the most recent uses, to give arrow functions the uses found in their parameters. */
    static final int USE_THIS = 0, USE_ARGUMENTS = 1, USE_NEW_TARGET = 2, USE_SUPER_PROPERTY = 3,
        USE_SUPER_CALL = 4, USE_DIRECT_EVAL = 5;
    final int[] lastUseOffset = {-1, -1, -1, -1, -1, -1};

    ParserBase(String source, String sourceName) {
        this.lx = new Lexer(source, sourceName);
        this.sourceName = sourceName;
    }

    // ---- Errors ----

    final SyntaxErrorException error(int offset, String message) {
        return lx.error(offset, message);
    }

    final SyntaxErrorException errorAt(Node node, String message) {
        return new SyntaxErrorException(message, sourceName, node.line, node.column);
    }

    /** V8's message for an unexpected current token. */
    final SyntaxErrorException unexpected() {
        return new SyntaxErrorException(unexpectedMessage(), sourceName, lx.tokenLine, lx.tokenColumn);
    }

    final String unexpectedMessage() {
        return switch (lx.type) {
            case EOF -> "Unexpected end of input";
            case IDENTIFIER -> {
                if (fc.strict && Token.isStrictReserved(lx.value) && !lx.escaped) yield "Unexpected strict mode reserved word";
                yield "Unexpected identifier '" + lx.value + "'";
            }
            case PRIVATE_NAME -> "Unexpected identifier '#" + lx.value + "'";
            case NUMBER -> "Unexpected number";
            case STRING -> "Unexpected string";
            case TEMPLATE -> "Unexpected template string";
            case REGEXP -> "Unexpected regular expression";
            case ENUM -> "Unexpected reserved word";
            default -> "Unexpected token '" + Token.NAMES[lx.type] + "'";
        };
    }

    final SyntaxErrorException tooDeep() {
        return new SyntaxErrorException("RangeError", "Maximum nesting depth exceeded", sourceName, lx.tokenLine, lx.tokenColumn);
    }

    final void enter() {
        if (++depth > MAX_DEPTH) throw tooDeep();
    }

    // ---- Token helpers ----

    final void next() {
        lx.next();
    }

    final void expect(int kind) {
        if (lx.type != kind) throw unexpected();
        lx.next();
    }

    final boolean eat(int kind) {
        if (lx.type == kind) {
            lx.next();
            return true;
        }
        return false;
    }

    /** The current token is the contextual keyword {@code name}, spelled without escapes. */
    final boolean isContextual(String name) {
        return lx.type == IDENTIFIER && !lx.escaped && lx.value.equals(name);
    }

    /** Automatic semicolon insertion: before }, at EOF, or after a line break. */
    final void consumeSemicolon() {
        if (lx.type == SEMICOLON) {
            lx.next();
        } else if (lx.type != RBRACE && lx.type != EOF && !lx.newlineBefore) {
            throw unexpected();
        }
    }

    /** Kind of the token after the current one (one-token lookahead). */
    final int peekType() {
        Lexer.Snapshot snapshot = lx.save();
        lx.next();
        int kind = lx.type;
        lx.restore(snapshot);
        return kind;
    }

    /** Peeks: {type, newlineBefore ? 1 : 0}, plus the identifier name in {@link #peekedValue}. */
    String peekedValue;
    boolean peekedNewline;

    final int peek() {
        Lexer.Snapshot snapshot = lx.save();
        lx.next();
        int kind = lx.type;
        peekedValue = lx.type == IDENTIFIER && !lx.escaped ? lx.value : null;
        peekedNewline = lx.newlineBefore;
        lx.restore(snapshot);
        return kind;
    }

    final <T extends Node> T finish(T node, int start, int line, int column) {
        node.line = line;
        node.column = column;
        node.start = start;
        node.end = lx.lastEnd;
        return node;
    }

    final <T extends Node> T finishFrom(T node, Node first) {
        node.line = first.line;
        node.column = first.column;
        node.start = first.start;
        node.end = lx.lastEnd;
        return node;
    }

    final <T extends Node> T copyPosition(T node, Node from) {
        node.line = from.line;
        node.column = from.column;
        node.start = from.start;
        node.end = from.end;
        return node;
    }

    // ---- Uses ----

    /** Records a use of this/arguments/... in the current function and the arrows it is nested in. */
    final void markUse(int use) {
        lastUseOffset[use] = lx.start;
        for (FunctionContext c = fc; c != null && c.function != null; c = c.parent) {
            FunctionNode f = c.function;
            switch (use) {
                case USE_THIS -> f.usesThis = true;
                case USE_ARGUMENTS -> f.usesArguments = true;
                case USE_NEW_TARGET -> f.usesNewTarget = true;
                case USE_SUPER_PROPERTY -> f.usesSuperProperty = true;
                case USE_SUPER_CALL -> f.usesSuperCall = true;
                default -> f.containsDirectEval = true;
            }
            if (!c.arrow) break;
        }
    }

    /** The nearest non-arrow context (arrows inherit super, new.target and arguments). */
    final FunctionContext nonArrowContext() {
        FunctionContext c = fc;
        while (c.arrow && c.parent != null) c = c.parent;
        return c;
    }

    // ---- Identifiers ----

    /**
     * Checks that the identifier token {@code name} may be used as an identifier here (reference or
     * binding). Reserved words never reach this point as IDENTIFIER tokens, except when escaped.
     */
    final void checkIdentifier(String name, boolean escapedName, boolean binding, int offset) {
        if (escapedName && Token.keyword(name) != IDENTIFIER) throw error(offset, "Keyword must not contain escaped characters");
        switch (name) {
            case "yield" -> {
                if (fc.canYield || fc.strict) {
                    throw error(offset, fc.strict ? "Unexpected strict mode reserved word" : "Unexpected identifier 'yield'");
                }
            }
            case "await" -> {
                if (fc.awaitReserved || fc.canAwait) throw error(offset, "Unexpected reserved word");
                if (escapedName && fc.canAwait) throw error(offset, "Keyword must not contain escaped characters");
            }
            case "eval", "arguments" -> {
                if (binding && fc.strict) throw error(offset, "Unexpected eval or arguments in strict mode");
            }
            default -> {
                if (fc.strict && Token.isStrictReserved(name)) throw error(offset, "Unexpected strict mode reserved word");
            }
        }
    }

    /** Re-checks a binding identifier node, e.g. when a later 'use strict' makes a function strict. */
    final void checkBindingIdentifier(Identifier id) {
        if (fc.strict && (id.name.equals("eval") || id.name.equals("arguments"))) {
            throw errorAt(id, "Unexpected eval or arguments in strict mode");
        }
        if (fc.strict && Token.isStrictReserved(id.name)) throw errorAt(id, "Unexpected strict mode reserved word");
        if ((fc.canYield || fc.strict) && id.name.equals("yield")) throw errorAt(id, "Unexpected strict mode reserved word");
        if ((fc.awaitReserved || fc.canAwait) && id.name.equals("await")) throw errorAt(id, "Unexpected reserved word");
    }

    /** Parses a BindingIdentifier at the current token. */
    final Identifier parseBindingIdentifier() {
        if (lx.type != IDENTIFIER) throw unexpected();
        checkIdentifier(lx.value, lx.escaped, true, lx.start);
        Identifier id = new Identifier(lx.value);
        int start = lx.start, line = lx.tokenLine, column = lx.tokenColumn;
        next();
        return finish(id, start, line, column);
    }

    /** The current token may be used as an IdentifierName (property names allow reserved words). */
    final boolean isIdentifierName() {
        return lx.type == IDENTIFIER || Token.isReservedWord(lx.type);
    }
}
