package dev.piste.runtime.ops;

import dev.piste.runtime.objects.JsFunction;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;
import dev.piste.runtime.values.Undefined;

/** The iterator protocol (GetIterator, IteratorStep, IteratorClose) for built-ins and every tier. */
public final class Iterators {
    private Iterators() {}

    /**
     * Implemented by built-in iterators whose next() the engine may run without making a result
     * object, when the next method in the iterator record is still the built-in one
     * ({@link #intrinsicNext}). Returns the next value or {@link #DONE}.
     */
    public interface DirectIterator {
        Object directNext(Realm realm);
        Object intrinsicNext(Realm realm);
    }

    /** The source text recorded for a spread in call arguments, whose TypeError V8 words differently. */
    public static final String SPREAD_ARGUMENT = "...spread argument";

    /** Returned by {@link DirectIterator#directNext} when the iteration is over. */
    public static final Object DONE = new Object() { @Override public String toString() { return "<done>"; } };

    /** An iterator record: the iterator object and its next method. */
    public record Record(JsObject iterator, Object next) {}

    public static Record getIterator(Realm realm, Object iterable) { return getIterator(realm, iterable, null); }

    /** GetIterator; sourceText (how the program wrote the iterable, or null) names it in the TypeError. */
    public static Record getIterator(Realm realm, Object iterable, String sourceText) {
        Object method = JsOps.isNullish(iterable) ? Undefined.INSTANCE : JsOps.getProperty(realm, iterable, JsSymbol.ITERATOR);
        if (!(method instanceof JsFunction f)) {
            if (SPREAD_ARGUMENT.equals(sourceText) && !JsOps.isNullish(iterable)) {
                throw JsException.typeError("Spread syntax requires ...iterable[Symbol.iterator] to be a function");
            }
            throw JsException.typeError(sourceText != null && !sourceText.equals("(intermediate value)") && !SPREAD_ARGUMENT.equals(sourceText)
                ? sourceText + " is not iterable" : describeNotIterable(iterable));
        }
        Object it = f.call(iterable, new Object[0]);
        if (!(it instanceof JsObject o)) throw JsException.typeError("Result of the Symbol.iterator method is not an object");
        return new Record(o, o.get("next", o));
    }

    static String describeNotIterable(Object v) {
        if (v instanceof CharSequence) return JsOps.toString(v) + " is not iterable";
        if (JsOps.isNullish(v)) return JsOps.toString(v) + " is not iterable (cannot read property Symbol(Symbol.iterator))";
        if (v instanceof JsFunction) return JsOps.typeof(v) + " is not iterable";
        if (v instanceof JsObject) return "object is not iterable (cannot read property Symbol(Symbol.iterator))";
        return JsOps.typeof(v) + " " + JsOps.toString(v) + " is not iterable (cannot read property Symbol(Symbol.iterator))";
    }

    /** Calls next(); returns the result object (checked to be an object). */
    public static JsObject nextResult(Record r) {
        Object res = JsOps.call(r.next(), r.iterator());
        if (!(res instanceof JsObject o)) throw JsException.typeError("Iterator result " + JsOps.toString(res) + " is not an object");
        return o;
    }

    /** IteratorStep + IteratorValue: the next value, or null when done. */
    public static Object step(Record r) {
        JsObject res = nextResult(r);
        if (JsOps.toBoolean(res.get("done", res))) return null;
        return res.get("value", res);
    }

    /** IteratorClose for a normal completion (errors from return() propagate, non-object results throw). */
    public static void close(JsObject iterator) {
        Object ret = iterator.get("return", iterator);
        if (JsOps.isNullish(ret)) return;
        Object res = JsOps.call(ret, iterator);
        if (!(res instanceof JsObject)) throw JsException.typeError("Iterator result " + JsOps.toString(res) + " is not an object");
    }

    /** IteratorClose for an abrupt completion: the original error wins over anything return() does. */
    public static void closeQuietly(JsObject iterator) {
        try {
            Object ret = iterator.get("return", iterator);
            if (!JsOps.isNullish(ret)) JsOps.call(ret, iterator);
        } catch (JsException ignored) {
            // the completion that caused the close is what propagates
        }
    }

    /** CreateIterResultObject */
    public static JsObject result(Realm realm, Object value, boolean done) {
        JsObject o = new JsObject(realm.objectPrototype);
        o.defineOwn("value", value);
        o.defineOwn("done", done);
        return o;
    }

    /** Collects all values of an iterable into a Java list. */
    public static java.util.List<Object> toList(Realm realm, Object iterable) {
        Record r = getIterator(realm, iterable);
        java.util.List<Object> out = new java.util.ArrayList<>();
        Object v;
        while ((v = step(r)) != null) out.add(v);
        return out;
    }

    public static final JsSymbol ITERATOR = JsSymbol.ITERATOR;
}
