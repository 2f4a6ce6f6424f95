package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.ops.ErrorType;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.realm.Realm;

import java.nio.charset.StandardCharsets;

import static dev.piste.runtime.builtins.BuiltinHelper.arg;
import static dev.piste.runtime.builtins.BuiltinHelper.method;

/** Global functions: the URI coders, indirect eval and {@code print}. (parseInt and friends live with Number.) */
public final class GlobalBuiltins {
    private GlobalBuiltins() {}

    private static final String URI_RESERVED = ";/?:@&=+$,";
    private static final String URI_MARKS = "-_.!~*'()";

    public static void install(Realm realm) {
        JsObject global = realm.globalObject;
        method(realm, global, "encodeURI", 1, (self, args, nt) -> encode(JsOps.toString(arg(args, 0)), URI_RESERVED + URI_MARKS + "#"));
        method(realm, global, "encodeURIComponent", 1, (self, args, nt) -> encode(JsOps.toString(arg(args, 0)), URI_MARKS));
        method(realm, global, "decodeURI", 1, (self, args, nt) -> decode(JsOps.toString(arg(args, 0)), URI_RESERVED + "#"));
        method(realm, global, "decodeURIComponent", 1, (self, args, nt) -> decode(JsOps.toString(arg(args, 0)), ""));
        method(realm, global, "eval", 1, (self, args, nt) -> {
            Object source = arg(args, 0);
            if (!(source instanceof CharSequence cs)) return source;
            return realm.compiler.evalScript(cs.toString());
        });
        method(realm, global, "btoa", 1, (self, args, nt) -> btoa(realm, JsOps.toString(requiredInput(args))));
        method(realm, global, "atob", 1, (self, args, nt) -> atob(realm, JsOps.toString(requiredInput(args))));
        // print(...) is console.log(...) looked up at call time, so a replaced console.log is honoured.
        method(realm, global, "print", 0, (self, args, nt) -> {
            Object console = global.get("console", global);
            return JsOps.call(JsOps.getProperty(realm, console, "log"), console, args);
        });
    }

    private static Object requiredInput(Object[] args) {
        if (args.length == 0) throw JsException.typeError("The \"input\" argument must be specified");
        return args[0];
    }

    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /** btoa: the string's code units as Latin-1 bytes, in base64; a code unit above 0xFF is an error. */
    static String btoa(Realm realm, String s) {
        byte[] bytes = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0xFF) throw ErrorBuiltins.domException(realm, "InvalidCharacterError", "Invalid character");
            bytes[i] = (byte) c;
        }
        return java.util.Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * atob: WHATWG forgiving-base64 decode (ASCII whitespace ignored, up to two trailing '=' when the
     * length is a multiple of four), each byte becoming one Latin-1 code unit.
     */
    static String atob(Realm realm, String s) {
        int significant = 0, equals = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r') continue;
            significant++;
            if (c == '=') equals++;
            else if (equals > 0 || BASE64.indexOf(c) < 0) throw invalidCharacter(realm);
            if (equals > 2) throw invalidCharacter(realm);
        }
        int remainder = significant % 4;
        if (remainder == 0) remainder = (significant - equals) % 4;
        else if (equals > 0) throw invalidCharacter(realm);
        if (remainder == 1) throw ErrorBuiltins.domException(realm, "InvalidCharacterError", "The string to be decoded is not correctly encoded.");
        StringBuilder out = new StringBuilder(significant * 3 / 4);
        int bits = 0, count = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = BASE64.indexOf(s.charAt(i));
            if (v < 0) continue;
            bits = (bits << 6) | v;
            count += 6;
            if (count >= 8) {
                count -= 8;
                out.append((char) ((bits >> count) & 0xFF));
            }
        }
        return out.toString();
    }

    private static JsException invalidCharacter(Realm realm) {
        return ErrorBuiltins.domException(realm, "InvalidCharacterError", "Invalid character");
    }

    private static JsException uriError() { return new JsException(ErrorType.URI_ERROR, "URI malformed"); }

    private static boolean isUnreservedAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Encode: code units in the unescaped set stay, everything else becomes %XX of its UTF-8 bytes. */
    static String encode(String s, String extraUnescaped) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isUnreservedAlnum(c) || extraUnescaped.indexOf(c) >= 0) { sb.append(c); continue; }
            int cp;
            if (Character.isLowSurrogate(c)) throw uriError();
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) throw uriError();
                cp = Character.toCodePoint(c, s.charAt(++i));
            } else {
                cp = c;
            }
            for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16))).append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return sb.toString();
    }

    private static int hexByte(String s, int at) {
        if (at + 2 >= s.length()) throw uriError();
        if (s.charAt(at) != '%') throw uriError();
        int hi = Character.digit(s.charAt(at + 1), 16), lo = Character.digit(s.charAt(at + 2), 16);
        if (hi < 0 || lo < 0) throw uriError();
        return (hi << 4) | lo;
    }

    /** Decode: %XX sequences forming valid UTF-8 become characters, except those in {@code reserved}. */
    static String decode(String s, String reserved) {
        StringBuilder sb = new StringBuilder(s.length());
        int n = s.length();
        for (int k = 0; k < n; k++) {
            char c = s.charAt(k);
            if (c != '%') { sb.append(c); continue; }
            int start = k;
            if (k + 2 >= n) throw uriError();
            int b = hexByte(s, k);
            k += 2;
            if ((b & 0x80) == 0) {
                char ch = (char) b;
                if (reserved.indexOf(ch) >= 0) sb.append(s, start, k + 1);
                else sb.append(ch);
                continue;
            }
            int count, cp;
            if ((b & 0xE0) == 0xC0) { count = 2; cp = b & 0x1F; }
            else if ((b & 0xF0) == 0xE0) { count = 3; cp = b & 0x0F; }
            else if ((b & 0xF8) == 0xF0) { count = 4; cp = b & 0x07; }
            else throw uriError();
            if (k + 3 * (count - 1) >= n) throw uriError();
            for (int j = 1; j < count; j++) {
                k++;
                int cont = hexByte(s, k);
                if ((cont & 0xC0) != 0x80) throw uriError();
                cp = (cp << 6) | (cont & 0x3F);
                k += 2;
            }
            int min = count == 2 ? 0x80 : count == 3 ? 0x800 : 0x10000;
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) throw uriError();
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }
}
