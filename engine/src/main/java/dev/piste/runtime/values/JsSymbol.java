package dev.piste.runtime.values;

/**
 * A symbol. Identity is the value; the description is for display only. Well-known symbols are
 * created once per engine process: they carry no mutable state, so sharing them across contexts is safe.
 */
public final class JsSymbol {
    public final String description;
    /** Non-null for symbols from {@code Symbol.for}: the registry key. */
    public final String registryKey;

    public JsSymbol(String description) { this(description, null); }
    public JsSymbol(String description, String registryKey) { this.description = description; this.registryKey = registryKey; }

    public static final JsSymbol ITERATOR = new JsSymbol("Symbol.iterator");
    public static final JsSymbol ASYNC_ITERATOR = new JsSymbol("Symbol.asyncIterator");
    public static final JsSymbol HAS_INSTANCE = new JsSymbol("Symbol.hasInstance");
    public static final JsSymbol TO_PRIMITIVE = new JsSymbol("Symbol.toPrimitive");
    public static final JsSymbol TO_STRING_TAG = new JsSymbol("Symbol.toStringTag");
    public static final JsSymbol SPECIES = new JsSymbol("Symbol.species");
    public static final JsSymbol IS_CONCAT_SPREADABLE = new JsSymbol("Symbol.isConcatSpreadable");
    public static final JsSymbol UNSCOPABLES = new JsSymbol("Symbol.unscopables");
    public static final JsSymbol MATCH = new JsSymbol("Symbol.match");
    public static final JsSymbol MATCH_ALL = new JsSymbol("Symbol.matchAll");
    public static final JsSymbol REPLACE = new JsSymbol("Symbol.replace");
    public static final JsSymbol SEARCH = new JsSymbol("Symbol.search");
    public static final JsSymbol SPLIT = new JsSymbol("Symbol.split");

    /** The name a function keyed by this symbol gets: {@code [description]} or empty. */
    public String functionName() { return description == null ? "" : "[" + description + "]"; }

    @Override public String toString() { return "Symbol(" + (description == null ? "" : description) + ")"; }
}
