package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.ArrayBufferObject;
import dev.piste.runtime.objects.JsArray;
import dev.piste.runtime.objects.JsFunction;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.OrderedTable;
import dev.piste.runtime.objects.PrimitiveWrapper;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.objects.PropertyDescriptor;
import dev.piste.runtime.objects.ProxyObject;
import dev.piste.runtime.objects.TypedArrayObject;
import dev.piste.runtime.ops.ErrorType;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.ops.Reflection;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static dev.piste.runtime.builtins.BuiltinHelper.arg;
import static dev.piste.runtime.builtins.BuiltinHelper.method;

/**
 * The host's {@code structuredClone(value)}: the structured serialize/deserialize round trip of the
 * HTML specification done in one pass. Identity is kept (shared and cyclic references stay shared);
 * plain and class-instance objects become plain objects of own enumerable string-keyed properties;
 * Date, RegExp, wrappers, Map, Set, ArrayBuffer, typed arrays, DataView and errors keep their kind.
 * Anything else (functions, symbols, promises, weak collections, proxies) is a DataCloneError.
 */
final class StructuredClone {
    private static final Set<String> ERROR_NAMES = Set.of("Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError");

    private final Realm realm;
    private final JsObject dataViewPrototype, datePrototype;
    private final Map<JsObject, JsObject> memory = new IdentityHashMap<>();

    private StructuredClone(Realm realm, JsObject dataViewPrototype, JsObject datePrototype) {
        this.realm = realm;
        this.dataViewPrototype = dataViewPrototype;
        this.datePrototype = datePrototype;
    }

    static void install(Realm realm) {
        JsObject dataViewPrototype = intrinsicPrototype(realm, "DataView"), datePrototype = intrinsicPrototype(realm, "Date");
        method(realm, realm.globalObject, "structuredClone", 0, (self, args, nt) -> {
            if (args.length == 0) throw JsException.typeError("The \"value\" argument must be specified");
            return new StructuredClone(realm, dataViewPrototype, datePrototype).copy(arg(args, 0));
        });
    }

    /** The prototype of a built-in constructor, read once at start-up (before any script can change it). */
    private static JsObject intrinsicPrototype(Realm realm, String constructor) {
        return realm.globalObject.get(constructor) instanceof JsObject c && c.get("prototype") instanceof JsObject p ? p : realm.objectPrototype;
    }

    private Object copy(Object value) {
        if (value instanceof JsSymbol sym) throw notCloneable("Symbol(" + (sym.description == null ? "" : sym.description) + ")");
        if (!(value instanceof JsObject o)) return value;
        JsObject seen = memory.get(o);
        if (seen != null) return seen;
        if (o instanceof JsFunction f) throw notCloneable(f.sourceText());
        if (o.isCallable()) throw notCloneable("#<Function>");
        return switch (o) {
            case PrimitiveWrapper w when !(w.primitive instanceof JsSymbol) -> remember(o, JsOps.toObject(realm, w.primitive));
            case DateBuiltins.JsDate d -> remember(o, new DateBuiltins.JsDate(datePrototype, d.time));
            case JsRegExp r -> remember(o, RegExpBuiltins.create(realm, r.source, r.flags));
            case ArrayBufferObject b -> {
                ArrayBufferObject c = new ArrayBufferObject(realm.arrayBufferPrototype, b.byteLength());
                System.arraycopy(b.data, 0, c.data, 0, b.byteLength());
                yield remember(o, c);
            }
            case TypedArrayObject t -> {
                ArrayBufferObject buffer = (ArrayBufferObject) copy(t.buffer);
                yield remember(o, new TypedArrayObject(realm.typedArrayPrototypes[t.kind.ordinal()], t.kind, buffer, t.byteOffset, t.length));
            }
            case ArrayBufferBuiltins.DataViewObject v -> {
                ArrayBufferObject buffer = (ArrayBufferObject) copy(v.buffer);
                yield remember(o, new ArrayBufferBuiltins.DataViewObject(dataViewPrototype, buffer, v.byteOffset, v.byteLength));
            }
            case CollectionBuiltins.Collection c -> {
                CollectionBuiltins.Collection clone = new CollectionBuiltins.Collection(c.isMap ? realm.mapPrototype : realm.setPrototype, c.isMap);
                remember(o, clone);
                for (OrderedTable.Entry e = OrderedTable.nextLive(c.table.head()); e != null; e = OrderedTable.nextLive(e)) {
                    Object key = copy(e.key);
                    clone.table.put(key, c.isMap ? copy(e.value) : key);
                }
                yield clone;
            }
            case ErrorBuiltins.ErrorObject e -> copyError(e);
            case JsArray a -> {
                JsArray clone = new JsArray(realm.arrayPrototype);
                remember(o, clone);
                clone.setLength(a.length());
                copyProperties(a, clone);
                yield clone;
            }
            default -> {
                if (o instanceof ProxyObject || !isPlainData(o)) throw notCloneable("#<" + Objects.requireNonNullElse(Inspector.constructorName(o), "Object") + ">");
                JsObject clone = new JsObject(realm.objectPrototype);
                remember(o, clone);
                copyProperties(o, clone);
                yield clone;
            }
        };
    }

    private JsObject copyError(JsObject e) {
        Object nameValue = e.get("name");
        String name = nameValue instanceof CharSequence cs && ERROR_NAMES.contains(cs.toString()) ? cs.toString() : "Error";
        ErrorType type = ErrorType.byName(name);
        PropertyDescriptor messageDesc = e.getOwnProperty("message");
        String message = messageDesc != null && messageDesc.isData() ? JsOps.toString(messageDesc.valueOrUndefined()) : "";
        JsObject clone = new ErrorBuiltins.ErrorObject(realm.errorPrototypes.get(type));
        if (messageDesc != null) clone.defineOwn("message", message, PropertyAttributes.HIDDEN);
        remember(e, clone);
        PropertyDescriptor stack = e.getOwnProperty("stack");
        if (stack != null && stack.isData() && stack.value instanceof CharSequence s) clone.defineOwn("stack", s.toString(), PropertyAttributes.HIDDEN);
        PropertyDescriptor cause = e.getOwnProperty("cause");
        if (cause != null && cause.isData()) clone.defineOwn("cause", copy(cause.value), PropertyAttributes.HIDDEN);
        return clone;
    }

    /** Own enumerable string-keyed properties, read with [[Get]] (getters run) in key order. */
    private void copyProperties(JsObject from, JsObject to) {
        for (Object key : from.ownKeys()) {
            if (!(key instanceof String)) continue;
            PropertyDescriptor d = from.getOwnProperty(key);
            if (d == null || !d.enumerable) continue;
            Reflection.createDataProperty(to, key, copy(from.get(key)));
        }
    }

    /** Ordinary objects (of any prototype) are data; exotic host and built-in objects are not. */
    private static boolean isPlainData(JsObject o) {
        String kind = o.className();
        return kind.equals("Object") || kind.equals("Arguments");
    }

    private JsObject remember(JsObject original, JsObject clone) {
        memory.put(original, clone);
        return clone;
    }

    private JsException notCloneable(String shown) {
        return ErrorBuiltins.domException(realm, "DataCloneError", shown + " could not be cloned.");
    }
}
