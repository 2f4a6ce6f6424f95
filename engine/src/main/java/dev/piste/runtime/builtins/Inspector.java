package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsArray;
import dev.piste.runtime.objects.JsFunction;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.PrimitiveWrapper;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.objects.PropertyDescriptor;
import dev.piste.runtime.objects.PropertyKey;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;
import dev.piste.runtime.values.Null;
import dev.piste.runtime.values.Undefined;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Formats values for console output the way node's util.inspect does with its defaults (depth 2,
 * breakLength 80, compact 3): single-line when the entries fit, otherwise one entry per line.
 */
public final class Inspector {
    private static final int BREAK_LENGTH = 80;
    private static final int COMPACT = 3;
    private static final int MAX_ARRAY = 100;

    private final Realm realm;
    private final int maxDepth;
    private final Map<JsObject, Integer> circular = new IdentityHashMap<>();
    private final List<JsObject> seen = new ArrayList<>();
    private int indentation;
    /** Depth of the deepest object formatted so far within the current top-level call (node's currentDepth). */
    private int currentDepth;

    /** Extension point for built-ins with their own display (Map, Set, Date, RegExp, Promise …). */
    public interface Custom {
        /** Returns {prefix, entries...} or null when not handled. Entries are already formatted. */
        String inspect(Inspector inspector, JsObject value, int depth);
    }

    /** console.log's %o: non-enumerable properties of arrays and plain objects are shown too, as [key]. */
    private boolean showHidden;

    private Inspector(Realm realm, int maxDepth) { this.realm = realm; this.maxDepth = maxDepth; }

    /** A value as %o shows it: nested like a structure, with hidden properties. */
    public static String inspectHidden(Realm realm, Object value, int depth) {
        Inspector inspector = new Inspector(realm, depth);
        inspector.showHidden = true;
        return inspector.format(value, 0, false);
    }

    public static String inspect(Realm realm, Object value, int depth) {
        return new Inspector(realm, depth).format(value, 0, true);
    }

    /** A value as it appears inside a structure (strings quoted). */
    public static String inspectNested(Realm realm, Object value, int depth) {
        return new Inspector(realm, depth).format(value, 0, false);
    }

    public static String json(Realm realm, Object value) {
        Object json = realm.globalObject.get("JSON", realm.globalObject);
        if (json instanceof JsObject j && j.get("stringify", j) instanceof JsFunction f) {
            Object r = f.call(j, new Object[] {value});
            return r == Undefined.INSTANCE ? "undefined" : JsOps.toString(r);
        }
        return inspect(realm, value, 2);
    }

    /** Formats a nested value (for Custom implementations). */
    public String formatNested(Object value, int depth) { return format(value, depth, false); }

    private String format(Object v, int depth, boolean top) {
        if (v == Undefined.INSTANCE) return "undefined";
        if (v == Null.INSTANCE) return "null";
        if (v instanceof Boolean b) return b.toString();
        if (v instanceof Integer i) return i.toString();
        if (v instanceof java.math.BigInteger b) return b + "n";
        if (v instanceof Double d) return d == 0 && 1 / d < 0 ? "-0" : JsOps.toString(d);
        if (v instanceof CharSequence s) return top ? s.toString() : quote(s.toString());
        if (v instanceof JsSymbol s) return s.toString();
        if (v instanceof JsObject o) return formatObject(o, depth);
        return String.valueOf(v);
    }

    static String quote(String s) {
        char q = s.indexOf('\'') < 0 ? '\'' : s.indexOf('"') < 0 ? '"' : s.indexOf('`') < 0 ? '`' : '\'';
        StringBuilder sb = new StringBuilder().append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case 0x0B -> sb.append("\\v");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c == q) sb.append('\\').append(c);
                    else if (c < 0x20 || c == 0x7F) sb.append(String.format("\\x%02X", (int) c));
                    else if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
                            && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else sb.append(c);
                }
            }
        }
        return sb.append(q).toString();
    }

    private String formatObject(JsObject o, int depth) {
        // node inspects a proxy's target directly, without running traps.
        while (o instanceof dev.piste.runtime.objects.Proxy p) {
            JsObject target = p.traps().target();
            if (target == null) return "<Revoked Proxy>";
            o = target;
        }
        String custom = customInspect(o, depth);
        if (custom != null) return custom;
        if (seen.contains(o)) {
            Integer ref = circular.get(o);
            if (ref == null) { ref = circular.size() + 1; circular.put(o, ref); }
            return "[Circular *" + ref + "]";
        }
        String result = formatRaw(o, depth);
        Integer ref = circular.get(o);
        if (ref != null) result = "<ref *" + ref + "> " + result;
        return result;
    }

    private String formatRaw(JsObject o, int depth) {
        String constructorName = constructorName(o);
        if (constructorOnChain(o) == null && o.getPrototypeOf() != null && !(o instanceof JsFunction)) {
            // No constructor anywhere on the chain: node names the kind and shows the first prototype.
            constructorName = o.className() + " <" + new Inspector(realm, -1).format(o.getPrototypeOf(), 0, false) + ">";
        }
        List<String> extraErrorKeys = new ArrayList<>(2);
        String prefix = "";
        String[] braces;
        List<String> entries = new ArrayList<>();
        boolean isArray = o instanceof JsArray;
        List<Object> keys;
        try {
            keys = ownEnumerableKeys(o);
            if (showHidden && (isArray || o.className().equals("Object") && !inheritsFrom(o, realm.errorPrototype))) {
                for (Object k : o.ownKeys()) {
                    PropertyDescriptor d = o.getOwnProperty(k);
                    if (d != null && !d.enumerable) keys.add(k);
                }
            }
        } catch (JsException e) {
            keys = List.of();
        }
        if (o instanceof JsFunction f) {
            String base = functionBase(f, constructorName);
            if (keys.isEmpty()) return base;
            prefix = base;
            braces = new String[] {"{", "}"};
        } else if (isArray) {
            prefix = constructorName == null ? "[Array(" + ((JsArray) o).length() + "): null prototype]"
                : constructorName.equals("Array") ? "" : constructorName + "(" + ((JsArray) o).length() + ")";
            braces = new String[] {"[", "]"};
        } else if (o instanceof ErrorBuiltins.ErrorObject || inheritsFrom(o, realm.errorPrototype)) {
            var stackDesc = o.getOwnProperty("stack");
            Object stack = stackDesc == null ? Undefined.INSTANCE : stackDesc.valueOrUndefined();
            String base = JsOps.toBoolean(stack) ? safeToString(stack) : errorToString(o);
            // A stack without frames is shown in brackets, as node does.
            if (!base.contains("\n    at")) base = "[" + base + "]";
            for (String dup : new String[] {"name", "message"}) {
                var d = o.getOwnProperty(dup);
                if (d != null && d.isData() && d.value instanceof CharSequence v && base.contains(v.toString())) keys.remove(dup);
            }
            // Nested errors indent their stack lines to the nesting level, as node does.
            if (indentation > 0) base = base.replace("\n", "\n" + " ".repeat(indentation));
            keys.remove("stack");
            keys.remove("message");
            if (o.getOwnProperty("cause") != null && !keys.contains("cause")) extraErrorKeys.add("cause");
            if (o.getOwnProperty("errors") != null && !keys.contains("errors")) extraErrorKeys.add("errors");
            if (keys.isEmpty() && extraErrorKeys.isEmpty()) return base;
            prefix = base;
            braces = new String[] {"{", "}"};
        } else if (o instanceof PrimitiveWrapper w && !isWrapperPrototype(o)) {
            String ctor = constructorName(o);
            String type = ctor == null || ctor.equals(w.className()) || ctor.equals("Object") ? w.className() : w.className() + " (" + ctor + ")";
            String inner = format(w.primitive, depth, false);
            if (w.primitive instanceof CharSequence) keys.removeIf(k -> k instanceof String s && PropertyKey.arrayIndex(s) >= 0);
            if (keys.isEmpty()) return "[" + type + ": " + inner + "]";
            prefix = "[" + type + ": " + inner + "]";
            braces = new String[] {"{", "}"};
        } else {
            String custom = customFormat(o, depth);
            if (custom != null) return custom;
            if (constructorName == null) prefix = "[Object: null prototype]";
            else if (o.className().equals("Arguments")) prefix = "[Arguments]";
            else if (!constructorName.equals("Object")) prefix = constructorName;
            Object tag = safeGet(o, JsSymbol.TO_STRING_TAG);
            var ownTag = o.getOwnProperty(JsSymbol.TO_STRING_TAG);
            boolean ownEnumerableTag = ownTag != null && ownTag.enumerable;
            if (!ownEnumerableTag && tag instanceof CharSequence t && t.length() > 0 && !t.toString().equals(constructorName)) {
                prefix = (prefix.isEmpty() ? "Object" : prefix) + " [" + t + "]";
            }
            braces = new String[] {"{", "}"};
        }
        boolean empty = keys.isEmpty() && extraErrorKeys.isEmpty() && (!isArray || ((JsArray) o).length() == 0);
        if (empty) {
            // Empty structures print as such at any depth, and do not count as nesting for line breaks.
            String open = isArray ? "[]" : "{}";
            return prefix.isEmpty() ? open : prefix + " " + open;
        }
        if (depth > maxDepth) {
            if (isArray) return "[Array]";
            return "[" + (constructorName == null ? "Object: null prototype" : constructorName) + "]";
        }
        seen.add(o);
        currentDepth = depth;
        int before = indentation;
        indentation += 2;
        if (isArray) {
            JsArray a = (JsArray) o;
            long len = a.length();
            int holes = 0;
            int shown = 0;
            for (long i = 0; i < len && shown < MAX_ARRAY; i++) {
                PropertyDescriptor d = a.getOwnElement(i);
                if (d == null) { holes++; continue; }
                if (holes > 0) { entries.add("<" + holes + " empty item" + (holes > 1 ? "s" : "") + ">"); shown++; holes = 0; }
                entries.add(formatProperty(a, d, null, depth));
                shown++;
            }
            if (holes > 0) entries.add("<" + holes + " empty item" + (holes > 1 ? "s" : "") + ">");
            if (len > MAX_ARRAY && shown >= MAX_ARRAY) entries.add("... " + (len - MAX_ARRAY) + " more item" + (len - MAX_ARRAY > 1 ? "s" : ""));
            keys.removeIf(k -> k instanceof String s && PropertyKey.arrayIndex(s) >= 0);
        }
        for (Object k : keys) {
            PropertyDescriptor d = o.getOwnProperty(k);
            if (d == null) continue;
            entries.add(formatProperty(o, d, k, depth));
        }
        for (String hidden : extraErrorKeys) {
            // Non-enumerable own error properties node shows anyway, in brackets.
            PropertyDescriptor d = o.getOwnProperty(hidden);
            if (d != null) entries.add("[" + hidden + "]: " + (d.isAccessor() ? "[Getter]" : format(d.valueOrUndefined(), depth + 1, false)));
        }

        indentation = before;
        seen.remove(seen.size() - 1);
        String start = prefix.isEmpty() ? braces[0] : prefix + " " + braces[0];
        if (entries.isEmpty()) {
            if (isArray) return prefix.isEmpty() ? "[]" : prefix + " []";
            return prefix.isEmpty() ? "{}" : prefix + " {}";
        }
        return reduceToSingleString(entries, prefix, braces, depth, isArray ? (JsArray) o : null);
    }

    /**
     * For {@link Custom} formatters of collections (Map, Set): lays out the entries that
     * {@code entries} formats (with {@link #formatNested} at depth + 1) inside braces after
     * {@code prefix}, with the same depth limit, circularity tracking and line breaking as objects.
     */
    public String formatEntries(JsObject o, String prefix, int depth, java.util.function.Supplier<List<String>> entries) {
        int outerDepth = currentDepth;
        currentDepth = depth;
        List<String> output = nestedEntries(o, entries);
        if (output.isEmpty()) {
            currentDepth = outerDepth;
            return prefix + " {}";
        }
        if (depth > maxDepth) {
            currentDepth = outerDepth;
            return "[" + o.className() + "]";
        }
        if (output.size() > MAX_ARRAY) {
            int more = output.size() - MAX_ARRAY;
            output = new ArrayList<>(output.subList(0, MAX_ARRAY));
            output.add("... " + more + " more item" + (more > 1 ? "s" : ""));
        }
        return reduceToSingleString(output, prefix, new String[] {"{", "}"}, depth, null);
    }

    /** Formats a container's entries one level in: o counts as seen (cycles) and the indentation grows. */
    private List<String> nestedEntries(JsObject o, java.util.function.Supplier<List<String>> entries) {
        seen.add(o);
        int before = indentation;
        indentation += 2;
        try {
            return new ArrayList<>(entries.get());
        } finally {
            indentation = before;
            seen.remove(seen.size() - 1);
        }
    }

    /**
     * For {@link Custom} formatters of array-like values (typed arrays): like {@link #formatEntries}
     * but in brackets, with node's column grouping of numbers for more than six entries.
     */
    public String formatArrayEntries(JsObject o, String prefix, int depth, long length, java.util.function.Supplier<List<String>> entries) {
        if (length == 0) return prefix + " []";
        if (depth > maxDepth) return "[" + o.className() + "]";
        currentDepth = depth;
        List<String> output = nestedEntries(o, entries);
        int count = output.size();
        if (count > 6) output = groupArrayElements(output, length, true);
        return reduceToSingleString(output, count, prefix, new String[] {"[", "]"}, depth);
    }

    private static boolean inheritsFrom(JsObject o, JsObject proto) {
        if (proto == null) return false;
        try {
            for (JsObject p = o.getPrototypeOf(); p != null; p = p.getPrototypeOf()) if (p == proto) return true;
        } catch (JsException e) {
            return false;
        }
        return false;
    }

    private static String safeToString(Object v) {
        try { return JsOps.toString(v); } catch (JsException e) { return "[object]"; }
    }

    private static String errorToString(JsObject o) {
        try {
            Object n = o.get("name", o), m = o.get("message", o);
            String name = n == Undefined.INSTANCE ? "Error" : JsOps.toString(n);
            String msg = m == Undefined.INSTANCE ? "" : JsOps.toString(m);
            return msg.isEmpty() ? name : name.isEmpty() ? msg : name + ": " + msg;
        } catch (JsException e) {
            return "Error";
        }
    }

    private String reduceToSingleString(List<String> output, String base, String[] braces, int depth, JsArray array) {
        int entries = output.size();
        if (array != null && entries > 6) output = groupArrayElements(output, array.length(), allNumbers(array, entries));
        return reduceToSingleString(output, entries, base, braces, depth);
    }

    /** Whether the first n elements of an array are all numbers or bigints (node then right-aligns its columns). */
    private static boolean allNumbers(JsArray array, int n) {
        for (long i = 0; i < n; i++) {
            Object v = array.getOwnOrUndefined(i);
            if (!(v instanceof Integer || v instanceof Double || v instanceof java.math.BigInteger)) return false;
        }
        return true;
    }

    /** entries is the number of entries before grouping: grouped output is never put on one line. */
    private String reduceToSingleString(List<String> output, int entries, String base, String[] braces, int depth) {
        if (currentDepth - depth < COMPACT && entries == output.size()) {
            int start = output.size() + indentation + braces[0].length() + base.length() + 10;
            if (isBelowBreakLength(output, start, base)) {
                String joined = String.join(", ", output);
                if (joined.indexOf('\n') < 0) {
                    return (base.isEmpty() ? "" : base + " ") + braces[0] + " " + joined + " " + braces[1];
                }
            }
        }
        String ind = "\n" + " ".repeat(indentation);
        return (base.isEmpty() ? "" : base + " ") + braces[0] + ind + "  " + String.join("," + ind + "  ", output) + ind + braces[1];
    }

    private boolean isBelowBreakLength(List<String> output, int start, String base) {
        int total = output.size() + start;
        if (total + output.size() > BREAK_LENGTH) return false;
        for (String s : output) {
            total += s.length();
            if (total > BREAK_LENGTH) return false;
        }
        return base.isEmpty() || base.indexOf('\n') < 0;
    }

    /** node's groupArrayElements: lays out many short entries of an array in aligned columns. */
    private List<String> groupArrayElements(List<String> output, long arrayLength, boolean allNumbers) {
        int totalLength = 0, maxLength = 0;
        int outputLength = output.size();
        boolean moreItems = arrayLength > MAX_ARRAY && output.get(output.size() - 1).startsWith("... ");
        if (moreItems) outputLength--;
        int separatorSpace = 2;
        int[] dataLen = new int[output.size()];
        for (int i = 0; i < outputLength; i++) {
            int len = output.get(i).length();
            dataLen[i] = len;
            totalLength += len + separatorSpace;
            if (maxLength < len) maxLength = len;
        }
        int actualMax = maxLength + separatorSpace;
        if (actualMax * 3 + indentation < BREAK_LENGTH && (totalLength / (double) actualMax > 5 || maxLength <= 6)) {
            double approxCharHeights = 2.5, averageBias = Math.sqrt(actualMax - totalLength / (double) output.size());
            double biasedMax = Math.max(actualMax - 3 - averageBias, 1);
            int columns = (int) Math.min(Math.min(Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
                Math.floor((BREAK_LENGTH - indentation) / (double) actualMax)), Math.min(COMPACT * 4, 15));
            if (columns <= 1) return output;
            List<String> tmp = new ArrayList<>();
            int[] maxLineLength = new int[columns];
            for (int i = 0; i < columns; i++) {
                int lineLength = 0;
                for (int j = i; j < outputLength; j += columns) if (dataLen[j] > lineLength) lineLength = dataLen[j];
                maxLineLength[i] = lineLength + separatorSpace;
            }
            // Right-aligned only when every element is a number (or bigint), as node decides.
            boolean padStart = allNumbers;
            for (int i = 0; i < outputLength; i += columns) {
                int max = Math.min(i + columns, outputLength);
                StringBuilder str = new StringBuilder();
                int j = i;
                for (; j < max - 1; j++) {
                    String cell = output.get(j) + ", ";
                    int pad = maxLineLength[j - i] - cell.length();
                    if (padStart) str.append(" ".repeat(Math.max(0, pad))).append(cell);
                    else str.append(cell).append(" ".repeat(Math.max(0, pad)));
                }
                if (padStart) {
                    int pad = maxLineLength[j - i] - separatorSpace - output.get(j).length();
                    str.append(" ".repeat(Math.max(0, pad))).append(output.get(j));
                } else {
                    str.append(output.get(j));
                }
                tmp.add(str.toString());
            }
            if (moreItems) tmp.add(output.get(outputLength));
            return tmp;
        }
        return output;
    }

    private String formatProperty(JsObject o, PropertyDescriptor d, Object key, int depth) {
        String value;
        if (d.isAccessor()) {
            value = d.getter != null ? (d.setter != null ? "[Getter/Setter]" : "[Getter]") : d.setter != null ? "[Setter]" : "undefined";
        } else {
            value = format(d.valueOrUndefined(), depth + 1, false);
        }
        if (key == null) return value;
        String name;
        if (key instanceof JsSymbol s) name = "[" + s + "]";
        else {
            String k = (String) key;
            name = k.equals("__proto__") ? "['__proto__']" : k.matches("[A-Za-z_][A-Za-z0-9_]*") ? k : quote(k);
        }
        // Only %o lists non-enumerable properties; node shows them in brackets.
        if (!d.enumerable) name = "[" + name + "]";
        return name + ": " + value;
    }

    private String functionBase(JsFunction f, String constructorName) {
        String name = f.debugName();
        String text = "";
        if (f.isClassConstructor()) {
            JsObject parent = f.getPrototypeOf();
            String ext = parent instanceof JsFunction pf && parent != realm.functionPrototype ? " extends " + (pf.debugName().isEmpty() ? "" : pf.debugName()) : "";
            return "[class " + (name.isEmpty() ? "(anonymous)" : name) + ext + "]";
        }
        // The kind comes from the function's constructor when that is one of the function constructors;
        // any other constructor (Function.prototype's is Object) follows the brackets, as node shows it.
        boolean functionKind = constructorName != null && constructorName.endsWith("Function");
        String kind = functionKind ? constructorName : "Function";
        String nullPrototype = constructorName == null ? " (null prototype)" : "";
        String after = constructorName != null && !functionKind ? " " + constructorName : "";
        return "[" + kind + nullPrototype + (name.isEmpty() ? " (anonymous)" : ": " + name) + "]" + after + text;
    }

    /**
     * node's customization hook: a method at Symbol.for('nodejs.util.inspect.custom') is called with
     * (remaining depth, options, inspect); a string result is shown as it is, anything else is
     * formatted in its place. Returns null when the object has no hook (or returns itself).
     */
    private String customInspect(JsObject o, int depth) {
        JsSymbol key = realm.symbolRegistry.get("nodejs.util.inspect.custom");
        if (key == null || !(safeGet(o, key) instanceof JsFunction hook)) return null;
        JsObject options = new JsObject(realm.objectPrototype);
        options.defineOwn("depth", maxDepth, PropertyAttributes.DEFAULT);
        options.defineOwn("colors", false, PropertyAttributes.DEFAULT);
        options.defineOwn("stylize", new dev.piste.runtime.objects.NativeFunction(realm, "stylize", 2, false,
            (self, args, nt) -> JsOps.toString(BuiltinHelper.arg(args, 0))), PropertyAttributes.DEFAULT);
        JsFunction inspect = new dev.piste.runtime.objects.NativeFunction(realm, "inspect", 2, false,
            (self, args, nt) -> Inspector.inspectNested(realm, BuiltinHelper.arg(args, 0), maxDepth));
        Object result = hook.call(o, new Object[] {maxDepth - depth, options, inspect});
        if (result == o) return null;
        if (result instanceof CharSequence cs) return cs.toString();
        return format(result, depth, false);
    }

    /** String.prototype, Number.prototype and Boolean.prototype are wrappers that node shows as plain objects. */
    private boolean isWrapperPrototype(JsObject o) {
        return o == realm.stringPrototype || o == realm.numberPrototype || o == realm.booleanPrototype;
    }

    /** The object's own enumerable properties as "key: value" entries, for built-ins shown with contents. */
    public List<String> ownPropertyEntries(JsObject o, int depth) {
        List<String> out = new ArrayList<>();
        List<Object> keys;
        try {
            keys = ownEnumerableKeys(o);
        } catch (JsException e) {
            return out;
        }
        for (Object k : keys) {
            PropertyDescriptor d = o.getOwnProperty(k);
            if (d != null) out.add(formatProperty(o, d, k, depth));
        }
        return out;
    }

    private String customFormat(JsObject o, int depth) {
        Object custom = realm.hostData.get("inspect." + o.className());
        if (!(custom instanceof Custom c)) return null;
        String shown = withSubclassName(c.inspect(this, o, depth), o);
        // Values shown as a literal (regular expressions, dates) list their own properties after it.
        if (shown != null && (o instanceof JsRegExp || o instanceof DateBuiltins.JsDate)) {
            List<Object> keys = ownEnumerableKeys(o);
            if (!keys.isEmpty()) {
                return formatEntries(o, shown, depth, () -> ownPropertyEntries(o, depth));
            }
        }
        return shown;
    }

    /**
     * An instance of a user subclass of a built-in names both, as node does: {@code MyMap(1) [Map] {...}},
     * {@code MyPromise [Promise] {...}}, {@code MyDate 1970-01-01T...}.
     */
    private static String withSubclassName(String shown, JsObject o) {
        String builtin = o.className();
        String ctor = constructorName(o);
        if (shown == null) return null;
        if (ctor == null) {
            // A null prototype: node says so in brackets around the kind (and size).
            if (shown.startsWith(builtin + "(")) {
                int close = shown.indexOf(')');
                return "[" + shown.substring(0, close + 1) + ": null prototype]" + shown.substring(close + 1);
            }
            if (shown.startsWith(builtin + " ")) return "[" + builtin + ": null prototype]" + shown.substring(builtin.length());
            return "[" + builtin + ": null prototype] " + shown;
        }
        if (ctor.equals(builtin) || ctor.equals("Object")) return shown;
        if (shown.startsWith(builtin + "(")) {
            int close = shown.indexOf(')');
            return ctor + shown.substring(builtin.length(), close + 1) + " [" + builtin + "]" + shown.substring(close + 1);
        }
        if (shown.startsWith(builtin + " ")) return ctor + " [" + builtin + "]" + shown.substring(builtin.length());
        return ctor + " " + shown;
    }

    private static Object safeGet(JsObject o, Object key) {
        try { return o.get(key, o); } catch (JsException e) { return null; }
    }

    /** The name of the constructor on the prototype chain, or null for a null-prototype object. */
    static String constructorName(JsObject o) {
        String found = constructorOnChain(o);
        if (found != null) return found;
        if (o.getPrototypeOf() == null) return null;
        return o.className();
    }

    /** The name of the first named constructor on the prototype chain, or null when there is none. */
    private static String constructorOnChain(JsObject o) {
        for (JsObject p = o.getPrototypeOf(); p != null; p = p.getPrototypeOf()) {
            PropertyDescriptor d = p.getOwnProperty("constructor");
            if (d != null && d.isData() && d.value instanceof JsFunction f) {
                String n = f.debugName();
                if (!n.isEmpty()) return n;
            }
        }
        return null;
    }

    private static List<Object> ownEnumerableKeys(JsObject o) {
        List<Object> out = new ArrayList<>();
        for (Object k : o.ownKeys()) {
            PropertyDescriptor d = o.getOwnProperty(k);
            if (d != null && d.enumerable) out.add(k);
        }
        return out;
    }
}
