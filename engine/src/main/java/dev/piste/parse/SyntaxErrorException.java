package dev.piste.parse;

/**
 * An early error found by the front end. {@code errorType} is the JavaScript error constructor to throw:
 * "SyntaxError", or "RangeError" when the input is refused for exceeding a limit (nesting depth).
 * Lines and columns are 1-based; the column counts UTF-16 code units.
 */
public final class SyntaxErrorException extends RuntimeException {
    public final String errorType;
    public final String sourceName;
    public final int line, column;
    public final String rawMessage;

    public SyntaxErrorException(String errorType, String message, String sourceName, int line, int column) {
        super(errorType + ": " + message + " (" + sourceName + ":" + line + ":" + column + ")", null, false, false);
        this.errorType = errorType; this.rawMessage = message; this.sourceName = sourceName;
        this.line = line; this.column = column;
    }

    public SyntaxErrorException(String message, String sourceName, int line, int column) {
        this("SyntaxError", message, sourceName, line, column);
    }
}
