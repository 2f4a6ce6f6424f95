package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.Undefined;

import java.io.PrintStream;

/** {@code console}: log/info/debug to the realm's output, error/warn to its error stream, node's format. */
public final class ConsoleBuiltins {
    private ConsoleBuiltins() {}

    /** Per-realm console state: group indentation, counters and timers. */
    private static final class State {
        String indent = "";
        final java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        final java.util.Map<String, Long> timers = new java.util.HashMap<>();
    }

    static void install(Realm realm) {
        JsObject console = new JsObject(realm.objectPrototype);
        State state = new State();
        realm.globalObject.defineOwn("console", console, PropertyAttributes.HIDDEN);
        for (String name : new String[] {"log", "info", "debug", "dirxml"}) {
            BuiltinHelper.method(realm, console, name, 0, (self, args, nt) -> print(state, realm.out, format(realm, args)));
        }
        // Output is not a terminal to clear; profiling hooks have no profiler behind them: all do nothing, as in node without one.
        for (String name : new String[] {"clear", "profile", "profileEnd", "timeStamp"}) {
            BuiltinHelper.method(realm, console, name, 0, (self, args, nt) -> dev.piste.runtime.values.Undefined.INSTANCE);
        }
        for (String name : new String[] {"error", "warn"}) {
            BuiltinHelper.method(realm, console, name, 0, (self, args, nt) -> print(state, realm.err, format(realm, args)));
        }
        BuiltinHelper.method(realm, console, "trace", 0, (self, args, nt) -> {
            StringBuilder sb = new StringBuilder("Trace");
            String message = format(realm, args);
            if (!message.isEmpty()) sb.append(": ").append(message);
            for (var entry : realm.stackCapture.get()) sb.append("\n    at ").append(entry);
            return print(state, realm.err, sb.toString());
        });
        BuiltinHelper.method(realm, console, "dir", 0, (self, args, nt) ->
            print(state, realm.out, Inspector.inspect(realm, BuiltinHelper.arg(args, 0), 2).replaceAll("^'(.*)'$", "'$1'")));
        BuiltinHelper.method(realm, console, "assert", 0, (self, args, nt) -> {
            if (JsOps.toBoolean(BuiltinHelper.arg(args, 0))) return Undefined.INSTANCE;
            Object[] rest = args.length > 1 ? java.util.Arrays.copyOfRange(args, 1, args.length) : new Object[0];
            String message = format(realm, rest);
            return print(state, realm.err, message.isEmpty() ? "Assertion failed" : "Assertion failed: " + message);
        });
        BuiltinHelper.method(realm, console, "count", 0, (self, args, nt) -> {
            String label = label(args);
            int n = state.counts.merge(label, 1, Integer::sum);
            return print(state, realm.out, label + ": " + n);
        });
        BuiltinHelper.method(realm, console, "countReset", 0, (self, args, nt) -> {
            state.counts.remove(label(args));
            return Undefined.INSTANCE;
        });
        for (String name : new String[] {"group", "groupCollapsed"}) {
            BuiltinHelper.method(realm, console, name, 0, (self, args, nt) -> {
                if (args.length > 0) print(state, realm.out, format(realm, args));
                state.indent += "  ";
                return Undefined.INSTANCE;
            });
        }
        BuiltinHelper.method(realm, console, "groupEnd", 0, (self, args, nt) -> {
            if (state.indent.length() >= 2) state.indent = state.indent.substring(2);
            return Undefined.INSTANCE;
        });
        BuiltinHelper.method(realm, console, "time", 0, (self, args, nt) -> {
            state.timers.put(label(args), System.nanoTime());
            return Undefined.INSTANCE;
        });
        for (String name : new String[] {"timeEnd", "timeLog"}) {
            BuiltinHelper.method(realm, console, name, 0, (self, args, nt) -> {
                String label = label(args);
                Long start = name.equals("timeEnd") ? state.timers.remove(label) : state.timers.get(label);
                if (start == null) return print(state, realm.err, "Warning: No such label '" + label + "' for console." + name + "()");
                double ms = (System.nanoTime() - start) / 1e6;
                return print(state, realm.out, label + ": " + String.format(java.util.Locale.ROOT, "%.3f", ms) + "ms");
            });
        }
        BuiltinHelper.method(realm, console, "table", 1, (self, args, nt) -> {
            Object data = BuiltinHelper.arg(args, 0);
            if (!(data instanceof JsObject o)) return print(state, realm.out, format(realm, args));
            return print(state, realm.out, ConsoleTable.render(realm, o));
        });
    }

    /**
     * %s as node formats it: numbers and bigints as numbers, objects whose toString is their own
     * (not a built-in one) through String(), other objects inspected one level deep.
     */
    private static String formatS(Realm realm, Object a) {
        if (a instanceof CharSequence s) return s.toString();
        if (a instanceof java.math.BigInteger b) return b + "n";
        if (a instanceof Integer || a instanceof Double) return Inspector.inspect(realm, a, 0);
        if (!(a instanceof JsObject o) || o.isCallable()) return a instanceof dev.piste.runtime.values.JsSymbol sym ? sym.toString() : JsOps.toString(a);
        Object toString = o.get("toString", o);
        boolean builtIn = toString instanceof dev.piste.runtime.objects.NativeFunction || !(toString instanceof JsObject);
        if (!builtIn) {
            try { return JsOps.toString(a); } catch (dev.piste.runtime.ops.JsException e) { return Inspector.inspect(realm, a, 0); }
        }
        return Inspector.inspect(realm, a, 0);
    }

    private static String label(Object[] args) {
        Object l = BuiltinHelper.arg(args, 0);
        return l == Undefined.INSTANCE ? "default" : JsOps.toString(l);
    }

    private static Object print(State state, PrintStream out, String text) {
        String s = wellFormed(text);
        if (!state.indent.isEmpty()) s = state.indent + s.replace("\n", "\n" + state.indent);
        out.println(s);
        return Undefined.INSTANCE;
    }

    /** Lone surrogates cannot be encoded: they print as U+FFFD, as node writes them. */
    static String wellFormed(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lone = Character.isHighSurrogate(c) ? !(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
                : Character.isLowSurrogate(c) && !(i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
            if (lone) {
                if (sb == null) sb = new StringBuilder(s.substring(0, i));
                sb.append('\uFFFD');
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** util.format: a leading string may hold %s %d %i %f %j %o %O %c %%; the rest joined by spaces. */
    public static String format(Realm realm, Object[] args) {
        StringBuilder sb = new StringBuilder();
        int next = 0;
        if (args.length > 0 && args[0] instanceof CharSequence cs) {
            String f = cs.toString();
            next = 1;
            for (int i = 0; i < f.length(); i++) {
                char c = f.charAt(i);
                if (c == '%' && i + 1 < f.length()) {
                    char d = f.charAt(i + 1);
                    if (d == '%') { sb.append('%'); i++; continue; }
                    if ("sdifjoOc".indexOf(d) >= 0) {
                        if (next >= args.length) { sb.append(c).append(d); i++; continue; }
                        Object a = args[next++];
                        switch (d) {
                            case 's' -> sb.append(formatS(realm, a));
                            case 'd', 'i' -> {
                                if (a instanceof java.math.BigInteger b) sb.append(b).append('n');
                                else if (a instanceof JsObject) sb.append("NaN");
                                else {
                                    double n = JsOps.toNumber(a);
                                    sb.append(d == 'i' ? JsOps.toString(dev.piste.runtime.ops.NumberConversions.box(n < 0 ? Math.ceil(n) : Math.floor(n))) : Inspector.inspect(realm, dev.piste.runtime.ops.NumberConversions.box(n), 0));
                                }
                            }
                            case 'f' -> sb.append(a instanceof dev.piste.runtime.values.JsSymbol ? "NaN"
                                : Inspector.inspect(realm, dev.piste.runtime.ops.NumberConversions.box(dev.piste.runtime.ops.NumberConversions.parseFloat(JsOps.toString(a))), 0));
                            case 'j' -> {
                                try {
                                    sb.append(Inspector.json(realm, a));
                                } catch (dev.piste.runtime.ops.JsException e) {
                                    if (e.errorMessage == null || !e.errorMessage.startsWith("Converting circular structure")) throw e;
                                    sb.append("[Circular]");
                                }
                            }
                            case 'o' -> sb.append(Inspector.inspectHidden(realm, a, 4));
                            case 'O' -> sb.append(Inspector.inspectNested(realm, a, 2));
                            case 'c' -> {}
                            default -> {}
                        }
                        i++;
                        continue;
                    }
                }
                sb.append(c);
            }
        }
        for (int i = next; i < args.length; i++) {
            if (sb.length() > 0 || i > 0) sb.append(' ');
            Object a = args[i];
            sb.append(a instanceof CharSequence s ? s.toString() : Inspector.inspect(realm, a, 2));
        }
        return sb.toString();
    }
}
