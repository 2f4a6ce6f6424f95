package dev.piste.runtime.builtins;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;

/**
 * The specification's time-value arithmetic (ECMA-262 21.4.1): a time value is milliseconds since
 * 1970-01-01T00:00:00Z as a double, NaN for an invalid date, and never beyond ±8.64e15 after TimeClip.
 * Days, years and months are computed with the proleptic Gregorian calendar exactly as the spec's
 * Day/YearFromTime/MonthFromTime do, on doubles, so out-of-range inputs (setMonth(13), day 0, negative
 * years) overflow into neighbouring fields the way JavaScript requires.
 *
 * <p>The local time zone is the JVM's default zone (java.time.ZoneId.systemDefault(), which honours
 * the TZ environment variable); its rules give LocalTZA both from UTC and from local time.
 */
final class DateMath {
    private DateMath() {}

    static final double MS_PER_DAY = 86_400_000;
    static final double MAX_TIME = 8.64e15;
    private static final int[] CUMULATIVE_DAYS = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

    static double day(double t) { return Math.floor(t / MS_PER_DAY); }

    static double timeWithinDay(double t) { return mod(t, MS_PER_DAY); }

    static double mod(double a, double b) {
        double r = a % b;
        return r < 0 ? r + b : r;
    }

    static double dayFromYear(double y) {
        return 365 * (y - 1970) + Math.floor((y - 1969) / 4) - Math.floor((y - 1901) / 100) + Math.floor((y - 1601) / 400);
    }

    static boolean isLeapYear(double y) {
        return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    }

    static double yearFromTime(double t) {
        double d = day(t);
        double y = Math.floor(d / 365.2425) + 1970;
        while (dayFromYear(y) > d) y--;
        while (dayFromYear(y + 1) <= d) y++;
        return y;
    }

    static int monthFromTime(double t) {
        double y = yearFromTime(t);
        int dayInYear = (int) (day(t) - dayFromYear(y));
        int leap = isLeapYear(y) ? 1 : 0;
        for (int m = 11; m > 0; m--) {
            if (dayInYear >= CUMULATIVE_DAYS[m] + (m >= 2 ? leap : 0)) return m;
        }
        return 0;
    }

    static int dateFromTime(double t) {
        double y = yearFromTime(t);
        int dayInYear = (int) (day(t) - dayFromYear(y));
        int m = monthFromTime(t);
        int leap = isLeapYear(y) && m >= 2 ? 1 : 0;
        return dayInYear - CUMULATIVE_DAYS[m] - leap + 1;
    }

    static int weekDay(double t) { return (int) mod(day(t) + 4, 7); }
    static int hourFromTime(double t) { return (int) mod(Math.floor(t / 3_600_000), 24); }
    static int minFromTime(double t) { return (int) mod(Math.floor(t / 60_000), 60); }
    static int secFromTime(double t) { return (int) mod(Math.floor(t / 1000), 60); }
    static int msFromTime(double t) { return (int) mod(t, 1000); }

    private static double integer(double d) {
        return d < 0 ? Math.ceil(d) : Math.floor(d);
    }

    static double makeTime(double hour, double min, double sec, double ms) {
        if (!Double.isFinite(hour) || !Double.isFinite(min) || !Double.isFinite(sec) || !Double.isFinite(ms)) return Double.NaN;
        return integer(hour) * 3_600_000 + integer(min) * 60_000 + integer(sec) * 1000 + integer(ms);
    }

    static double makeDay(double year, double month, double date) {
        if (!Double.isFinite(year) || !Double.isFinite(month) || !Double.isFinite(date)) return Double.NaN;
        double y = integer(year), m = integer(month), dt = integer(date);
        double ym = y + Math.floor(m / 12);
        if (Math.abs(ym) > 400_000) return Double.NaN; // far beyond any clippable time value
        int mn = (int) mod(m, 12);
        double dayOfMonthStart = dayFromYear(ym) + CUMULATIVE_DAYS[mn] + (mn >= 2 && isLeapYear(ym) ? 1 : 0);
        return dayOfMonthStart + dt - 1;
    }

    static double makeDate(double day, double time) {
        if (!Double.isFinite(day) || !Double.isFinite(time)) return Double.NaN;
        double tv = day * MS_PER_DAY + time;
        return Double.isFinite(tv) ? tv : Double.NaN;
    }

    static double timeClip(double time) {
        if (!Double.isFinite(time) || Math.abs(time) > MAX_TIME) return Double.NaN;
        double t = integer(time);
        return t == 0 ? 0 : t; // no -0
    }

    static ZoneId zone() { return ZoneId.systemDefault(); }

    private static long clampMillis(double t) {
        return (long) Math.max(-MAX_TIME - MS_PER_DAY * 2, Math.min(MAX_TIME + MS_PER_DAY * 2, t));
    }

    /** The zone's offset in ms at UTC time t. */
    static double offsetAtUtc(double t) {
        ZoneRules rules = zone().getRules();
        return rules.getOffset(Instant.ofEpochMilli(clampMillis(t))).getTotalSeconds() * 1000.0;
    }

    static double localTime(double t) { return t + offsetAtUtc(t); }

    /**
     * UTC(t) for a local time value: in a gap (spring forward) the offset before the transition is
     * used, in an overlap the earlier one, as the specification asks; ZoneRules.getOffset(LocalDateTime)
     * makes exactly those choices.
     */
    static double utc(double local) {
        if (!Double.isFinite(local)) return Double.NaN;
        long ms = clampMillis(local);
        LocalDateTime ldt = LocalDateTime.ofEpochSecond(Math.floorDiv(ms, 1000), (int) Math.floorMod(ms, 1000) * 1_000_000, ZoneOffset.UTC);
        return local - zone().getRules().getOffset(ldt).getTotalSeconds() * 1000.0;
    }

    static boolean isDaylightSaving(double t) {
        return zone().getRules().isDaylightSavings(Instant.ofEpochMilli(clampMillis(t)));
    }
}
