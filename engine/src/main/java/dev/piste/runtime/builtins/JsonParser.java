package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsArray;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.NumberConversions;
import dev.piste.runtime.ops.Reflection;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.Null;

import java.util.ArrayList;
import java.util.List;

/**
 * JSON.parse's recursive-descent parser over the JSON grammar (ECMA-404). Its SyntaxError messages
 * are V8's (node 20), word for word, because programs and tests match on them: positioned messages
 * for a known expectation ("Expected ',' or ']' after array element in JSON at position 4"), and for
 * an unexpected character the source itself, cut to 10 characters either side when longer than 20.
 */
final class JsonParser {
    /** V8 shows the whole source up to this length, else a window of CONTEXT characters around the error. */
    private static final int SHORT_SOURCE = 20, CONTEXT = 10;

    private final Realm realm;
    private final String src;
    private int pos;

    JsonParser(Realm realm, String src) { this.realm = realm; this.src = src; }

    Object parse() {
        skipWhitespace();
        Object v = parseValue();
        skipWhitespace();
        if (pos < src.length()) throw error("Unexpected non-whitespace character after JSON at position " + pos);
        return v;
    }

    private static JsException error(String message) { return JsException.syntaxError(message); }

    /** The message for an unexpected character (or the end) where a value or literal was expected. */
    private JsException unexpected() {
        if (pos >= src.length()) return error("Unexpected end of JSON input");
        char c = src.charAt(pos);
        if (c == '"') return error("Unexpected string in JSON at position " + pos);
        if ((c >= '0' && c <= '9') || c == '-') return error("Unexpected number in JSON at position " + pos);
        if (src.equals("undefined") || src.equals("NaN") || src.equals("Infinity") || src.equals("[object Object]")) {
            return error("\"" + src + "\" is not valid JSON");
        }
        String token = "Unexpected token '" + c + "', ";
        int n = src.length();
        if (n <= SHORT_SOURCE) return error(token + "\"" + src + "\" is not valid JSON");
        if (pos < CONTEXT) return error(token + "\"" + src.substring(0, pos + CONTEXT) + "\"... is not valid JSON");
        if (pos < n - CONTEXT) return error(token + "...\"" + src.substring(pos - CONTEXT, pos + CONTEXT) + "\"... is not valid JSON");
        return error(token + "...\"" + src.substring(pos - CONTEXT) + "\" is not valid JSON");
    }

    private void skipWhitespace() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') pos++;
            else break;
        }
    }

    private char peek() { return pos < src.length() ? src.charAt(pos) : 0; }

    private Object parseValue() {
        if (pos >= src.length()) throw unexpected();
        char c = src.charAt(pos);
        switch (c) {
            case '{': return parseObject();
            case '[': return parseArray();
            case '"': return parseString();
            case 't': literal("true"); return Boolean.TRUE;
            case 'f': literal("false"); return Boolean.FALSE;
            case 'n': literal("null"); return Null.INSTANCE;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) return parseNumber();
                throw unexpected();
        }
    }

    private void literal(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (pos >= src.length() || src.charAt(pos) != word.charAt(i)) throw unexpected();
            pos++;
        }
    }

    private Object parseNumber() {
        int start = pos;
        if (peek() == '-') {
            pos++;
            if (!isDigit(peek())) throw error("No number after minus sign in JSON at position " + pos);
        }
        if (peek() == '0') {
            pos++;
            if (isDigit(peek())) throw error("Unexpected number in JSON at position " + pos);
        } else {
            while (isDigit(peek())) pos++;
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) throw error("Unterminated fractional number in JSON at position " + pos);
            while (isDigit(peek())) pos++;
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') pos++;
            if (!isDigit(peek())) throw error("Exponent part is missing a number in JSON at position " + pos);
            while (isDigit(peek())) pos++;
        }
        return NumberConversions.box(Double.parseDouble(src.substring(start, pos)));
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    private String parseString() {
        pos++; // opening quote
        StringBuilder sb = null;
        int runStart = pos;
        while (true) {
            if (pos >= src.length()) throw error("Unterminated string in JSON at position " + pos);
            char c = src.charAt(pos);
            if (c == '"') {
                String s = sb == null ? src.substring(runStart, pos) : sb.append(src, runStart, pos).toString();
                pos++;
                return s;
            }
            if (c < 0x20) throw error("Bad control character in string literal in JSON at position " + pos);
            if (c != '\\') { pos++; continue; }
            if (sb == null) sb = new StringBuilder();
            sb.append(src, runStart, pos);
            pos++;
            if (pos >= src.length()) throw error("Unexpected end of JSON input");
            char e = src.charAt(pos);
            switch (e) {
                case '"' -> sb.append('"');
                case '\\' -> sb.append('\\');
                case '/' -> sb.append('/');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    int v = 0;
                    for (int i = 1; i <= 4; i++) {
                        int d = pos + i < src.length() ? Character.digit(src.charAt(pos + i), 16) : -1;
                        if (d < 0) {
                            throw error("Bad Unicode escape in JSON at position " + (pos + i));
                        }
                        v = v * 16 + d;
                    }
                    sb.append((char) v);
                    pos += 4;
                }
                default -> throw error("Bad escaped character in JSON at position " + pos);
            }
            pos++;
            runStart = pos;
        }
    }

    private JsObject parseArray() {
        pos++;
        List<Object> values = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') { pos++; return new JsArray(realm.arrayPrototype, new Object[0]); }
        while (true) {
            skipWhitespace();
            values.add(parseValue());
            skipWhitespace();
            if (peek() == ',') { pos++; continue; }
            if (peek() == ']') { pos++; break; }
            throw error("Expected ',' or ']' after array element in JSON at position " + pos);
        }
        return new JsArray(realm.arrayPrototype, values.toArray());
    }

    private JsObject parseObject() {
        pos++;
        JsObject o = new JsObject(realm.objectPrototype);
        skipWhitespace();
        if (peek() == '}') { pos++; return o; }
        boolean afterComma = false;
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error((afterComma ? "Expected double-quoted property name" : "Expected property name or '}'") + " in JSON at position " + pos);
            }
            String key = parseString();
            skipWhitespace();
            if (peek() != ':') {
                throw error("Expected ':' after property name in JSON at position " + pos);
            }
            pos++;
            skipWhitespace();
            Object value = parseValue();
            Reflection.createDataProperty(o, key, value);
            skipWhitespace();
            if (peek() == ',') { pos++; afterComma = true; continue; }
            if (peek() == '}') { pos++; break; }
            throw error("Expected ',' or '}' after property value in JSON at position " + pos);
        }
        return o;
    }
}
