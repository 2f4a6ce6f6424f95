package dev.piste.runtime.builtins;

import dev.piste.runtime.ops.JsException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Translates an ECMAScript pattern into a java.util.regex pattern with the same meaning, parsing the
 * JavaScript syntax itself (with the Annex B extensions in non-u mode) and emitting only Java
 * constructs whose meaning does not depend on Java's own flags or defaults.
 *
 * <p>Requirements for anyone extending it:
 * <ol>
 * <li>Every literal character is emitted as {@code \x{HEX}} unless it is an ASCII letter or digit, so
 *     no JavaScript character can turn into Java syntax (Java gives meaning to {@code &&}, nested
 *     {@code [}, {@code \v}, {@code \h}, possessive {@code *+} …).</li>
 * <li>Character classes are spelled out: {@code \d \w \s} and {@code .} become explicit sets, because
 *     Java's {@code \s} and line terminators differ from JavaScript's. {@code ^ $} become lookarounds
 *     on the JavaScript line terminators (Java's {@code $} also matches before a final newline).</li>
 * <li>Named groups become plain numbered groups; the names live in {@link Result#groupNames}. Java's
 *     group-name syntax is narrower than JavaScript's ($, _ and non-ASCII are allowed in JS).</li>
 * <li>The matcher must run with transparent, non-anchoring bounds, so lookbehind and {@code \b} see
 *     text before lastIndex and {@code ^} does not match at lastIndex.</li>
 * <li>Anything that cannot be expressed must be a SyntaxError, never a silently different match.</li>
 * </ol>
 *
 * <p>Known differences, accepted and documented rather than emulated:
 * <ul>
 * <li>Java always reads the subject string by code point, so without the u flag a surrogate pair in
 *     the input is still one character to {@code .} and to classes (JavaScript sees two code units).</li>
 * <li>A backreference to a group that has not participated: JavaScript matches the empty string, Java
 *     fails. References to a group that is not yet closed (forward and self references, the common
 *     case) are translated to the empty match; a reference into another alternative is not.</li>
 * <li>Captures inside a quantified group are not reset at each iteration as JavaScript requires.</li>
 * <li>Case-insensitive matching uses Java's Unicode simple case folding (close to, but not exactly,
 *     JavaScript's Canonicalize for non-u patterns).</li>
 * <li>Java's lookbehind needs a bounded length; an unbounded one is a SyntaxError here.</li>
 * <li>The v flag (unicodeSets) is rejected with a SyntaxError.</li>
 * </ul>
 */
final class RegExpTranslator {
    /** The translation: the compiled pattern, its capture count and names (index 0 unused, null = unnamed). */
    record Result(Pattern pattern, int groupCount, String[] groupNames, boolean hasNamedGroups) {}

    private static final String LINE_TERMINATORS = "\\n\\r\\x{2028}\\x{2029}";
    /**
     * JavaScript's WhiteSpace and LineTerminator: tab, LF, VT, FF, CR, U+FEFF, the space separators (Zs)
     * and U+2028/U+2029 (Zl, Zp), which together are Java's javaSpaceChar. One property test instead of
     * a chain of single characters and ranges: matching \s runs three times faster.
     */
    private static final String WHITESPACE = "\\t\\n\\x{B}\\f\\r\\x{FEFF}\\p{javaSpaceChar}";
    private static final String WORD = "a-zA-Z0-9_";

    private final String source;
    private final String flags;
    private final boolean unicode, ignoreCase, multiline, dotAll;
    private final StringBuilder out = new StringBuilder();
    private int pos;
    private int groupCount;
    private final List<String> names = new ArrayList<>();
    private boolean hasNamedGroups;
    private int groupsOpened;
    private final java.util.BitSet closedGroups = new java.util.BitSet();

    private RegExpTranslator(String source, String flags) {
        this.source = source;
        this.flags = flags;
        this.unicode = flags.indexOf('u') >= 0;
        this.ignoreCase = flags.indexOf('i') >= 0;
        this.multiline = flags.indexOf('m') >= 0;
        this.dotAll = flags.indexOf('s') >= 0;
    }

    static Result translate(String source, String flags) {
        RegExpTranslator t = new RegExpTranslator(source, flags);
        t.scanGroups();
        t.names.add(0, null);
        t.disjunction();
        if (t.pos < source.length()) throw t.error(source.charAt(t.pos) == ')' ? "Unmatched ')'" : "Unexpected character");
        int javaFlags = t.ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        try {
            Pattern p = Pattern.compile(t.out.toString(), javaFlags);
            return new Result(p, t.groupCount, t.names.toArray(new String[0]), t.hasNamedGroups);
        } catch (PatternSyntaxException | StackOverflowError e) {
            String why = e instanceof PatternSyntaxException pse ? pse.getDescription() : "Pattern too complex";
            throw t.error("Unsupported by Piste (" + why + ")");
        }
    }

    JsException error(String message) {
        return JsException.syntaxError("Invalid regular expression: /" + source + "/" + flags + ": " + message);
    }

    /** Counts capturing groups and collects names before translating, so \N and \k<name> can be resolved forward. */
    private void scanGroups() {
        boolean inClass = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') { i++; continue; }
            if (inClass) { if (c == ']') inClass = false; continue; }
            if (c == '[') { inClass = true; continue; }
            if (c != '(') continue;
            if (i + 1 < source.length() && source.charAt(i + 1) == '?') {
                if (i + 2 < source.length() && source.charAt(i + 2) == '<' && i + 3 < source.length()
                        && source.charAt(i + 3) != '=' && source.charAt(i + 3) != '!') {
                    int end = source.indexOf('>', i + 3);
                    if (end < 0) continue;
                    String name = source.substring(i + 3, end);
                    groupCount++;
                    if (names.contains(name)) throw error("Duplicate capture group name");
                    while (names.size() < groupCount - 1) names.add(null);
                    names.add(name);
                    hasNamedGroups = true;
                }
                continue;
            }
            groupCount++;
        }
        while (names.size() < groupCount) names.add(null);
    }

    private boolean more() { return pos < source.length(); }
    private int peek() { return pos < source.length() ? source.codePointAt(pos) : -1; }
    private boolean lookingAt(String s) { return source.startsWith(s, pos); }

    private void disjunction() {
        alternative();
        while (more() && source.charAt(pos) == '|') {
            pos++;
            out.append('|');
            alternative();
        }
    }

    private void alternative() {
        previousTermWordOnly = false;
        while (more()) {
            char c = source.charAt(pos);
            if (c == '|' || c == ')') return;
            int start = pos;
            term();
            previousTermWordOnly = wordOnlyAtomEnd(start) == pos;
        }
    }

    /** Whether the term just translated always ends with a word character (see {@link #wordOnlyAtomEnd}). */
    private boolean previousTermWordOnly;

    /**
     * Where an atom that matches only word characters ([A-Za-z0-9_]), at least once, ends (after its
     * quantifier) when one starts at i: a word character, \d, \w, or a class of only those (no
     * negation); with no quantifier, +, or {n...} with n at least 1. Else -1.
     */
    private int wordOnlyAtomEnd(int i) {
        int n = source.length();
        if (i >= n) return -1;
        char c = source.charAt(i);
        int j;
        if (isWordChar(c)) {
            j = i + 1;
        } else if (c == '\\' && i + 1 < n && (source.charAt(i + 1) == 'd' || source.charAt(i + 1) == 'w')) {
            j = i + 2;
        } else if (c == '[') {
            int k = i + 1;
            if (k >= n || source.charAt(k) == ']' || source.charAt(k) == '^') return -1;
            while (k < n && source.charAt(k) != ']') {
                char e = source.charAt(k);
                if (e == '\\' && k + 1 < n && (source.charAt(k + 1) == 'd' || source.charAt(k + 1) == 'w')) { k += 2; continue; }
                if (!isWordChar(e)) return -1;
                if (k + 2 < n && source.charAt(k + 1) == '-' && source.charAt(k + 2) != ']') {
                    char hi = source.charAt(k + 2);
                    boolean sameRun = e <= hi && (e >= 'a' && hi <= 'z' || e >= 'A' && hi <= 'Z' || e >= '0' && hi <= '9');
                    if (!sameRun) return -1;
                    k += 3;
                } else {
                    k++;
                }
            }
            if (k >= n) return -1;
            j = k + 1;
        } else {
            return -1;
        }
        return quantifiedEnd(j);
    }

    /** After an atom ending at j: where its quantifier ends (j with none), or -1 when the quantifier allows no repetition at all. */
    private int quantifiedEnd(int j) {
        int n = source.length();
        if (j >= n) return j;
        char q = source.charAt(j);
        if (q == '*' || q == '?') return -1;
        if (q == '+') return j + 1 < n && source.charAt(j + 1) == '?' ? j + 2 : j + 1;
        if (q == '{') {
            int save = pos;
            pos = j;
            int len = quantifierLength();
            pos = save;
            if (len == 0) return j;
            int k = j + 1;
            while (source.charAt(k) == '0' && Character.isDigit(source.charAt(k + 1))) k++;
            if (source.charAt(k) == '0') return -1;
            int end = j + len;
            return end < n && source.charAt(end) == '?' ? end + 1 : end;
        }
        return j;
    }

    /**
     * Whether whatever the term at i matches starts with a word character: a word-only atom (see
     * {@link #wordOnlyAtomEnd}), or a group without alternatives at its top level, repeated at least
     * once, whose first term does.
     */
    private boolean startsWithWordChar(int i) {
        if (wordOnlyAtomEnd(i) >= 0) return true;
        if (i >= source.length() || source.charAt(i) != '(') return false;
        int inner = i + 1;
        if (source.startsWith("?:", inner)) {
            inner += 2;
        } else if (source.startsWith("?<", inner) && !source.startsWith("?<=", inner) && !source.startsWith("?<!", inner)) {
            inner = source.indexOf('>', inner) + 1;
            if (inner <= 0) return false;
        } else if (source.startsWith("?", inner)) {
            return false;
        }
        int close = singleAlternativeGroupEnd(inner);
        return close >= 0 && quantifiedEnd(close + 1) >= 0 && startsWithWordChar(inner);
    }

    /** The ')' closing the group whose body starts at i, or -1 when the body has a top-level '|' (or no end). */
    private int singleAlternativeGroupEnd(int i) {
        int depth = 0;
        boolean inClass = false;
        for (int k = i; k < source.length(); k++) {
            char c = source.charAt(k);
            if (c == '\\') { k++; continue; }
            if (inClass) { if (c == ']') inClass = false; continue; }
            switch (c) {
                case '[' -> inClass = true;
                case '(' -> depth++;
                case ')' -> { if (depth == 0) return k; depth--; }
                case '|' -> { if (depth == 0) return -1; }
                default -> { }
            }
        }
        return -1;
    }

    private static boolean isWordChar(char c) { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'; }

    /** One term: an assertion, or an atom with an optional quantifier. */
    private void term() {
        char c = source.charAt(pos);
        int atomStart = out.length();
        boolean quantifiable = true;
        switch (c) {
            case '^' -> {
                pos++;
                out.append(multiline ? "(?:\\A|(?<=[" + LINE_TERMINATORS + "]))" : "\\A");
                quantifiable = false;
            }
            case '$' -> {
                pos++;
                out.append(multiline ? "(?=[" + LINE_TERMINATORS + "]|\\z)" : "\\z");
                quantifiable = false;
            }
            case '(' -> quantifiable = group();
            case '.' -> {
                pos++;
                out.append(dotAll ? "[\\x{0}-\\x{10FFFF}]" : "[^" + LINE_TERMINATORS + "]");
            }
            case '[' -> characterClass();
            case '\\' -> quantifiable = atomEscape();
            case '*', '+', '?' -> throw error("Nothing to repeat");
            case '{' -> {
                if (unicode || quantifierLength() > 0) throw error(unicode ? "Lone quantifier brackets" : "Nothing to repeat");
                pos++;
                literal('{');
            }
            case '}', ']' -> {
                if (unicode) throw error("Lone quantifier brackets");
                pos++;
                literal(c);
            }
            default -> {
                int cp = source.codePointAt(pos);
                pos += Character.charCount(cp);
                literal(cp);
            }
        }
        if (!more()) return;
        char q = source.charAt(pos);
        boolean isQuantifier = q == '*' || q == '+' || q == '?' || (q == '{' && quantifierLength() > 0);
        if (!isQuantifier) return;
        if (!quantifiable) throw error(c == '(' ? "Invalid quantifier" : "Nothing to repeat");
        // Wrap the atom so the quantifier applies to all of it (a literal may be several Java tokens).
        out.insert(atomStart, "(?:").append(')');
        quantifier();
    }

    /** Length of a {n}, {n,}, {n,m} quantifier at pos, or 0 when the brace is not one. */
    private int quantifierLength() {
        int i = pos + 1;
        int digitsStart = i;
        while (i < source.length() && Character.isDigit(source.charAt(i))) i++;
        if (i == digitsStart) return 0;
        if (i < source.length() && source.charAt(i) == ',') {
            i++;
            while (i < source.length() && Character.isDigit(source.charAt(i))) i++;
        }
        if (i < source.length() && source.charAt(i) == '}') return i + 1 - pos;
        return 0;
    }

    private void quantifier() {
        char q = source.charAt(pos);
        if (q == '{') {
            int len = quantifierLength();
            String body = source.substring(pos + 1, pos + len - 1);
            pos += len;
            String[] parts = body.split(",", -1);
            long min = parseBound(parts[0]);
            long max = parts.length == 1 ? min : parts[1].isEmpty() ? -1 : parseBound(parts[1]);
            if (max >= 0 && max < min) throw error("numbers out of order in {} quantifier");
            // Java caps repetition counts; larger bounds mean "unbounded" in practice for JS strings.
            long cap = Integer.MAX_VALUE - 1;
            out.append('{').append(Math.min(min, cap));
            if (parts.length > 1) out.append(',');
            if (parts.length > 1 && max >= 0) out.append(Math.min(max, cap));
            out.append('}');
        } else {
            pos++;
            out.append(q);
        }
        if (more() && source.charAt(pos) == '?') { pos++; out.append('?'); }
        if (more()) {
            char next = source.charAt(pos);
            if (next == '*' || next == '+' || next == '?' || (next == '{' && quantifierLength() > 0)) throw error("Nothing to repeat");
        }
    }

    private static long parseBound(String digits) {
        return digits.length() > 10 ? Long.MAX_VALUE / 2 : Long.parseLong(digits);
    }

    /** Parses a group; returns whether a quantifier may follow. */
    private boolean group() {
        pos++;
        if (lookingAt("?:")) {
            pos += 2;
            out.append("(?:");
            closeGroup(-1);
            return true;
        }
        if (lookingAt("?=") || lookingAt("?!")) {
            out.append('(').append(source, pos, pos + 2);
            pos += 2;
            closeGroup(-1);
            return !unicode;
        }
        if (lookingAt("?<=") || lookingAt("?<!")) {
            out.append('(').append(source, pos, pos + 3);
            pos += 3;
            closeGroup(-1);
            return false;
        }
        if (lookingAt("?<")) {
            int end = source.indexOf('>', pos);
            String name = end < 0 ? "" : source.substring(pos + 2, end);
            if (end < 0 || !isGroupName(name)) throw error("Invalid capture group name");
            pos = end + 1;
        } else if (lookingAt("?")) {
            throw error("Invalid group");
        }
        int number = ++groupsOpened;
        out.append('(');
        closeGroup(number);
        return true;
    }

    private void closeGroup(int number) {
        disjunction();
        if (!more() || source.charAt(pos) != ')') throw error("Unterminated group");
        pos++;
        out.append(')');
        if (number > 0) closedGroups.set(number);
    }

    private static boolean isGroupName(String name) {
        if (name.isEmpty()) return false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            boolean ok = i == 0 ? Character.isUnicodeIdentifierStart(cp) || cp == '$' || cp == '_'
                : Character.isUnicodeIdentifierPart(cp) || cp == '$' || cp == 0x200C || cp == 0x200D;
            if (!ok) return false;
            i += Character.charCount(cp);
        }
        return true;
    }

    /** An escape outside a class; returns whether a quantifier may follow. */
    private boolean atomEscape() {
        pos++;
        if (!more()) throw error("\\ at end of pattern");
        char c = source.charAt(pos);
        switch (c) {
            case 'b', 'B' -> {
                pos++;
                String word = unicode && ignoreCase ? "[" + WORD + "]" : "(?-i:[" + WORD + "])";
                if (!ignoreCase && previousTermWordOnly) {
                    // After a word character: a boundary exactly where no word character follows.
                    out.append(c == 'b' ? "(?!" + word + ")" : "(?=" + word + ")");
                } else if (!ignoreCase && startsWithWordChar(pos)) {
                    // Before a word character: a boundary exactly where none precedes.
                    out.append(c == 'b' ? "(?<!" + word + ")" : "(?<=" + word + ")");
                } else {
                    String boundary = "(?:(?<=" + word + ")(?!" + word + ")|(?<!" + word + ")(?=" + word + "))";
                    out.append(c == 'b' ? boundary : "(?!" + boundary + ")");
                }
                return false;
            }
            case 'k' -> {
                if (unicode || hasNamedGroups) {
                    int end = source.indexOf('>', pos);
                    if (!lookingAt("k<") || end < 0) throw error("Invalid named reference");
                    String name = source.substring(pos + 2, end);
                    int number = names.indexOf(name);
                    if (number < 0) throw error("Invalid named capture referenced");
                    pos = end + 1;
                    backreference(number);
                    return true;
                }
            }
            default -> {
                if (c >= '1' && c <= '9') {
                    int start = pos;
                    while (more() && Character.isDigit(source.charAt(pos))) pos++;
                    String digits = source.substring(start, pos);
                    long n = digits.length() > 9 ? Long.MAX_VALUE : Long.parseLong(digits);
                    if (n <= groupCount) { backreference((int) n); return true; }
                    if (unicode) throw error("Invalid escape");
                    pos = start;
                    // Annex B: not a reference, so a legacy octal escape, or \8 \9 as themselves.
                }
            }
        }
        String set = classEscape();
        if (set != null) { out.append('[').append(set).append(']'); return true; }
        literal(characterEscape(false));
        return true;
    }

    private void backreference(int number) {
        // A group not yet closed has not captured at this point: JavaScript matches empty there.
        out.append(closedGroups.get(number) ? "(?:\\" + number + ")" : "(?:)");
    }

    /** \d \D \s \S \w \W and \p{..} \P{..} (u mode) at pos (after the backslash): a Java class body, or null. */
    private String classEscape() {
        char c = source.charAt(pos);
        switch (c) {
            case 'd': pos++; return "0-9";
            case 'D': pos++; return "^0-9";
            case 's': pos++; return WHITESPACE;
            case 'S': pos++; return "^" + WHITESPACE;
            case 'w': pos++; return WORD;
            case 'W': pos++; return "^" + WORD;
            case 'p': case 'P':
                if (!unicode) return null;
                pos++;
                if (!more() || source.charAt(pos) != '{') throw error("Invalid property name");
                int end = source.indexOf('}', pos);
                if (end < 0) throw error("Invalid property name");
                String prop = UnicodeProperties.toJava(source.substring(pos + 1, end));
                if (prop == null) throw error("Invalid property name");
                pos = end + 1;
                return c == 'p' ? prop : "^" + prop;
            default: return null;
        }
    }

    /** A CharacterEscape (or Annex B identity/octal escape) at pos, after the backslash: its code point. */
    private int characterEscape(boolean inClass) {
        char c = source.charAt(pos++);
        switch (c) {
            case 't': return '\t';
            case 'n': return '\n';
            case 'v': return 0x0B;
            case 'f': return '\f';
            case 'r': return '\r';
            case 'c': {
                if (more()) {
                    char letter = source.charAt(pos);
                    if ((letter >= 'a' && letter <= 'z') || (letter >= 'A' && letter <= 'Z')
                            || (inClass && !unicode && (Character.isDigit(letter) || letter == '_'))) {
                        pos++;
                        return letter % 32;
                    }
                }
                if (unicode) throw error("Invalid Unicode escape");
                pos--; // Annex B: "\c" not followed by a letter is a backslash, and then 'c' as itself
                return '\\';
            }
            case '0': {
                if (!more() || !Character.isDigit(source.charAt(pos))) return 0;
                if (unicode) throw error("Invalid decimal escape");
                pos--;
                return legacyOctal();
            }
            case 'x': {
                int v = hex(pos, 2);
                if (v >= 0) { pos += 2; return v; }
                if (unicode) throw error("Invalid escape");
                return 'x';
            }
            case 'u': {
                int v = unicodeEscape(unicode || !inClass);
                if (v >= 0) return v;
                if (unicode) throw error("Invalid Unicode escape");
                return 'u';
            }
            default: {
                if (c >= '1' && c <= '7' && !unicode) { pos--; return legacyOctal(); }
                if ("^$\\.*+?()[]{}|/".indexOf(c) >= 0) return c;
                if (c == '-' && inClass) return c;
                if (unicode) throw error("Invalid escape");
                pos--;
                int cp = source.codePointAt(pos);
                pos += Character.charCount(cp);
                return cp;
            }
        }
    }

    private int legacyOctal() {
        int v = 0;
        int start = pos;
        while (more() && pos - start < 3 && source.charAt(pos) >= '0' && source.charAt(pos) <= '7') {
            int next = v * 8 + (source.charAt(pos) - '0');
            if (next > 0377) break;
            v = next;
            pos++;
        }
        if (pos == start) { pos++; return source.charAt(start); } // \8 and \9 are themselves
        return v;
    }

    /**
     * \\uXXXX or, with u, \\u{X...}; pos is after the 'u'. -1 if malformed. A following \\uXXXX low
     * surrogate is joined into one code point when joinPairs (always with u; outside classes without
     * u, where the two code units in sequence match the same text as the pair). Inside a non-u class
     * each escape is its own class member, as in JavaScript.
     */
    private int unicodeEscape(boolean joinPairs) {
        if (unicode && more() && source.charAt(pos) == '{') {
            int end = source.indexOf('}', pos);
            if (end < 0 || end == pos + 1) return -1;
            int v = 0;
            for (int i = pos + 1; i < end; i++) {
                int d = Character.digit(source.charAt(i), 16);
                if (d < 0) return -1;
                v = v * 16 + d;
                if (v > 0x10FFFF) throw error("Invalid Unicode escape");
            }
            pos = end + 1;
            return v;
        }
        int v = hex(pos, 4);
        if (v < 0) return -1;
        pos += 4;
        if (joinPairs && Character.isHighSurrogate((char) v) && lookingAt("\\u")) {
            int low = hex(pos + 2, 4);
            if (low >= 0 && Character.isLowSurrogate((char) low)) {
                pos += 6;
                return Character.toCodePoint((char) v, (char) low);
            }
        }
        return v;
    }

    private int hex(int at, int digits) {
        if (at + digits > source.length()) return -1;
        int v = 0;
        for (int i = at; i < at + digits; i++) {
            int d = Character.digit(source.charAt(i), 16);
            if (d < 0 || source.charAt(i) > 'f') return -1;
            v = v * 16 + d;
        }
        return v;
    }

    private void literal(int cp) { out.append(literalText(cp)); }

    private static String literalText(int cp) {
        if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')) return String.valueOf((char) cp);
        return "\\x{" + Integer.toHexString(cp) + "}";
    }

    // ---- Character classes ----

    private void characterClass() {
        pos++;
        boolean negated = more() && source.charAt(pos) == '^';
        if (negated) pos++;
        StringBuilder body = new StringBuilder();
        boolean empty = true;
        while (true) {
            if (!more()) throw error("Unterminated character class");
            if (source.charAt(pos) == ']') { pos++; break; }
            empty = false;
            Object first = classAtom();
            if (more() && source.charAt(pos) == '-' && pos + 1 < source.length() && source.charAt(pos + 1) != ']') {
                pos++;
                Object second = classAtom();
                if (first instanceof Integer a && second instanceof Integer b) {
                    if (a > b) throw error("Range out of order in character class");
                    body.append(literalText(a)).append('-').append(literalText(b));
                    continue;
                }
                if (unicode) throw error("Invalid character class");
                // Annex B: a class escape at either end makes the '-' literal.
                appendClassAtom(body, first);
                body.append(literalText('-'));
                appendClassAtom(body, second);
                continue;
            }
            appendClassAtom(body, first);
        }
        if (empty) { out.append(negated ? "[\\x{0}-\\x{10FFFF}]" : "(?!)"); return; }
        out.append('[').append(negated ? "^" : "").append(body).append(']');
    }

    private static void appendClassAtom(StringBuilder body, Object atom) {
        if (atom instanceof Integer cp) body.append(literalText(cp));
        else body.append('[').append((String) atom).append(']');
    }

    /** A class atom: an Integer code point, or a String Java class body for class escapes. */
    private Object classAtom() {
        char c = source.charAt(pos);
        if (c != '\\') {
            int cp = source.codePointAt(pos);
            pos += Character.charCount(cp);
            return cp;
        }
        pos++;
        if (!more()) throw error("\\ at end of pattern");
        char e = source.charAt(pos);
        if (e == 'b') { pos++; return 8; }
        if (unicode && e == '-') { pos++; return (int) '-'; }
        if (!unicode && e >= '1' && e <= '9') { return legacyOctal(); }
        if (!unicode && (e == 'k' || e == 'B')) { pos++; return (int) e; }
        String set = classEscape();
        if (set != null) return set;
        return characterEscape(true);
    }
}
