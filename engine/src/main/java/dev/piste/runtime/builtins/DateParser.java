package dev.piste.runtime.builtins;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.piste.runtime.builtins.DateMath.*;

/**
 * Date.parse: first the Date Time String Format (ISO 8601 subset, ECMA-262 21.4.1.32), where a
 * date-only form is UTC and a date-time without offset is local time; then a lenient fallback for
 * the forms toString and toUTCString produce and the usual English ones ("Jan 2, 2020 10:00 PM",
 * "1/2/2020", "2020/01/02", "Thu, 01 Jan 1970 00:00:00 GMT+0100 (CET)"), in the manner of V8's
 * legacy parser. Anything else is NaN.
 */
final class DateParser {
    private DateParser() {}

    private static final Pattern ISO = Pattern.compile(
        "([+-]\\d{6}|\\d{4})(?:-(\\d\\d)(?:-(\\d\\d))?)?(?:[T ](\\d\\d):(\\d\\d)(?::(\\d\\d)(?:[.,](\\d+))?)?([Zz]|[+-]\\d\\d:?\\d\\d)?)?");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    private static final String[] WEEKDAYS = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
    private static final Pattern TOKEN = Pattern.compile(
        "\\([^)]*\\)|[A-Za-z]+|\\d+:\\d+(?::\\d+(?:\\.\\d+)?)?|[+-]\\d\\d:?\\d\\d(?!\\d)|\\d+(?:[/-]\\d+)*|[,.\\s]+|.");

    static double parse(String s) {
        s = s.trim();
        Matcher m = ISO.matcher(s);
        if (m.matches()) return parseIso(m);
        return parseLegacy(s);
    }

    private static double parseIso(Matcher m) {
        String yearText = m.group(1);
        if (yearText.equals("-000000")) return Double.NaN;
        double year = Double.parseDouble(yearText);
        int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        if (month < 1 || month > 12 || day < 1 || day > 31) return Double.NaN;
        boolean hasTime = m.group(4) != null;
        int hour = hasTime ? Integer.parseInt(m.group(4)) : 0;
        int minute = hasTime ? Integer.parseInt(m.group(5)) : 0;
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        int ms = 0;
        if (m.group(7) != null) {
            String frac = (m.group(7) + "00").substring(0, 3);
            ms = Integer.parseInt(frac);
        }
        if (hour > 24 || minute > 59 || second > 59) return Double.NaN;
        if (hour == 24 && (minute != 0 || second != 0 || ms != 0)) return Double.NaN;
        double date = makeDate(makeDay(year, month - 1, day), makeTime(hour, minute, second, ms));
        String offset = m.group(8);
        if (offset == null) return timeClip(hasTime ? utc(date) : date);
        if (offset.equalsIgnoreCase("Z")) return timeClip(date);
        return timeClip(date - offsetMillis(offset));
    }

    private static double offsetMillis(String offset) {
        String digits = offset.substring(1).replace(":", "");
        int hh = Integer.parseInt(digits.substring(0, 2)), mm = Integer.parseInt(digits.substring(2, 4));
        double v = (hh * 60 + mm) * 60_000.0;
        return offset.charAt(0) == '-' ? -v : v;
    }

    private static double parseLegacy(String s) {
        Matcher m = TOKEN.matcher(s);
        double year = Double.NaN, day = Double.NaN, offset = Double.NaN;
        int month = -1, hour = 0, minute = 0, second = 0, ms = 0;
        int ampm = 0; // 0 none, 1 am, 2 pm
        boolean sawTime = false;
        int pos = 0;
        while (pos < s.length() && m.find(pos) && m.start() == pos) {
            String t = m.group();
            pos = m.end();
            char c = t.charAt(0);
            if (t.startsWith("(") || Character.isWhitespace(c) || c == ',' || c == '.') continue;
            if (Character.isLetter(c)) {
                String lower = t.toLowerCase(java.util.Locale.ROOT);
                if (lower.equals("am") || lower.equals("pm")) { ampm = lower.equals("am") ? 1 : 2; continue; }
                if (lower.equals("gmt") || lower.equals("utc") || lower.equals("ut") || lower.equals("z")) {
                    if (Double.isNaN(offset)) offset = 0;
                    continue;
                }
                if (lower.equals("t") && !sawTime) continue;
                int mi = prefixIndex(MONTHS, lower);
                if (mi >= 0 && month < 0) { month = mi; continue; }
                if (prefixIndex(WEEKDAYS, lower) >= 0) continue;
                return Double.NaN;
            }
            if ((c == '+' || c == '-') && t.length() > 1) {
                offset = offsetMillis(t.length() == 5 ? t : t.substring(0, 3) + t.substring(4));
                continue;
            }
            if (t.indexOf(':') >= 0) {
                String[] parts = t.split("[:.]");
                hour = Integer.parseInt(parts[0]);
                minute = Integer.parseInt(parts[1]);
                if (parts.length > 2) second = Integer.parseInt(parts[2]);
                if (parts.length > 3) ms = Integer.parseInt((parts[3] + "00").substring(0, 3));
                sawTime = true;
                continue;
            }
            if (Character.isDigit(c)) {
                if (t.indexOf('/') >= 0 || t.indexOf('-') >= 0) {
                    String[] parts = t.split("[/-]");
                    if (parts.length < 2 || parts.length > 3) return Double.NaN;
                    if (parts[0].length() >= 3) {
                        year = Double.parseDouble(parts[0]);
                        month = Integer.parseInt(parts[1]) - 1;
                        day = parts.length > 2 ? Integer.parseInt(parts[2]) : 1;
                    } else {
                        month = Integer.parseInt(parts[0]) - 1;
                        day = Integer.parseInt(parts[1]);
                        if (parts.length > 2) year = twoDigitYear(parts[2]);
                    }
                    continue;
                }
                double n = Double.parseDouble(t);
                if (Double.isNaN(day) && n >= 1 && n <= 31 && t.length() <= 2 && (month >= 0 || Double.isNaN(year))) day = n;
                else if (Double.isNaN(year)) year = twoDigitYear(t);
                else return Double.NaN;
                continue;
            }
            return Double.NaN;
        }
        if (pos < s.length() || Double.isNaN(year) || month < 0 || month > 11) return Double.NaN;
        if (Double.isNaN(day)) day = 1;
        if (ampm != 0) {
            if (hour > 12) return Double.NaN;
            if (hour == 12) hour = 0;
            if (ampm == 2) hour += 12;
        }
        if (hour > 24 || minute > 59 || second > 59 || day > 31) return Double.NaN;
        double date = makeDate(makeDay(year, month, day), makeTime(hour, minute, second, ms));
        return timeClip(Double.isNaN(offset) ? utc(date) : date - offset);
    }

    private static double twoDigitYear(String digits) {
        double y = Double.parseDouble(digits);
        if (digits.length() <= 2) return y < 50 ? 2000 + y : 1900 + y;
        return y;
    }

    private static int prefixIndex(String[] names, String word) {
        if (word.length() < 3) return -1;
        for (int i = 0; i < names.length; i++) if (word.startsWith(names[i])) return i;
        return -1;
    }
}
