package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsFunction;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.PropertyDescriptor;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.Undefined;

import static dev.piste.runtime.builtins.BuiltinHelper.arg;

/**
 * Annex B (web compatibility) built-ins that real programs still use: escape/unescape, the legacy
 * accessor methods of Object.prototype, and the String.prototype HTML methods.
 */
final class AnnexBBuiltins {
    private AnnexBBuiltins() {}

    static void install(Realm realm) {
        JsObject global = realm.globalObject;
        BuiltinHelper.method(realm, global, "escape", 1, (self, args, nt) -> escape(JsOps.toString(arg(args, 0))));
        BuiltinHelper.method(realm, global, "unescape", 1, (self, args, nt) -> unescape(JsOps.toString(arg(args, 0))));

        JsObject op = realm.objectPrototype;
        BuiltinHelper.method(realm, op, "__defineGetter__", 2, (self, args, nt) -> defineLegacy(realm, self, args, true));
        BuiltinHelper.method(realm, op, "__defineSetter__", 2, (self, args, nt) -> defineLegacy(realm, self, args, false));
        BuiltinHelper.method(realm, op, "__lookupGetter__", 1, (self, args, nt) -> lookupLegacy(realm, self, arg(args, 0), true));
        BuiltinHelper.method(realm, op, "__lookupSetter__", 1, (self, args, nt) -> lookupLegacy(realm, self, arg(args, 0), false));

        String[][] html = {{"anchor", "a", "name"}, {"big", "big", null}, {"blink", "blink", null}, {"bold", "b", null},
            {"fixed", "tt", null}, {"fontcolor", "font", "color"}, {"fontsize", "font", "size"}, {"italics", "i", null},
            {"link", "a", "href"}, {"small", "small", null}, {"strike", "strike", null}, {"sub", "sub", null}, {"sup", "sup", null}};
        for (String[] h : html) {
            BuiltinHelper.method(realm, realm.stringPrototype, h[0], h[2] == null ? 0 : 1, (self, args, nt) -> {
                if (JsOps.isNullish(self)) throw JsException.typeError("String.prototype." + h[0] + " called on null or undefined");
                String s = JsOps.toString(self);
                String open = "<" + h[1];
                if (h[2] != null) open += " " + h[2] + "=\"" + JsOps.toString(arg(args, 0)).replace("\"", "&quot;") + "\"";
                return open + ">" + s + "</" + h[1] + ">";
            });
        }
    }

    private static final String UNESCAPED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@*_+-./";

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (UNESCAPED.indexOf(c) >= 0) sb.append(c);
            else if (c < 256) sb.append('%').append(String.format("%02X", (int) c));
            else sb.append("%u").append(String.format("%04X", (int) c));
        }
        return sb.toString();
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 6 <= s.length() && s.charAt(i + 1) == 'u' && hex(s, i + 2, 4) >= 0) {
                    sb.append((char) hex(s, i + 2, 4));
                    i += 5;
                    continue;
                }
                if (i + 3 <= s.length() && hex(s, i + 1, 2) >= 0) {
                    sb.append((char) hex(s, i + 1, 2));
                    i += 2;
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static int hex(String s, int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; i++) {
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0) return -1;
            v = v * 16 + d;
        }
        return v;
    }

    private static Object defineLegacy(Realm realm, Object self, Object[] args, boolean getter) {
        JsObject o = JsOps.toObject(realm, self);
        Object f = arg(args, 1);
        if (!(f instanceof JsFunction fn)) throw JsException.typeError("Object.prototype.__define" + (getter ? "Getter" : "Setter") + "__: Expecting function");
        PropertyDescriptor d = new PropertyDescriptor();
        if (getter) { d.getter = fn; d.hasGet = true; } else { d.setter = fn; d.hasSet = true; }
        d.enumerable = d.hasEnumerable = true;
        d.configurable = d.hasConfigurable = true;
        Object key = JsOps.toPropertyKey(arg(args, 0));
        if (!o.defineOwnProperty(key, d)) throw JsException.typeError("Cannot redefine property: " + JsOps.keyToDisplay(key));
        return Undefined.INSTANCE;
    }

    private static Object lookupLegacy(Realm realm, Object self, Object keyArg, boolean getter) {
        Object key = JsOps.toPropertyKey(keyArg);
        for (JsObject o = JsOps.toObject(realm, self); o != null; o = o.getPrototypeOf()) {
            PropertyDescriptor d = o.getOwnProperty(key);
            if (d != null) {
                if (!d.isAccessor()) return Undefined.INSTANCE;
                JsObject f = getter ? d.getter : d.setter;
                return f == null ? Undefined.INSTANCE : f;
            }
        }
        return Undefined.INSTANCE;
    }
}
