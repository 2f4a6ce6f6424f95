package dev.piste.parse;

/**
 * Token kinds produced by {@link Lexer}. Tokens are plain ints so that the lexer allocates nothing per
 * token; the token's payload (name, string value, number) lives in the lexer's fields.
 *
 * <p>Contextual keywords ({@code let}, {@code async}, {@code of}, {@code get}, {@code static} ...) are
 * {@link #IDENTIFIER}s; the parser recognises them by name. Reserved words each have their own kind.
 * Keep {@link #NAMES} in step with the constants (checked by a static assertion below).
 */
public final class Token {
    private Token() {}

    public static final int
        EOF = 0, IDENTIFIER = 1, PRIVATE_NAME = 2, NUMBER = 3, STRING = 4, TEMPLATE = 5, REGEXP = 6,
        // punctuators
        LBRACE = 7, RBRACE = 8, LPAREN = 9, RPAREN = 10, LBRACKET = 11, RBRACKET = 12,
        DOT = 13, ELLIPSIS = 14, SEMICOLON = 15, COMMA = 16, QUESTION = 17, QUESTION_DOT = 18, COLON = 19,
        ARROW = 20, INC = 21, DEC = 22, NOT = 23, BIT_NOT = 24,
        // binary operators (contiguous, see Parser.precedence)
        NULLISH = 25, OR = 26, AND = 27, BIT_OR = 28, BIT_XOR = 29, BIT_AND = 30,
        EQ = 31, NE = 32, EQ_STRICT = 33, NE_STRICT = 34,
        LT = 35, GT = 36, LE = 37, GE = 38, INSTANCEOF = 39, IN = 40,
        SHL = 41, SAR = 42, SHR = 43, ADD = 44, SUB = 45, MUL = 46, DIV = 47, MOD = 48, EXP = 49,
        // assignment operators (contiguous)
        ASSIGN = 50, ADD_ASSIGN = 51, SUB_ASSIGN = 52, MUL_ASSIGN = 53, DIV_ASSIGN = 54, MOD_ASSIGN = 55,
        EXP_ASSIGN = 56, SHL_ASSIGN = 57, SAR_ASSIGN = 58, SHR_ASSIGN = 59, BIT_AND_ASSIGN = 60,
        BIT_OR_ASSIGN = 61, BIT_XOR_ASSIGN = 62, AND_ASSIGN = 63, OR_ASSIGN = 64, NULLISH_ASSIGN = 65,
        // reserved words
        BREAK = 66, CASE = 67, CATCH = 68, CLASS = 69, CONST = 70, CONTINUE = 71, DEBUGGER = 72,
        DEFAULT = 73, DELETE = 74, DO = 75, ELSE = 76, ENUM = 77, EXPORT = 78, EXTENDS = 79, FALSE = 80,
        FINALLY = 81, FOR = 82, FUNCTION = 83, IF = 84, IMPORT = 85, NEW = 86, NULL = 87, RETURN = 88,
        SUPER = 89, SWITCH = 90, THIS = 91, THROW = 92, TRUE = 93, TRY = 94, TYPEOF = 95, VAR = 96,
        VOID = 97, WHILE = 98, WITH = 99;

    public static final int COUNT = 100;

    /** Source spelling of each kind, used in "Unexpected token 'x'" messages. */
    static final String[] NAMES = {
        "end of input", "identifier", "private name", "number", "string", "template", "regexp",
        "{", "}", "(", ")", "[", "]", ".", "...", ";", ",", "?", "?.", ":", "=>", "++", "--", "!", "~",
        "??", "||", "&&", "|", "^", "&", "==", "!=", "===", "!==", "<", ">", "<=", ">=", "instanceof", "in",
        "<<", ">>", ">>>", "+", "-", "*", "/", "%", "**",
        "=", "+=", "-=", "*=", "/=", "%=", "**=", "<<=", ">>=", ">>>=", "&=", "|=", "^=", "&&=", "||=", "??=",
        "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do",
        "else", "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "new",
        "null", "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void",
        "while", "with",
    };

    static {
        if (NAMES.length != COUNT || !NAMES[WITH].equals("with") || !NAMES[NULLISH_ASSIGN].equals("??=")
                || !NAMES[EXP].equals("**") || !NAMES[BREAK].equals("break")) {
            throw new AssertionError("Token.NAMES is out of step with the token constants");
        }
    }

    static boolean isReservedWord(int kind) { return kind >= BREAK && kind <= WITH || kind == IN || kind == INSTANCEOF; }

    static boolean isAssignment(int kind) { return kind >= ASSIGN && kind <= NULLISH_ASSIGN; }

    /** The reserved-word kind for {@code name}, or IDENTIFIER. */
    static int keyword(String name) {
        return switch (name) {
            case "break" -> BREAK; case "case" -> CASE; case "catch" -> CATCH; case "class" -> CLASS;
            case "const" -> CONST; case "continue" -> CONTINUE; case "debugger" -> DEBUGGER;
            case "default" -> DEFAULT; case "delete" -> DELETE; case "do" -> DO; case "else" -> ELSE;
            case "enum" -> ENUM; case "export" -> EXPORT; case "extends" -> EXTENDS; case "false" -> FALSE;
            case "finally" -> FINALLY; case "for" -> FOR; case "function" -> FUNCTION; case "if" -> IF; case "in" -> IN; case "instanceof" -> INSTANCEOF;
            case "import" -> IMPORT; case "new" -> NEW; case "null" -> NULL; case "return" -> RETURN;
            case "super" -> SUPER; case "switch" -> SWITCH; case "this" -> THIS; case "throw" -> THROW;
            case "true" -> TRUE; case "try" -> TRY; case "typeof" -> TYPEOF; case "var" -> VAR;
            case "void" -> VOID; case "while" -> WHILE; case "with" -> WITH;
            default -> IDENTIFIER;
        };
    }

    static boolean isStrictReserved(String name) {
        return switch (name) {
            case "implements", "interface", "let", "package", "private", "protected", "public", "static", "yield" -> true;
            default -> false;
        };
    }
}
