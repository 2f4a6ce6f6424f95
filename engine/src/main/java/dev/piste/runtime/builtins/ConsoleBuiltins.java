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

    static void install(Realm realm) {
        JsObject console = new JsObject(realm.objectPrototype);
        realm.globalObject.defineOwn("console", console, PropertyAttributes.HIDDEN);
        for (String name : new String[] {"log", "info", "debug", "trace"}) {
            BuiltinHelper.method(realm, console, name, 0, (self, args, nt) -> print(realm, realm.out, args));
        }
        for (String name : new String[] {"error", "warn"}) {
            BuiltinHelper.method(realm, console, name, 0, (self, args, nt) -> print(realm, realm.err, args));
        }
    }

    private static Object print(Realm realm, PrintStream out, Object[] args) {
        out.println(wellFormed(format(realm, args)));
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
                            case 's' -> sb.append(a instanceof CharSequence s ? s.toString() : Inspector.inspect(realm, a, 1));
                            case 'd', 'i' -> {
                                if (a instanceof JsObject) sb.append("NaN");
                                else {
                                    double n = JsOps.toNumber(a);
                                    sb.append(d == 'i' ? JsOps.toString(dev.piste.runtime.ops.NumberConversions.box(n < 0 ? Math.ceil(n) : Math.floor(n))) : Inspector.inspect(realm, dev.piste.runtime.ops.NumberConversions.box(n), 0));
                                }
                            }
                            case 'f' -> sb.append(JsOps.toString(dev.piste.runtime.ops.NumberConversions.box(JsOps.toNumber(a))));
                            case 'j' -> sb.append(Inspector.json(realm, a));
                            case 'o', 'O' -> sb.append(Inspector.inspect(realm, a, 2));
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
