package dev.piste.parse;

import java.math.BigInteger;

/**
 * The hand-written scanner. It works on the source String with an index and keeps the current token in
 * its own fields ({@link #type}, {@link #value}, {@link #number} ...), so scanning allocates only the
 * strings a token carries.
 *
 * <p>Requirements for contributors:
 * <ol>
 *   <li>{@code /} is always scanned as a division operator. The parser, which knows when an expression
 *       may start, calls {@link #rescanAsRegExp()} at that point. This is safe because the parser looks at
 *       most one token ahead, and scanning {@code /} or {@code /=} never consumes what follows.
 *   <li>Likewise {@code }} is always {@link Token#RBRACE}; the parser calls {@link #continueTemplate()}
 *       when that brace closes a template substitution.
 *   <li>The lexer does not know about strict mode. It records legacy octal literals and escapes in
 *       {@link #legacyOctal}; the parser rejects them when it consumes the token in strict code. This is
 *       what lets a {@code 'use strict'} directive apply to tokens scanned before it took effect.
 *   <li>Every error is a {@link SyntaxErrorException}; no other exception may escape, whatever the input.
 * </ol>
 */
public final class Lexer {
    /** Legacy-octal kinds recorded in {@link #legacyOctal}. */
    static final int OCTAL_NONE = 0, OCTAL_LITERAL = 1, OCTAL_DECIMAL = 2, OCTAL_ESCAPE = 3, OCTAL_89_ESCAPE = 4;

    private final String src;
    private final int length;
    private final String sourceName;

    /** Scan position: the next char to read. */
    private int pos;
    /** Line number (1-based) and offset of the first char of the line containing {@link #pos}. */
    private int line = 1, lineStart;

    // ---- The current token ----
    int type;
    int start, end;
    int tokenLine, tokenColumn;
    /** A line terminator (or a multi-line comment containing one) precedes this token. */
    boolean newlineBefore;
    /** Identifier name, cooked string value, template cooked value (null if invalid), regexp body. */
    String value;
    double number;
    /** For a BigInt literal ({@code 10n}): its value; null for ordinary numbers. */
    BigInteger bigint;
    /** The identifier was spelled with a unicode escape, so it can never act as a keyword. */
    boolean escaped;
    /** One of OCTAL_*; {@link #legacyOctalPos} is where the offending literal or escape starts. */
    int legacyOctal;
    int legacyOctalPos;
    /** Template: raw text (CRLF normalized), whether it ended with a backtick, and why cooking failed. */
    String raw;
    boolean templateTail;
    String templateError;
    int templateErrorPos;
    String regExpFlags;
    /** End offset of the previous token: the end of the node that ends with it. */
    int lastEnd;

    private final StringBuilder buffer = new StringBuilder();

    public Lexer(String source, String sourceName) {
        this.src = source;
        this.length = source.length();
        this.sourceName = sourceName;
        if (length >= 2 && source.charAt(0) == '#' && source.charAt(1) == '!') {
            skipLineComment(2);
        }
    }

    // ---- Errors ----

    SyntaxErrorException error(int offset, String message) {
        int errorLine = 1, errorLineStart = 0;
        int limit = Math.min(offset, length);
        for (int i = 0; i < limit; i++) {
            char c = src.charAt(i);
            if (c == '\n' || c == '\u2028' || c == '\u2029' || (c == '\r' && (i + 1 >= length || src.charAt(i + 1) != '\n'))) {
                errorLine++;
                errorLineStart = i + 1;
            }
        }
        return new SyntaxErrorException(message, sourceName, errorLine, offset - errorLineStart + 1);
    }

    private SyntaxErrorException invalidToken(int offset) {
        if (offset >= length) return error(offset, "Unexpected end of input");
        return error(offset, "Invalid or unexpected token");
    }

    // ---- Snapshots for one-token lookahead ----

    /** Everything {@link #next()} changes, so that the parser can peek and come back. */
    static final class Snapshot {
        int pos, line, lineStart, type, start, end, tokenLine, tokenColumn, legacyOctal, legacyOctalPos, lastEnd;
        boolean newlineBefore, escaped;
        String value;
        double number;
        BigInteger bigint;
    }

    Snapshot save() {
        Snapshot s = new Snapshot();
        s.pos = pos; s.line = line; s.lineStart = lineStart; s.type = type; s.start = start; s.end = end;
        s.tokenLine = tokenLine; s.tokenColumn = tokenColumn; s.legacyOctal = legacyOctal;
        s.legacyOctalPos = legacyOctalPos; s.lastEnd = lastEnd; s.newlineBefore = newlineBefore;
        s.escaped = escaped; s.value = value; s.number = number; s.bigint = bigint;
        return s;
    }

    void restore(Snapshot s) {
        pos = s.pos; line = s.line; lineStart = s.lineStart; type = s.type; start = s.start; end = s.end;
        tokenLine = s.tokenLine; tokenColumn = s.tokenColumn; legacyOctal = s.legacyOctal;
        legacyOctalPos = s.legacyOctalPos; lastEnd = s.lastEnd; newlineBefore = s.newlineBefore;
        escaped = s.escaped; value = s.value; number = s.number; bigint = s.bigint;
    }

    // ---- Trivia ----

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isWhitespace(char c) {
        if (c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\u00A0' || c == '\uFEFF') return true;
        return c > 127 && Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** Consumes one line terminator at pos (CRLF counts once). */
    private void newline() {
        if (src.charAt(pos) == '\r' && pos + 1 < length && src.charAt(pos + 1) == '\n') pos++;
        pos++;
        line++;
        lineStart = pos;
        newlineBefore = true;
    }

    private void skipLineComment(int from) {
        pos = from;
        while (pos < length && !isLineTerminator(src.charAt(pos))) pos++;
    }

    private void skipTrivia() {
        while (pos < length) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t') {
                pos++;
            } else if (isLineTerminator(c)) {
                newline();
            } else if (c == '/') {
                if (pos + 1 >= length) return;
                char d = src.charAt(pos + 1);
                if (d == '/') {
                    skipLineComment(pos + 2);
                } else if (d == '*') {
                    int commentStart = pos;
                    pos += 2;
                    while (true) {
                        if (pos >= length) throw error(commentStart, "Invalid or unexpected token");
                        char e = src.charAt(pos);
                        if (e == '*' && pos + 1 < length && src.charAt(pos + 1) == '/') { pos += 2; break; }
                        if (isLineTerminator(e)) newline(); else pos++;
                    }
                } else {
                    return;
                }
            } else if (c == '<' && src.startsWith("<!--", pos)) {
                skipLineComment(pos + 4);
            } else if (c == '-' && (newlineBefore || start == 0 && type == Token.EOF && lastEnd == 0)
                    && src.startsWith("-->", pos) && onlyTriviaBeforeOnLine()) {
                skipLineComment(pos + 3);
            } else if (isWhitespace(c)) {
                pos++;
            } else {
                return;
            }
        }
    }

    /** {@code -->} is a comment only at the start of a line (after whitespace or comments). */
    private boolean onlyTriviaBeforeOnLine() {
        return newlineBefore || lastEnd == 0;
    }

    // ---- Tokens ----

    /** Scans the next token into the token fields. */
    void next() {
        lastEnd = end;
        newlineBefore = false;
        skipTrivia();
        start = pos;
        tokenLine = line;
        tokenColumn = pos - lineStart + 1;
        escaped = false;
        legacyOctal = OCTAL_NONE;
        if (pos >= length) {
            type = Token.EOF;
            end = pos;
            return;
        }
        char c = src.charAt(pos);
        if (c < 128) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$' || c == '_' || c == '\\') {
                scanIdentifierOrKeyword();
            } else if (c >= '0' && c <= '9') {
                scanNumber();
            } else {
                scanPunctuator(c);
            }
        } else if (Character.isHighSurrogate(c) || Character.isUnicodeIdentifierStart(c)) {
            scanIdentifierOrKeyword();
        } else {
            throw invalidToken(pos);
        }
        end = pos;
    }

    private void scanPunctuator(char c) {
        int p = pos;
        char c1 = p + 1 < length ? src.charAt(p + 1) : '\0';
        char c2 = p + 2 < length ? src.charAt(p + 2) : '\0';
        switch (c) {
            case '{' -> one(Token.LBRACE);
            case '}' -> one(Token.RBRACE);
            case '(' -> one(Token.LPAREN);
            case ')' -> one(Token.RPAREN);
            case '[' -> one(Token.LBRACKET);
            case ']' -> one(Token.RBRACKET);
            case ';' -> one(Token.SEMICOLON);
            case ',' -> one(Token.COMMA);
            case ':' -> one(Token.COLON);
            case '~' -> one(Token.BIT_NOT);
            case '.' -> {
                if (c1 >= '0' && c1 <= '9') scanNumber();
                else if (c1 == '.' && c2 == '.') { type = Token.ELLIPSIS; pos += 3; }
                else one(Token.DOT);
            }
            case '?' -> {
                if (c1 == '?') {
                    if (c2 == '=') { type = Token.NULLISH_ASSIGN; pos += 3; } else { type = Token.NULLISH; pos += 2; }
                } else if (c1 == '.' && !(c2 >= '0' && c2 <= '9')) {
                    type = Token.QUESTION_DOT; pos += 2;
                } else one(Token.QUESTION);
            }
            case '=' -> {
                if (c1 == '=') {
                    if (c2 == '=') { type = Token.EQ_STRICT; pos += 3; } else { type = Token.EQ; pos += 2; }
                } else if (c1 == '>') { type = Token.ARROW; pos += 2; }
                else one(Token.ASSIGN);
            }
            case '!' -> {
                if (c1 == '=') {
                    if (c2 == '=') { type = Token.NE_STRICT; pos += 3; } else { type = Token.NE; pos += 2; }
                } else one(Token.NOT);
            }
            case '+' -> {
                if (c1 == '+') { type = Token.INC; pos += 2; }
                else if (c1 == '=') { type = Token.ADD_ASSIGN; pos += 2; }
                else one(Token.ADD);
            }
            case '-' -> {
                if (c1 == '-') { type = Token.DEC; pos += 2; }
                else if (c1 == '=') { type = Token.SUB_ASSIGN; pos += 2; }
                else one(Token.SUB);
            }
            case '*' -> {
                if (c1 == '*') {
                    if (c2 == '=') { type = Token.EXP_ASSIGN; pos += 3; } else { type = Token.EXP; pos += 2; }
                } else if (c1 == '=') { type = Token.MUL_ASSIGN; pos += 2; }
                else one(Token.MUL);
            }
            case '/' -> {
                if (c1 == '=') { type = Token.DIV_ASSIGN; pos += 2; } else one(Token.DIV);
            }
            case '%' -> {
                if (c1 == '=') { type = Token.MOD_ASSIGN; pos += 2; } else one(Token.MOD);
            }
            case '<' -> {
                if (c1 == '<') {
                    if (c2 == '=') { type = Token.SHL_ASSIGN; pos += 3; } else { type = Token.SHL; pos += 2; }
                } else if (c1 == '=') { type = Token.LE; pos += 2; }
                else one(Token.LT);
            }
            case '>' -> {
                if (c1 == '>') {
                    if (c2 == '>') {
                        if (p + 3 < length && src.charAt(p + 3) == '=') { type = Token.SHR_ASSIGN; pos += 4; }
                        else { type = Token.SHR; pos += 3; }
                    } else if (c2 == '=') { type = Token.SAR_ASSIGN; pos += 3; }
                    else { type = Token.SAR; pos += 2; }
                } else if (c1 == '=') { type = Token.GE; pos += 2; }
                else one(Token.GT);
            }
            case '&' -> {
                if (c1 == '&') {
                    if (c2 == '=') { type = Token.AND_ASSIGN; pos += 3; } else { type = Token.AND; pos += 2; }
                } else if (c1 == '=') { type = Token.BIT_AND_ASSIGN; pos += 2; }
                else one(Token.BIT_AND);
            }
            case '|' -> {
                if (c1 == '|') {
                    if (c2 == '=') { type = Token.OR_ASSIGN; pos += 3; } else { type = Token.OR; pos += 2; }
                } else if (c1 == '=') { type = Token.BIT_OR_ASSIGN; pos += 2; }
                else one(Token.BIT_OR);
            }
            case '^' -> {
                if (c1 == '=') { type = Token.BIT_XOR_ASSIGN; pos += 2; } else one(Token.BIT_XOR);
            }
            case '"', '\'' -> scanString(c);
            case '`' -> { pos++; scanTemplate(); }
            case '#' -> scanPrivateName();
            default -> throw invalidToken(p);
        }
    }

    private void one(int kind) {
        type = kind;
        pos++;
    }

    // ---- Identifiers ----

    private static boolean isAsciiIdentifierPart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '$' || c == '_';
    }

    private static boolean isIdentifierStart(int cp) {
        if (cp < 128) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '$' || cp == '_';
        return Character.isUnicodeIdentifierStart(cp);
    }

    private static boolean isIdentifierPart(int cp) {
        if (cp < 128) return isAsciiIdentifierPart((char) cp);
        return cp == 0x200C || cp == 0x200D
            || (Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp));
    }

    private void scanIdentifierOrKeyword() {
        int p = pos;
        // Fast path: pure ASCII names, the overwhelming majority.
        while (p < length && isAsciiIdentifierPart(src.charAt(p))) p++;
        if (p < length && (src.charAt(p) == '\\' || src.charAt(p) > 127)) {
            scanIdentifierSlow();
            return;
        }
        value = src.substring(pos, p);
        int len = p - pos;
        pos = p;
        char first = value.charAt(0);
        type = len >= 2 && len <= 10 && first >= 'b' && first <= 'y' ? Token.keyword(value) : Token.IDENTIFIER;
    }

    /** Names with escapes or non-ASCII characters. */
    private void scanIdentifierSlow() {
        StringBuilder sb = buffer;
        sb.setLength(0);
        boolean first = true;
        while (pos < length) {
            char c = src.charAt(pos);
            int cp;
            if (c == '\\') {
                int escapeStart = pos;
                if (pos + 1 >= length || src.charAt(pos + 1) != 'u') throw invalidToken(escapeStart);
                pos += 2;
                cp = scanUnicodeEscapeBody(escapeStart);
                if (cp < 0 || !(first ? isIdentifierStart(cp) : isIdentifierPart(cp))) throw invalidToken(escapeStart);
                escaped = true;
            } else {
                cp = src.codePointAt(pos);
                if (!(first ? isIdentifierStart(cp) : isIdentifierPart(cp))) {
                    if (first) throw invalidToken(pos);
                    break;
                }
                pos += Character.charCount(cp);
            }
            sb.appendCodePoint(cp);
            first = false;
        }
        value = sb.toString();
        type = escaped ? Token.IDENTIFIER : Token.keyword(value);
    }

    /** After {@code \\u}: {@code XXXX} or {@code {X...}}. Returns the code point, or -1 if malformed. */
    private int scanUnicodeEscapeBody(int escapeStart) {
        if (pos < length && src.charAt(pos) == '{') {
            pos++;
            int cp = 0, digits = 0;
            while (pos < length && src.charAt(pos) != '}') {
                int d = Character.digit(src.charAt(pos), 16);
                if (d < 0) return -1;
                cp = cp * 16 + d;
                if (cp > 0x10FFFF) return -2;
                digits++;
                pos++;
            }
            if (pos >= length || digits == 0) return -1;
            pos++;
            return cp;
        }
        if (pos + 4 > length) return -1;
        int cp = 0;
        for (int i = 0; i < 4; i++) {
            int d = Character.digit(src.charAt(pos + i), 16);
            if (d < 0) return -1;
            cp = cp * 16 + d;
        }
        pos += 4;
        return cp;
    }

    private void scanPrivateName() {
        int hashPos = pos;
        pos++;
        if (pos >= length) throw invalidToken(hashPos);
        int cp = src.codePointAt(pos);
        if (!(isIdentifierStart(cp) || cp == '\\')) throw invalidToken(hashPos);
        scanIdentifierOrKeyword();
        type = Token.PRIVATE_NAME;
    }

    // ---- Numbers ----

    private void scanNumber() {
        int numberStart = pos;
        char c = src.charAt(pos);
        if (c == '0' && pos + 1 < length) {
            char d = src.charAt(pos + 1);
            int radix = switch (d) { case 'x', 'X' -> 16; case 'o', 'O' -> 8; case 'b', 'B' -> 2; default -> 0; };
            if (radix != 0) {
                pos += 2;
                number = scanRadixDigits(radix, numberStart);
                finishNumber(numberStart);
                return;
            }
            if (d >= '0' && d <= '9') {
                scanLegacyOctalLike(numberStart);
                return;
            }
            if (d == '_') throw error(pos + 1, "Numeric separator can not be used after leading 0.");
        }
        boolean simple = true;
        scanDecimalDigits(numberStart, true);
        if (pos < length && src.charAt(pos) == '.') {
            simple = false;
            pos++;
            if (pos < length && src.charAt(pos) == '_') throw invalidToken(pos);
            scanDecimalDigits(numberStart, false);
        }
        if (pos < length && (src.charAt(pos) | 0x20) == 'e') {
            simple = false;
            pos++;
            if (pos < length && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) pos++;
            if (pos >= length || src.charAt(pos) < '0' || src.charAt(pos) > '9') throw invalidToken(numberStart);
            scanDecimalDigits(numberStart, false);
        }
        number = decimalValue(numberStart, pos, simple);
        finishNumber(numberStart);
    }

    /** Digits with numeric separators; the separator rules are checked here. */
    private void scanDecimalDigits(int numberStart, boolean required) {
        boolean any = false;
        while (pos < length) {
            char c = src.charAt(pos);
            if (c >= '0' && c <= '9') {
                any = true;
                pos++;
            } else if (c == '_') {
                checkSeparator(any);
                pos++;
            } else {
                break;
            }
        }
    }

    private void checkSeparator(boolean afterDigit) {
        if (!afterDigit) throw invalidToken(pos);
        if (pos + 1 < length && src.charAt(pos + 1) == '_') throw error(pos + 1, "Only one underscore is allowed as numeric separator");
        char next = pos + 1 < length ? src.charAt(pos + 1) : '\0';
        if (Character.digit(next, 16) < 0) throw error(pos, "Numeric separators are not allowed at the end of numeric literals");
    }

    private double decimalValue(int from, int to, boolean simple) {
        if (simple && to - from <= 15) {
            long v = 0;
            for (int i = from; i < to; i++) {
                char c = src.charAt(i);
                if (c != '_') v = v * 10 + (c - '0');
            }
            return v;
        }
        String text = src.substring(from, to);
        if (text.indexOf('_') >= 0) text = text.replace("_", "");
        return Double.parseDouble(text);
    }

    private double scanRadixDigits(int radix, int numberStart) {
        int digitsStart = pos;
        boolean any = false;
        while (pos < length) {
            char c = src.charAt(pos);
            if (c == '_') {
                if (!any) throw error(pos, "Numeric separator can not be used after leading 0.");
                checkSeparator(true);
                if (Character.digit(src.charAt(pos + 1), radix) < 0) throw error(pos, "Numeric separators are not allowed at the end of numeric literals");
                pos++;
                continue;
            }
            int d = Character.digit(c, radix);
            if (d < 0) {
                if (Character.digit(c, 10) >= 0) throw invalidToken(numberStart);
                break;
            }
            any = true;
            pos++;
        }
        if (!any) throw invalidToken(numberStart);
        String digits = src.substring(digitsStart, pos);
        if (digits.indexOf('_') >= 0) digits = digits.replace("_", "");
        if (digits.length() * (radix == 16 ? 4 : radix == 8 ? 3 : 1) <= 53) return Long.parseLong(digits, radix);
        return new BigInteger(digits, radix).doubleValue();
    }

    /** {@code 017} (octal) or {@code 08}, {@code 09.5} (decimal with a leading zero), sloppy mode only. */
    private void scanLegacyOctalLike(int numberStart) {
        pos++;
        boolean octal = true;
        while (pos < length) {
            char c = src.charAt(pos);
            if (c >= '0' && c <= '9') {
                if (c >= '8') octal = false;
                pos++;
            } else if (c == '_') {
                throw invalidToken(pos);
            } else {
                break;
            }
        }
        legacyOctalPos = numberStart;
        if (octal) {
            legacyOctal = OCTAL_LITERAL;
            number = new BigInteger(src.substring(numberStart, pos), 8).doubleValue();
        } else {
            legacyOctal = OCTAL_DECIMAL;
            if (pos < length && src.charAt(pos) == '.') {
                pos++;
                scanDecimalDigits(numberStart, false);
            }
            if (pos < length && (src.charAt(pos) | 0x20) == 'e') {
                pos++;
                if (pos < length && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) pos++;
                if (pos >= length || src.charAt(pos) < '0' || src.charAt(pos) > '9') throw invalidToken(numberStart);
                scanDecimalDigits(numberStart, false);
            }
            number = decimalValue(numberStart, pos, false);
        }
        finishNumber(numberStart);
    }

    private void finishNumber(int numberStart) {
        type = Token.NUMBER;
        bigint = null;
        if (pos < length && src.charAt(pos) == 'n' && legacyOctal == OCTAL_NONE) {
            String text = src.substring(numberStart, pos).replace("_", "");
            int radix = 10;
            if (text.length() > 1 && text.charAt(0) == '0') {
                char p = (char) (text.charAt(1) | 0x20);
                radix = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 10;
                if (radix == 10) throw invalidToken(numberStart);
                text = text.substring(2);
            } else if (text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
                throw error(numberStart, "Invalid or unexpected token");
            }
            bigint = new BigInteger(text, radix);
            pos++;
        }
        if (pos < length) {
            char c = src.charAt(pos);
            if (isAsciiIdentifierPart(c) || c == '\\' || (c > 127 && isIdentifierStart(src.codePointAt(pos)))) {
                throw invalidToken(numberStart);
            }
        }
    }

    // ---- Strings and templates ----

    private void scanString(char quote) {
        int stringStart = pos;
        pos++;
        int chunkStart = pos;
        // Fast path: no escapes.
        while (pos < length) {
            char c = src.charAt(pos);
            if (c == quote) {
                value = src.substring(chunkStart, pos);
                pos++;
                type = Token.STRING;
                return;
            }
            if (c == '\\' || c == '\n' || c == '\r') break;
            pos++;
        }
        StringBuilder sb = buffer;
        sb.setLength(0);
        sb.append(src, chunkStart, pos);
        while (true) {
            if (pos >= length) throw error(stringStart, "Invalid or unexpected token");
            char c = src.charAt(pos);
            if (c == quote) {
                pos++;
                break;
            }
            if (c == '\n' || c == '\r') throw error(stringStart, "Invalid or unexpected token");
            if (c == '\\') {
                int escapeStart = pos;
                pos++;
                String problem = scanEscape(sb, false);
                if (problem != null) throw error(escapeStart, problem);
            } else {
                sb.append(c);
                pos++;
            }
        }
        value = sb.toString();
        type = Token.STRING;
    }

    /**
     * Scans the escape after a backslash into sb. Returns null, or the error message for a malformed
     * escape (the caller decides whether that is an error: tagged templates tolerate it). Octal escapes
     * are recorded in {@link #legacyOctal}; in templates they are an error message.
     */
    private String scanEscape(StringBuilder sb, boolean template) {
        if (pos >= length) return "Invalid or unexpected token";
        int escapeStart = pos - 1;
        char c = src.charAt(pos);
        pos++;
        switch (c) {
            case 'n' -> sb.append('\n');
            case 't' -> sb.append('\t');
            case 'r' -> sb.append('\r');
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'v' -> sb.append('\u000B');
            case '\r' -> {
                if (pos < length && src.charAt(pos) == '\n') pos++;
                line++;
                lineStart = pos;
            }
            case '\n', '\u2028', '\u2029' -> {
                line++;
                lineStart = pos;
            }
            case 'x' -> {
                int hi = pos < length ? Character.digit(src.charAt(pos), 16) : -1;
                int lo = pos + 1 < length ? Character.digit(src.charAt(pos + 1), 16) : -1;
                if (hi < 0 || lo < 0) return "Invalid hexadecimal escape sequence";
                pos += 2;
                sb.append((char) (hi * 16 + lo));
            }
            case 'u' -> {
                int cp = scanUnicodeEscapeBody(escapeStart);
                if (cp == -2) return "Undefined Unicode code-point";
                if (cp < 0) return "Invalid Unicode escape sequence";
                sb.appendCodePoint(cp);
            }
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                boolean nextIsDigit = pos < length && src.charAt(pos) >= '0' && src.charAt(pos) <= '9';
                if (c == '0' && !nextIsDigit) {
                    sb.append('\0');
                    return null;
                }
                if (template) return "Octal escape sequences are not allowed in template strings.";
                // Legacy octal: up to three digits, value at most 0377.
                int v = c - '0';
                if (pos < length && src.charAt(pos) >= '0' && src.charAt(pos) <= '7') {
                    v = v * 8 + (src.charAt(pos++) - '0');
                    if (c <= '3' && pos < length && src.charAt(pos) >= '0' && src.charAt(pos) <= '7') {
                        v = v * 8 + (src.charAt(pos++) - '0');
                    }
                }
                sb.append((char) v);
                if (legacyOctal == OCTAL_NONE) {
                    legacyOctal = OCTAL_ESCAPE;
                    legacyOctalPos = escapeStart + 1;
                }
            }
            case '8', '9' -> {
                if (template) return "\\8 and \\9 are not allowed in template strings.";
                sb.append(c);
                if (legacyOctal == OCTAL_NONE) {
                    legacyOctal = OCTAL_89_ESCAPE;
                    legacyOctalPos = escapeStart + 1;
                }
            }
            default -> {
                if (Character.isHighSurrogate(c) && pos < length && Character.isLowSurrogate(src.charAt(pos))) {
                    sb.append(c).append(src.charAt(pos));
                    pos++;
                } else {
                    sb.append(c);
                }
            }
        }
        return null;
    }

    /**
     * Scans template characters from pos (just after {@code `} or the {@code }} closing a substitution)
     * up to and including {@code `} or {@code ${}.
     */
    private void scanTemplate() {
        int textStart = pos;
        StringBuilder cooked = new StringBuilder();
        StringBuilder rawText = null;
        templateError = null;
        boolean cookedValid = true;
        int rawChunk = pos;
        while (true) {
            if (pos >= length) throw error(length, "Unterminated template literal");
            char c = src.charAt(pos);
            if (c == '`') {
                templateTail = true;
                break;
            }
            if (c == '$' && pos + 1 < length && src.charAt(pos + 1) == '{') {
                templateTail = false;
                break;
            }
            if (c == '\\') {
                int escapeStart = pos;
                pos++;
                String problem = scanEscape(cooked, true);
                if (problem != null && cookedValid) {
                    cookedValid = false;
                    templateError = problem;
                    // V8 reports octal escapes at the digit, other malformed escapes at the backslash.
                    templateErrorPos = problem.startsWith("Octal") || problem.startsWith("\\8") ? escapeStart + 1 : escapeStart;
                    // Skip the malformed escape's next char so scanning resumes sensibly.
                }
            } else if (c == '\r') {
                // CR and CRLF are normalized to LF in both cooked and raw values.
                if (rawText == null) rawText = new StringBuilder();
                rawText.append(src, rawChunk, pos).append('\n');
                cooked.append('\n');
                if (pos + 1 < length && src.charAt(pos + 1) == '\n') pos++;
                pos++;
                rawChunk = pos;
                line++;
                lineStart = pos;
            } else {
                if (c == '\n' || c == '\u2028' || c == '\u2029') {
                    line++;
                    lineStart = pos + 1;
                }
                cooked.append(c);
                pos++;
            }
        }
        if (rawText == null) {
            raw = src.substring(textStart, pos);
        } else {
            rawText.append(src, rawChunk, pos);
            raw = rawText.toString();
        }
        value = cookedValid ? cooked.toString() : null;
        pos += templateTail ? 1 : 2;
        type = Token.TEMPLATE;
    }

    /** Called by the parser when the current {@code }} token closes a template substitution. */
    void continueTemplate() {
        pos = start + 1;
        scanTemplate();
        end = pos;
    }

    // ---- Regular expressions ----

    /** Called by the parser when the current {@code /} or {@code /=} token starts a regexp literal. */
    void rescanAsRegExp() {
        int regExpStart = start;
        pos = start + 1;
        boolean inClass = false;
        while (true) {
            if (pos >= length) throw error(regExpStart, "Invalid regular expression: missing /");
            char c = src.charAt(pos);
            if (isLineTerminator(c)) throw error(regExpStart, "Invalid regular expression: missing /");
            if (c == '\\') {
                pos++;
                if (pos >= length || isLineTerminator(src.charAt(pos))) {
                    throw error(regExpStart, "Invalid regular expression: missing /");
                }
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                break;
            }
            pos++;
        }
        value = src.substring(regExpStart + 1, pos);
        pos++;
        int flagsStart = pos;
        int seen = 0;
        while (pos < length) {
            char c = src.charAt(pos);
            if (c == '\\') throw error(regExpStart, "Invalid regular expression flags");
            if (!(c < 128 ? isAsciiIdentifierPart(c) : isIdentifierPart(src.codePointAt(pos)))) break;
            int bit = "dgimsuy".indexOf(c);
            if (bit < 0 || (seen & (1 << bit)) != 0) throw error(regExpStart, "Invalid regular expression flags");
            seen |= 1 << bit;
            pos++;
        }
        regExpFlags = src.substring(flagsStart, pos);
        type = Token.REGEXP;
        end = pos;
    }

    /** Source text between two offsets (for directive checks and Function.prototype.toString ranges). */
    String text(int from, int to) {
        return src.substring(from, to);
    }

    String source() {
        return src;
    }
}
