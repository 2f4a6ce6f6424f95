package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsFunction;
import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.NativeFunction;
import dev.piste.runtime.objects.PropertyAttributes;
import dev.piste.runtime.ops.JsException;
import dev.piste.runtime.ops.JsOps;
import dev.piste.runtime.ops.NumberConversions;
import dev.piste.runtime.realm.Realm;
import dev.piste.runtime.values.JsSymbol;
import dev.piste.runtime.values.Null;
import dev.piste.runtime.values.Undefined;

import java.util.Locale;
import java.util.TimeZone;

import static dev.piste.runtime.builtins.BuiltinHelper.arg;
import static dev.piste.runtime.builtins.BuiltinHelper.method;
import static dev.piste.runtime.builtins.DateMath.*;

/**
 * The Date constructor and prototype. A Date holds one time value ({@link JsDate#time}); every getter
 * and setter goes through {@link DateMath}. The toLocale* methods use a fixed en-US format, as node
 * prints by default ("1/2/2020, 3:04:05 AM"); there is no Intl behind them.
 */
public final class DateBuiltins {
    private DateBuiltins() {}

    /** A Date instance: [[DateValue]], NaN for an invalid date. */
    public static final class JsDate extends JsObject {
        double time;
        JsDate(JsObject proto, double time) { super(proto); this.time = time; }
        @Override public String className() { return "Date"; }
    }

    private static final String[] DAY_NAMES = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    private static final String[] MONTH_NAMES = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    /** Component positions for the setters: year, month, date, hours, minutes, seconds, ms. */
    private static final int YEAR = 0, MONTH = 1, DATE = 2, HOURS = 3, MINUTES = 4, SECONDS = 5, MS = 6;

    public static void install(Realm realm) {
        JsObject proto = new JsObject(realm.objectPrototype);
        NativeFunction ctor = BuiltinHelper.constructor(realm, "Date", 7, proto, (self, args, nt) -> {
            if (nt == null) return toDateString(now());
            double tv;
            if (args.length == 0) {
                tv = now();
            } else if (args.length == 1) {
                if (args[0] instanceof JsDate d) {
                    tv = d.time;
                } else {
                    Object v = JsOps.toPrimitive(args[0], "default");
                    tv = v instanceof CharSequence cs ? DateParser.parse(cs.toString()) : JsOps.toNumber(v);
                }
                tv = timeClip(tv);
            } else {
                tv = timeClip(utc(fromComponents(args)));
            }
            JsObject p = proto;
            if (nt.get("prototype", nt) instanceof JsObject np) p = np;
            return new JsDate(p, tv);
        });
        method(realm, ctor, "now", 0, (self, args, nt) -> NumberConversions.box(now()));
        method(realm, ctor, "parse", 1, (self, args, nt) -> NumberConversions.box(DateParser.parse(JsOps.toString(arg(args, 0)))));
        method(realm, ctor, "UTC", 7, (self, args, nt) -> NumberConversions.box(timeClip(fromComponents(args))));
        realm.hostData.put("inspect.Date", (Inspector.Custom) (inspector, value, depth) ->
            value instanceof JsDate d ? (Double.isNaN(d.time) ? "Invalid Date" : toIsoString(d.time)) : null);

        // ---- Getters ----
        getter(realm, proto, "getTime", t -> t);
        getter(realm, proto, "valueOf", t -> t);
        getter(realm, proto, "getTimezoneOffset", t -> (t - localTime(t)) / 60_000);
        for (boolean local : new boolean[] {true, false}) {
            String u = local ? "" : "UTC";
            java.util.function.DoubleUnaryOperator toZone = local ? DateMath::localTime : t -> t;
            getter(realm, proto, "get" + u + "FullYear", t -> yearFromTime(toZone.applyAsDouble(t)));
            getter(realm, proto, "get" + u + "Month", t -> monthFromTime(toZone.applyAsDouble(t)));
            getter(realm, proto, "get" + u + "Date", t -> dateFromTime(toZone.applyAsDouble(t)));
            getter(realm, proto, "get" + u + "Day", t -> weekDay(toZone.applyAsDouble(t)));
            getter(realm, proto, "get" + u + "Hours", t -> hourFromTime(toZone.applyAsDouble(t)));
            getter(realm, proto, "get" + u + "Minutes", t -> minFromTime(toZone.applyAsDouble(t)));
            getter(realm, proto, "get" + u + "Seconds", t -> secFromTime(toZone.applyAsDouble(t)));
            getter(realm, proto, "get" + u + "Milliseconds", t -> msFromTime(toZone.applyAsDouble(t)));

            setter(realm, proto, "set" + u + "FullYear", 3, YEAR, local);
            setter(realm, proto, "set" + u + "Month", 2, MONTH, local);
            setter(realm, proto, "set" + u + "Date", 1, DATE, local);
            setter(realm, proto, "set" + u + "Hours", 4, HOURS, local);
            setter(realm, proto, "set" + u + "Minutes", 3, MINUTES, local);
            setter(realm, proto, "set" + u + "Seconds", 2, SECONDS, local);
            setter(realm, proto, "set" + u + "Milliseconds", 1, MS, local);
        }
        getter(realm, proto, "getYear", t -> yearFromTime(localTime(t)) - 1900);
        method(realm, proto, "setYear", 1, (self, args, nt) -> {
            JsDate d = thisDate(self, "setYear");
            double t = Double.isNaN(d.time) ? 0 : localTime(d.time);
            double y = JsOps.toNumber(arg(args, 0));
            if (Double.isNaN(y)) { d.time = Double.NaN; return Double.NaN; }
            double yi = NumberConversions.toIntegerOrInfinity(y);
            if (yi >= 0 && yi <= 99) yi += 1900;
            double date = makeDate(makeDay(yi, monthFromTime(t), dateFromTime(t)), timeWithinDay(t));
            d.time = timeClip(utc(date));
            return NumberConversions.box(d.time);
        });
        method(realm, proto, "setTime", 1, (self, args, nt) -> {
            JsDate d = thisDate(self, "setTime");
            d.time = timeClip(JsOps.toNumber(arg(args, 0)));
            return NumberConversions.box(d.time);
        });

        // ---- Strings ----
        method(realm, proto, "toISOString", 0, (self, args, nt) -> {
            double t = thisDate(self, "toISOString").time;
            if (Double.isNaN(t)) throw JsException.rangeError("Invalid time value");
            return toIsoString(t);
        });
        method(realm, proto, "toJSON", 1, (self, args, nt) -> {
            JsObject o = JsOps.toObject(realm, self);
            Object tv = JsOps.toPrimitive(o, "number");
            if (JsOps.isNumber(tv) && !Double.isFinite(JsOps.toNumber(tv))) return Null.INSTANCE;
            return JsOps.call(o.get("toISOString", o), o);
        });
        method(realm, proto, "toString", 0, (self, args, nt) -> toDateString(thisDate(self, "toString").time));
        method(realm, proto, "toDateString", 0, (self, args, nt) -> {
            double t = thisDate(self, "toDateString").time;
            return Double.isNaN(t) ? "Invalid Date" : datePart(localTime(t));
        });
        method(realm, proto, "toTimeString", 0, (self, args, nt) -> {
            double t = thisDate(self, "toTimeString").time;
            return Double.isNaN(t) ? "Invalid Date" : timePart(localTime(t)) + zonePart(t);
        });
        NativeFunction toUtc = method(realm, proto, "toUTCString", 0, (self, args, nt) -> {
            double t = thisDate(self, "toUTCString").time;
            if (Double.isNaN(t)) return "Invalid Date";
            return DAY_NAMES[weekDay(t)] + ", " + pad2(dateFromTime(t)) + " " + MONTH_NAMES[monthFromTime(t)] + " "
                + yearText(yearFromTime(t)) + " " + timePart(t) + " GMT";
        });
        proto.defineOwn("toGMTString", toUtc, PropertyAttributes.HIDDEN);
        method(realm, proto, "toLocaleString", 0, (self, args, nt) -> {
            double t = thisDate(self, "toLocaleString").time;
            return Double.isNaN(t) ? "Invalid Date" : localeDate(localTime(t)) + ", " + localeTime(localTime(t));
        });
        method(realm, proto, "toLocaleDateString", 0, (self, args, nt) -> {
            double t = thisDate(self, "toLocaleDateString").time;
            return Double.isNaN(t) ? "Invalid Date" : localeDate(localTime(t));
        });
        method(realm, proto, "toLocaleTimeString", 0, (self, args, nt) -> {
            double t = thisDate(self, "toLocaleTimeString").time;
            return Double.isNaN(t) ? "Invalid Date" : localeTime(localTime(t));
        });
        NativeFunction toPrimitive = new NativeFunction(realm, "[Symbol.toPrimitive]", 1, false, (self, args, nt) -> {
            if (!(self instanceof JsObject o)) throw JsException.typeError("Date.prototype[Symbol.toPrimitive] called on non-object");
            Object hint = arg(args, 0);
            String h = hint instanceof CharSequence cs ? cs.toString() : "";
            return switch (h) {
                case "string", "default" -> ordinaryToPrimitive(o, "toString", "valueOf");
                case "number" -> ordinaryToPrimitive(o, "valueOf", "toString");
                default -> throw JsException.typeError("Invalid hint: " + (hint instanceof JsSymbol s ? s.toString() : JsOps.toString(hint)));
            };
        });
        proto.defineOwn(JsSymbol.TO_PRIMITIVE, toPrimitive, PropertyAttributes.CONFIGURABLE);
    }

    private static double now() { return (double) System.currentTimeMillis(); }

    private interface TimeGetter { double get(double t); }

    private static void getter(Realm realm, JsObject proto, String name, TimeGetter g) {
        method(realm, proto, name, 0, (self, args, nt) -> {
            double t = thisDate(self, name).time;
            return Double.isNaN(t) ? (Object) Double.NaN : NumberConversions.box(g.get(t));
        });
    }

    /**
     * One setter: arguments replace components first, first+1, … of the (local or UTC) date, and the
     * rest are kept. Arguments are converted before the NaN check, as the spec orders it; setFullYear
     * alone starts from +0 when the date is invalid.
     */
    private static void setter(Realm realm, JsObject proto, String name, int length, int first, boolean local) {
        method(realm, proto, name, length, (self, args, nt) -> {
            JsDate d = thisDate(self, name);
            double t = d.time;
            boolean invalid = Double.isNaN(t);
            if (invalid && first == YEAR) { t = 0; invalid = false; }
            else if (!invalid && local) t = localTime(t);
            double[] fields = {yearFromTime(t), monthFromTime(t), dateFromTime(t), hourFromTime(t), minFromTime(t), secFromTime(t), msFromTime(t)};
            int count = Math.max(1, Math.min(length, args.length));
            for (int i = 0; i < count; i++) fields[first + i] = JsOps.toNumber(arg(args, i));
            if (invalid) return Double.NaN;
            double date = makeDate(makeDay(fields[YEAR], fields[MONTH], fields[DATE]),
                makeTime(fields[HOURS], fields[MINUTES], fields[SECONDS], fields[MS]));
            d.time = timeClip(local ? utc(date) : date);
            return NumberConversions.box(d.time);
        });
    }

    /** The shared part of new Date(y, m, ...) and Date.UTC: a time value before TimeClip (and before UTC()). */
    private static double fromComponents(Object[] args) {
        double y = JsOps.toNumber(arg(args, 0));
        double m = args.length > 1 ? JsOps.toNumber(args[1]) : 0;
        double dt = args.length > 2 ? JsOps.toNumber(args[2]) : 1;
        double h = args.length > 3 ? JsOps.toNumber(args[3]) : 0;
        double min = args.length > 4 ? JsOps.toNumber(args[4]) : 0;
        double s = args.length > 5 ? JsOps.toNumber(args[5]) : 0;
        double ms = args.length > 6 ? JsOps.toNumber(args[6]) : 0;
        double yr = y;
        if (!Double.isNaN(y)) {
            double yi = NumberConversions.toIntegerOrInfinity(y);
            if (yi >= 0 && yi <= 99) yr = 1900 + yi;
        }
        return makeDate(makeDay(yr, m, dt), makeTime(h, min, s, ms));
    }

    private static JsDate thisDate(Object self, String method) {
        if (self instanceof JsDate d) return d;
        throw JsException.typeError("this is not a Date object.");
    }

    private static Object ordinaryToPrimitive(JsObject o, String first, String second) {
        for (String name : new String[] {first, second}) {
            Object f = o.get(name, o);
            if (f instanceof JsFunction fn) {
                Object r = fn.call(o, new Object[0]);
                if (!(r instanceof JsObject)) return r;
            }
        }
        throw JsException.typeError("Cannot convert object to primitive value");
    }

    // ---- Formatting ----

    static String toIsoString(double t) {
        double y = yearFromTime(t);
        String year = y >= 0 && y <= 9999 ? pad(4, (long) y) : (y < 0 ? "-" : "+") + pad(6, (long) Math.abs(y));
        return year + "-" + pad2(monthFromTime(t) + 1) + "-" + pad2(dateFromTime(t)) + "T" + pad2(hourFromTime(t)) + ":"
            + pad2(minFromTime(t)) + ":" + pad2(secFromTime(t)) + "." + pad(3, msFromTime(t)) + "Z";
    }

    static String toDateString(double t) {
        if (Double.isNaN(t)) return "Invalid Date";
        double local = localTime(t);
        return datePart(local) + " " + timePart(local) + zonePart(t);
    }

    private static String datePart(double local) {
        return DAY_NAMES[weekDay(local)] + " " + MONTH_NAMES[monthFromTime(local)] + " " + pad2(dateFromTime(local)) + " " + yearText(yearFromTime(local));
    }

    private static String timePart(double t) {
        return pad2(hourFromTime(t)) + ":" + pad2(minFromTime(t)) + ":" + pad2(secFromTime(t));
    }

    /** " GMT+hhmm (Zone Name)" for UTC time t. */
    private static String zonePart(double t) {
        int offsetMinutes = (int) (offsetAtUtc(t) / 60_000);
        String sign = offsetMinutes >= 0 ? "+" : "-";
        int abs = Math.abs(offsetMinutes);
        String name = TimeZone.getTimeZone(zone()).getDisplayName(isDaylightSaving(t), TimeZone.LONG, Locale.US);
        return " GMT" + sign + pad2(abs / 60) + pad2(abs % 60) + " (" + name + ")";
    }

    private static String yearText(double y) {
        return (y < 0 ? "-" : "") + pad(4, (long) Math.abs(y));
    }

    private static String localeDate(double local) {
        return (monthFromTime(local) + 1) + "/" + dateFromTime(local) + "/" + (long) yearFromTime(local);
    }

    private static String localeTime(double local) {
        int h = hourFromTime(local);
        int h12 = h % 12 == 0 ? 12 : h % 12;
        return h12 + ":" + pad2(minFromTime(local)) + ":" + pad2(secFromTime(local)) + (h < 12 ? " AM" : " PM");
    }

    private static String pad2(int v) { return v < 10 ? "0" + v : Integer.toString(v); }

    private static String pad(int width, long v) {
        String s = Long.toString(v);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
