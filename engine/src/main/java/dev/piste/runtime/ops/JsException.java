package dev.piste.runtime.ops;

import java.util.ArrayList;
import java.util.List;

/**
 * A JavaScript exception in flight. It carries either the thrown JS value, or (for errors raised by
 * the runtime, which has no realm at hand) an {@link ErrorType} and message from which the catching
 * interpreter makes the Error object in its own realm ({@link #materialized}).
 *
 * <p>Interpreter activations that the exception unwinds through append a {@link StackEntry}, so the
 * Error's {@code stack} can name the frames that are already gone when it is materialized.
 * No Java stack trace is captured: JS exceptions are control flow, and filling one is costly.
 */
public final class JsException extends RuntimeException {
    private Object value;
    public final ErrorType errorType;
    public final String errorMessage;
    /** Frames unwound so far, innermost first, recorded before the value was materialized. */
    public final List<StackEntry> unwound = new ArrayList<>(4);

    /** A position in a JS function, for stack traces: function name, file, line, column. */
    /** function: the running function object (for capture rules such as skipping Error subclass constructors). */
    public record StackEntry(String functionName, String file, int line, int column, Object function) {
        @Override public String toString() {
            String where = file + ":" + line + ":" + column;
            return functionName == null || functionName.isEmpty() ? where : functionName + " (" + where + ")";
        }
    }

    public JsException(Object value) {
        super(null, null, false, false);
        this.value = value; this.errorType = null; this.errorMessage = null;
    }

    public JsException(ErrorType type, String message) {
        super(message, null, false, false);
        this.errorType = type; this.errorMessage = message;
    }

    /** The thrown value, or null if it is a runtime error not yet turned into an Error object. */
    public Object valueOrNull() { return value; }

    public void materialized(Object errorObject) { this.value = errorObject; }

    @Override public String getMessage() {
        return value != null ? String.valueOf(value) : errorType.jsName + ": " + errorMessage;
    }

    public static JsException typeError(String message) { return new JsException(ErrorType.TYPE_ERROR, message); }
    public static JsException rangeError(String message) { return new JsException(ErrorType.RANGE_ERROR, message); }
    public static JsException referenceError(String message) { return new JsException(ErrorType.REFERENCE_ERROR, message); }
    public static JsException syntaxError(String message) { return new JsException(ErrorType.SYNTAX_ERROR, message); }
}
