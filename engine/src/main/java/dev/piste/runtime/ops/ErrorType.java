package dev.piste.runtime.ops;

/** The native error constructors, named as JavaScript names them. */
public enum ErrorType {
    ERROR("Error"), TYPE_ERROR("TypeError"), RANGE_ERROR("RangeError"), REFERENCE_ERROR("ReferenceError"),
    SYNTAX_ERROR("SyntaxError"), EVAL_ERROR("EvalError"), URI_ERROR("URIError"), AGGREGATE_ERROR("AggregateError");

    public final String jsName;
    ErrorType(String jsName) { this.jsName = jsName; }

    public static ErrorType byName(String name) {
        for (ErrorType t : values()) if (t.jsName.equals(name)) return t;
        return ERROR;
    }
}
