package dev.piste.api;

/**
 * An uncaught JavaScript exception, as the embedder sees it: the thrown value's display form
 * ({@code TypeError: msg} with its stack for errors), the error's name and message, and for syntax
 * errors the position.
 */
public final class JsError extends RuntimeException {
    /** "TypeError", "SyntaxError" … or null when the thrown value is not an Error. */
    public final String name;
    public final String jsMessage;
    /** What node prints after "Uncaught ": the stack for errors, the inspected value otherwise. */
    public final String display;
    public final String sourceName;
    public final int line, column;
    /** The thrown JS value (null for syntax errors found before running). */
    public final transient Object value;

    /** The value was the reason of a promise rejection that no handler took. */
    public final boolean inPromise;

    public JsError(String name, String jsMessage, String display, Object value, String sourceName, int line, int column) {
        this(name, jsMessage, display, value, sourceName, line, column, false);
    }

    public JsError(String name, String jsMessage, String display, Object value, String sourceName, int line, int column, boolean inPromise) {
        super(display, null, false, false);
        this.name = name; this.jsMessage = jsMessage; this.display = display; this.value = value;
        this.sourceName = sourceName; this.line = line; this.column = column; this.inPromise = inPromise;
    }

    public boolean isSyntaxError() { return value == null && "SyntaxError".equals(name); }
}
