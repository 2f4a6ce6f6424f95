package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsFunction;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.PrimitiveWrapper;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.objects.PropertyKey;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.ops.NumberConversions;
import dev.piste.runtime.ops.Reflection;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;
import dev.piste.runtime.values.Null;
import dev.piste.runtime.values.Undefined;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import static dev.piste.runtime.builtins.BuiltinHelper.arg;
import static dev.piste.runtime.builtins.BuiltinHelper.method;

/** JSON.parse (with reviver) and JSON.stringify (replacer function or list, indentation, toJSON). */
public final class JsonBuiltins {
    private JsonBuiltins() {}

    public static void install(Realm realm) {
        JsObject json = new JsObject(realm.objectPrototype);
        realm.globalObject.defineOwn("JSON", json, PropertyAttributes.HIDDEN);
        json.defineOwn(JsSymbol.TO_STRING_TAG, "JSON", PropertyAttributes.CONFIGURABLE);
        method(realm, json, "parse", 2, (self, args, nt) -> {
            String text = JsOps.toString(arg(args, 0));
            Object value = new JsonParser(realm, text).parse();
            if (!(arg(args, 1) instanceof JsFunction reviver)) return value;
            JsObject root = new JsObject(realm.objectPrototype);
            Reflection.createDataProperty(root, "", value);
            return internalize(realm, root, "", reviver);
        });
        method(realm, json, "stringify", 3, (self, args, nt) -> {
            String result = new Stringifier(realm, arg(args, 1), arg(args, 2)).run(arg(args, 0));
            return result == null ? Undefined.INSTANCE : result;
        });
    }

    /** InternalizeJSONProperty: the reviver sees children before their parent. */
    private static Object internalize(Realm realm, JsObject holder, String name, JsFunction reviver) {
        Object value = holder.get(name, holder);
        if (value instanceof JsObject o) {
            if (Reflection.isArray(o)) {
                long len = JsOps.toLength(o.get("length", o));
                for (long i = 0; i < len; i++) revive(realm, o, PropertyKey.indexKey(i), reviver);
            } else {
                for (Object key : Reflection.enumerableOwn(realm, o, 0)) revive(realm, o, (String) key, reviver);
            }
        }
        return reviver.call(holder, new Object[] {name, value});
    }

    private static void revive(Realm realm, JsObject o, String key, JsFunction reviver) {
        Object v = internalize(realm, o, key, reviver);
        if (v == Undefined.INSTANCE) o.delete(key);
        else Reflection.createDataProperty(o, key, v);
    }

    /** The state of one JSON.stringify call (the spec's JSON Serialization Record). */
    private static final class Stringifier {
        private final Realm realm;
        private final JsFunction replacer;
        private final List<String> propertyList;
        private final String gap;
        /** The objects being serialized, outermost first, with the key each was reached by. */
        private final List<JsObject> stack = new ArrayList<>();
        private final List<Object> stackKeys = new ArrayList<>();
        private String indent = "";

        Stringifier(Realm realm, Object replacerArg, Object spaceArg) {
            this.realm = realm;
            JsFunction fn = null;
            List<String> list = null;
            if (replacerArg instanceof JsFunction f) fn = f;
            else if (replacerArg instanceof JsObject r && Reflection.isArray(r)) {
                LinkedHashSet<String> keys = new LinkedHashSet<>();
                long len = JsOps.toLength(r.get("length", r));
                for (long i = 0; i < len; i++) {
                    Object v = r.getElement(i, r);
                    String item = null;
                    if (v instanceof CharSequence cs) item = cs.toString();
                    else if (JsOps.isNumber(v)) item = JsOps.toString(v);
                    else if (v instanceof PrimitiveWrapper w && (w.primitive instanceof CharSequence || JsOps.isNumber(w.primitive))) item = JsOps.toString(v);
                    if (item != null) keys.add(item);
                }
                list = new ArrayList<>(keys);
            }
            this.replacer = fn;
            this.propertyList = list;
            Object space = spaceArg;
            if (space instanceof PrimitiveWrapper w) {
                if (JsOps.isNumber(w.primitive)) space = NumberConversions.box(JsOps.toNumber(space));
                else if (w.primitive instanceof CharSequence) space = JsOps.toString(space);
            }
            if (JsOps.isNumber(space)) {
                double n = Math.min(10, JsOps.toIntegerOrInfinity(space));
                gap = n >= 1 ? " ".repeat((int) n) : "";
            } else if (space instanceof CharSequence cs) {
                String s = cs.toString();
                gap = s.length() <= 10 ? s : s.substring(0, 10);
            } else {
                gap = "";
            }
        }

        String run(Object value) {
            JsObject wrapper = new JsObject(realm.objectPrototype);
            Reflection.createDataProperty(wrapper, "", value);
            StringBuilder out = new StringBuilder();
            return serializeProperty(wrapper, "", out) ? out.toString() : null;
        }

        /** SerializeJSONProperty; appends to {@code out} and returns false for "undefined" (nothing to write). */
        private boolean serializeProperty(JsObject holder, Object key, StringBuilder out) {
            Object value = holder.get(key, holder);
            if (value instanceof JsObject || value instanceof java.math.BigInteger) {
                Object toJson = JsOps.getProperty(realm, value, "toJSON");
                if (toJson instanceof JsFunction f) value = f.call(value, new Object[] {key});
            }
            if (replacer != null) value = replacer.call(holder, new Object[] {key, value});
            if (value instanceof PrimitiveWrapper w) {
                if (JsOps.isNumber(w.primitive)) value = NumberConversions.box(JsOps.toNumber(value));
                else if (w.primitive instanceof CharSequence) value = JsOps.toString(value);
                else if (w.primitive instanceof Boolean b) value = b;
            }
            if (value instanceof PrimitiveWrapper w && w.primitive instanceof java.math.BigInteger b) value = b;
            if (value instanceof java.math.BigInteger) throw JsException.typeError("Do not know how to serialize a BigInt");
            if (value == Null.INSTANCE) { out.append("null"); return true; }
            if (value instanceof Boolean b) { out.append(b ? "true" : "false"); return true; }
            if (value instanceof CharSequence cs) { quote(cs.toString(), out); return true; }
            if (JsOps.isNumber(value)) {
                double d = JsOps.toNumber(value);
                out.append(Double.isFinite(d) ? JsOps.toString(value) : "null");
                return true;
            }
            if (value instanceof JsObject o && !o.isCallable()) {
                enter(o, key);
                if (Reflection.isArray(o)) serializeArray(o, out); else serializeObject(o, out);
                onStack.remove(stack.remove(stack.size() - 1));
                stackKeys.remove(stackKeys.size() - 1);
                return true;
            }
            return false;
        }

        /** Objects on the stack, for an O(1) cycle check (the list keeps the order for the message). */
        private final java.util.Set<JsObject> onStack = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        /** Nesting beyond this is refused as node refuses it (its stack runs out first). */
        private static final int MAX_NESTING = 10_000;

        private void enter(JsObject o, Object key) {
            if (onStack.contains(o)) {
                for (int i = 0; i < stack.size(); i++) if (stack.get(i) == o) throw circular(i, key);
            }
            if (stack.size() >= MAX_NESTING) throw JsException.rangeError("Maximum call stack size exceeded");
            stack.add(o);
            onStack.add(o);
            stackKeys.add(key);
        }

        /** node's message, naming the path around the cycle. */
        private JsException circular(int start, Object closingKey) {
            StringBuilder sb = new StringBuilder("Converting circular structure to JSON\n    --> starting at object with constructor '")
                .append(constructorName(stack.get(start))).append("'");
            for (int i = start + 1; i < stack.size(); i++) {
                sb.append("\n    |     ").append(describeKey(stack.get(i - 1), stackKeys.get(i)))
                    .append(" -> object with constructor '").append(constructorName(stack.get(i))).append("'");
            }
            sb.append("\n    --- ").append(describeKey(stack.get(stack.size() - 1), closingKey)).append(" closes the circle");
            return JsException.typeError(sb.toString());
        }

        private static String describeKey(JsObject parent, Object key) {
            return Reflection.isArray(parent) ? "index " + key : "property '" + key + "'";
        }

        private static String constructorName(JsObject o) {
            try {
                Object c = o.get("constructor", o);
                if (c instanceof JsFunction f && !f.debugName().isEmpty()) return f.debugName();
            } catch (JsException ignored) {
                // a throwing getter must not hide the circularity error
            }
            return "Object";
        }

        private void serializeObject(JsObject o, StringBuilder out) {
            String stepback = indent;
            indent = indent + gap;
            List<?> keys = propertyList != null ? propertyList : Reflection.enumerableOwn(realm, o, 0);
            boolean any = false;
            out.append('{');
            for (Object k : keys) {
                int mark = out.length();
                out.append(any ? "," : "");
                if (!gap.isEmpty()) out.append('\n').append(indent);
                quote((String) k, out);
                out.append(gap.isEmpty() ? ":" : ": ");
                if (serializeProperty(o, k, out)) any = true;
                else out.setLength(mark);
            }
            if (any && !gap.isEmpty()) out.append('\n').append(stepback);
            out.append('}');
            indent = stepback;
        }

        private void serializeArray(JsObject o, StringBuilder out) {
            String stepback = indent;
            indent = indent + gap;
            long len = JsOps.toLength(o.get("length", o));
            out.append('[');
            for (long i = 0; i < len; i++) {
                if (i > 0) out.append(',');
                if (!gap.isEmpty()) out.append('\n').append(indent);
                if (!serializeProperty(o, PropertyKey.indexKey(i), out)) out.append("null");
            }
            if (len > 0 && !gap.isEmpty()) out.append('\n').append(stepback);
            out.append(']');
            indent = stepback;
        }
    }

    /** QuoteJSONString: escapes quotes, backslashes, control characters and lone surrogates. */
    static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    boolean loneSurrogate = Character.isHighSurrogate(c) ? !(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
                        : Character.isLowSurrogate(c) && !(i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
                    if (c < 0x20 || loneSurrogate) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }
}
