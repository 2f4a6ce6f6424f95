package dev.piste.runtime.ops;

import static dev.piste.runtime.ops.NumberConversions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-picked cases for {@link NumberConversions}; expected values were taken from node 20. */
class NumberConversionsTest {
    private static final double NaN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    /** Compares doubles bit for bit, so -0 and +0 differ (and any NaN equals NaN). */
    private static void assertSame(double expected, double actual, String message) {
        assertEquals(Double.valueOf(expected), Double.valueOf(actual), message);
    }

    // ---- toString(double) ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|0", "-0.0|0", "1|1", "-1|-1", "0.1|0.1", "0.5|0.5", "1.5|1.5", "-1.5|-1.5", "123.456|123.456",
        "100|100", "1e21|1e+21", "1e20|100000000000000000000", "999999999999999900000|999999999999999900000",
        "1.2345e21|1.2345e+21", "1e-6|0.000001", "1e-7|1e-7", "1.5e-7|1.5e-7", "0.000001234|0.000001234",
        "1.7976931348623157e308|1.7976931348623157e+308", "4.9e-324|5e-324", "1e-323|1e-323",
        "2.2250738585072014E-308|2.2250738585072014e-308", "0.30000000000000004|0.30000000000000004",
        "9007199254740992|9007199254740992", "9007199254740993|9007199254740992",
        "18014398509481984|18014398509481984", "1e23|1e+23", "123e-20|1.23e-18", "-1e-7|-1e-7",
        "2e-3|0.002", "4294967296|4294967296", "1.0E7|10000000", "1.23456789012E8|123456789.012",
        "NaN|NaN", "Infinity|Infinity", "-Infinity|-Infinity", "5e-324|5e-324", "1.5e-323|1.5e-323",
    })
    void toStringOfDouble(double value, String expected) {
        assertEquals(expected, NumberConversions.toString(value));
    }

    @Test
    void toStringOfInt() {
        assertEquals("-2147483648", NumberConversions.toString(Integer.MIN_VALUE));
        assertEquals("0", NumberConversions.toString(0));
        assertEquals("42", NumberConversions.toString(42));
    }

    // ---- toString(double, radix) ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.5|2|0.1", "255.5|16|ff.8", "0.1|3|0.0022002200220022002200220022002201", "255|2|11111111",
        "-255|36|-73", "0|2|0", "-0.0|2|0", "35|36|z", "1e21|7|5135235413265003022600000",
        "0.1|2|0.0001100110011001100110011001100110011001100110011001101", "NaN|16|NaN",
        "-Infinity|2|-Infinity", "3.14159|8|3.11037476006703156", "1e-7|16|0.000001ad7f29abcaf48",
        "4294967295|16|ffffffff", "-4.35|5|-4.1333333333333333333333",
    })
    void toStringWithRadix(double value, int radix, String expected) {
        assertEquals(expected, NumberConversions.toString(value, radix));
    }

    // ---- toFixed / toExponential / toPrecision ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.005|2|1.00", "1.45|1|1.4", "1.55|1|1.6", "-1.5|0|-2", "-0.0|2|0.00", "-1e-7|2|-0.00", "1e21|2|1e+21",
        "123.456|0|123", "0.5|0|1", "2.5|0|3", "1.25|1|1.3", "0|0|0", "1e-10|5|0.00000", "NaN|2|NaN",
        "Infinity|1|Infinity", "-1e21|1|-1e+21", "999999999999999900000|2|999999999999999868928.00",
        "0.000001|7|0.0000010", "1.23|20|1.22999999999999998224",
        "0.1|100|0.1000000000000000055511151231257827021181583404541015625000000000000000000000000000000000000000000000",
    })
    void toFixed(double value, int digits, String expected) {
        assertEquals(expected, NumberConversions.toFixed(value, digits));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "123.456|2|1.23e+2", "123.456|-1|1.23456e+2", "0|2|0.00e+0", "0|-1|0e+0", "-0.0|1|0.0e+0",
        "1.25|1|1.3e+0", "1.35|1|1.4e+0", "5e-324|-1|5e-324", "5e-324|3|4.941e-324", "-1e21|0|-1e+21",
        "1|5|1.00000e+0", "9.99|1|1.0e+1", "NaN|1|NaN", "-Infinity|-1|-Infinity", "1.7976931348623157e308|-1|1.7976931348623157e+308",
    })
    void toExponential(double value, int digits, String expected) {
        assertEquals(expected, NumberConversions.toExponential(value, digits));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.000001234|2|0.0000012", "0.0000001234|2|1.2e-7", "123.456|4|123.5", "123.456|2|1.2e+2",
        "123.456|3|123", "0|3|0.00", "-0.0|1|0", "1e21|3|1.00e+21", "-1.5|1|-2", "99.99|3|100",
        "99.99|2|1.0e+2", "1e-7|2|1.0e-7", "0.5|1|0.5", "NaN|3|NaN", "Infinity|3|Infinity", "1|100|"
                + "1.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
    })
    void toPrecision(double value, int precision, String expected) {
        assertEquals(expected, NumberConversions.toPrecision(value, precision));
    }

    // ---- stringToNumber ----

    @Test
    void stringToNumber() {
        String[] inputs = {"", "   ", "42", "  42  ", "\u00A0\uFEFF\u3000 7\u2028\u2029", "-0", "+1.5", ".5", "5.", "-.5e-3",
            "1e1000", "-1e1000", "Infinity", "+Infinity", "-Infinity", "infinity", "INFINITY", "0x10", "0X1f",
            "0o17", "0b101", "0x", "0b2", "-0x10", "+0x10", "1_000", "1e", "1e+", ".", "+", "e5", "1.5.2",
            "0x1p3", "1d", "1f", "NaN", "0000123", "00.5", "\u180E1", "12abc", "1 2",
            "0x1fffffffffffff", "0x20000000000001", "0x20000000000003", "123456789012345678901234567890"};
        double[] expected = {0, 0, 42, 42, 7, -0.0, 1.5, 0.5, 5, -0.0005, INF, -INF, INF, INF, -INF, NaN, NaN, 16,
            31, 15, 5, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, 123, 0.5, NaN, NaN, NaN,
            9007199254740991.0, 9007199254740992.0, 9007199254740996.0, 1.2345678901234568e29};
        for (int i = 0; i < inputs.length; i++) assertSame(expected[i], NumberConversions.stringToNumber(inputs[i]), inputs[i]);
    }

    @Test
    void whitespaceSet() {
        for (char c : "\t\n\u000B\f\r \u00A0\u1680\u2000\u2005\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF".toCharArray()) {
            assertTrue(isWhitespace(c), Integer.toHexString(c));
        }
        for (char c : "\u0000\u0085\u180E\u200B\u200Ba0".toCharArray()) assertFalse(isWhitespace(c), Integer.toHexString(c));
    }

    // ---- parseInt / parseFloat ----

    @Test
    void parseInt() {
        Object[][] cases = {
            {"42", 0, 42.0}, {"  -42px", 0, -42.0}, {"0x1F", 0, 31.0}, {"0x1F", 16, 31.0}, {"0x1F", 10, 0.0},
            {"-0x1F", 0, -31.0}, {"1F", 16, 31.0}, {"z", 36, 35.0}, {"Z", 36, 35.0}, {"2", 2, NaN}, {"12", 1, NaN},
            {"12", 37, NaN}, {"12", -1, NaN}, {"", 0, NaN}, {"-", 0, NaN}, {"0x", 0, NaN}, {"-0", 0, -0.0},
            {"1e3", 0, 1.0}, {"  \n 08", 0, 8.0}, {"0b11", 0, 0.0}, {"11", 2, 3.0}, {"123456789012345678901234567890", 10, 1.2345678901234568e29},
            {"9007199254740993", 10, 9007199254740992.0}, {"0x20000000000001", 0, 9007199254740992.0},
            {"0x20000000000003", 0, 9007199254740996.0}, {"zzzzzzzzzzzzzzzzzzzzzzzz", 36, 2.245225770735456e37},
            {"\u00A0+7", 0, 7.0}, {"1" + "0".repeat(400), 10, INF},
        };
        for (Object[] c : cases) {
            assertSame((double) c[2], NumberConversions.parseInt((String) c[0], (int) c[1]), c[0] + " radix " + c[1]);
        }
    }

    @Test
    void parseFloat() {
        String[] inputs = {"3.14", "  3.14abc", "-.5e-3abc", ".5", "5.", "1e", "1.5e+", "1e+2x", "Infinityx", "-Infinity",
            "+Infinity1", "infinity", "", "abc", "-", ".", "-0", "0x10", "1_0", "\uFEFF12", "1e1000", "00012.5"};
        double[] expected = {3.14, 3.14, -0.0005, 0.5, 5, 1, 1.5, 100, INF, -INF, INF, NaN, NaN, NaN, NaN, NaN, -0.0, 0, 1,
            12, INF, 12.5};
        for (int i = 0; i < inputs.length; i++) assertSame(expected[i], NumberConversions.parseFloat(inputs[i]), inputs[i]);
    }

    // ---- Integer conversions ----

    @Test
    void toInt32AndFriends() {
        double[] inputs = {0, -0.0, 1.9, -1.9, 2147483647, 2147483648.0, -2147483649.0, 4294967295.0, 4294967296.0,
            4294967297.5, -4294967297.5, 1e20, -1e20, 1e300, NaN, INF, -INF, 9007199254740993.0, 65535.7, 65536, -1};
        int[] int32 = {0, 0, 1, -1, 2147483647, -2147483648, 2147483647, -1, 0, 1, -1, 1661992960, -1661992960, 0, 0, 0,
            0, 0, 65535, 65536, -1};
        long[] uint32 = {0, 0, 1, 4294967295L, 2147483647, 2147483648L, 2147483647, 4294967295L, 0, 1, 4294967295L,
            1661992960, 2632974336L, 0, 0, 0, 0, 0, 65535, 65536, 4294967295L};
        int[] uint16 = {0, 0, 1, 65535, 65535, 0, 65535, 65535, 0, 1, 65535, 0, 0, 0, 0, 0, 0, 0, 65535, 0, 65535};
        for (int i = 0; i < inputs.length; i++) {
            assertEquals(int32[i], toInt32(inputs[i]), "toInt32 " + inputs[i]);
            assertEquals(uint32[i], toUint32(inputs[i]), "toUint32 " + inputs[i]);
            assertEquals(uint16[i], toUint16(inputs[i]), "toUint16 " + inputs[i]);
        }
    }

    @Test
    void toIntegerOrInfinityLengthAndIndex() {
        assertSame(0.0, toIntegerOrInfinity(NaN), "NaN");
        assertSame(0.0, toIntegerOrInfinity(-0.0), "-0");
        assertSame(0.0, toIntegerOrInfinity(-0.5), "-0.5");
        assertSame(-1.0, toIntegerOrInfinity(-1.5), "-1.5");
        assertSame(3.0, toIntegerOrInfinity(3.99), "3.99");
        assertSame(-INF, toIntegerOrInfinity(-INF), "-Infinity");
        assertEquals(0, toLength(-5));
        assertEquals(0, toLength(NaN));
        assertEquals(3, toLength(3.7));
        assertEquals(9007199254740991L, toLength(INF));
        assertEquals(9007199254740991L, toLength(1e300));
        assertSame(0.0, toIndex(-0.5), "toIndex -0.5");
        assertSame(-1.0, toIndex(-1), "toIndex -1");
        assertSame(-1.0, toIndex(INF), "toIndex Infinity");
        assertSame(9007199254740991.0, toIndex(9007199254740991.0), "toIndex max");
        assertSame(-1.0, toIndex(9007199254740992.0), "toIndex max + 1");
        assertSame(0.0, toIndex(NaN), "toIndex NaN");
    }

    // ---- Array indices and canonical numeric strings ----

    @Test
    void arrayIndex() {
        assertEquals(0, parseArrayIndex("0"));
        assertEquals(123, parseArrayIndex("123"));
        assertEquals(4294967294L, parseArrayIndex("4294967294"));
        for (String s : new String[] {"4294967295", "99999999999", "", "01", "-1", "+1", "1.0", "1e3", " 1", "1 ", "-0", "a"}) {
            assertEquals(-1, parseArrayIndex(s), s);
            assertFalse(isArrayIndex(s), s);
        }
        assertTrue(isArrayIndex("7"));
    }

    @Test
    void canonicalNumericStrings() {
        for (String s : new String[] {"0", "-0", "1", "-1", "1.5", "NaN", "Infinity", "-Infinity", "1e+21", "1e-7", "4294967295",
            "0.000001"}) {
            assertTrue(isCanonicalNumericString(s), s);
        }
        for (String s : new String[] {"", "01", "1.0", "+1", "1e21", "0x10", " 1", "infinity", "-NaN", "1E+21", "0.0000001", "abc"}) {
            assertFalse(isCanonicalNumericString(s), s);
        }
    }

    // ---- Arithmetic ----

    @Test
    void remainder() {
        assertSame(1, NumberConversions.remainder(7, 3), "7 % 3");
        assertSame(-1, NumberConversions.remainder(-7, 3), "-7 % 3");
        assertSame(1, NumberConversions.remainder(7, -3), "7 % -3");
        assertSame(-0.0, NumberConversions.remainder(-4, 2), "-4 % 2");
        assertSame(-0.0, NumberConversions.remainder(-0.0, 5), "-0 % 5");
        assertSame(NaN, NumberConversions.remainder(5, 0), "5 % 0");
        assertSame(NaN, NumberConversions.remainder(INF, 2), "Infinity % 2");
        assertSame(5, NumberConversions.remainder(5, INF), "5 % Infinity");
        assertSame(-5, NumberConversions.remainder(-5, -INF), "-5 % -Infinity");
        assertSame(0.5, NumberConversions.remainder(5.5, 1), "5.5 % 1");
        assertSame(NaN, NumberConversions.remainder(NaN, 1), "NaN % 1");
    }

    @Test
    void power() {
        assertSame(NaN, NumberConversions.power(1, INF), "1 ** Infinity");
        assertSame(NaN, NumberConversions.power(-1, -INF), "-1 ** -Infinity");
        assertSame(NaN, NumberConversions.power(1, NaN), "1 ** NaN");
        assertSame(1, NumberConversions.power(NaN, 0), "NaN ** 0");
        assertSame(1, NumberConversions.power(NaN, -0.0), "NaN ** -0");
        assertSame(NaN, NumberConversions.power(NaN, 1), "NaN ** 1");
        assertSame(1024, NumberConversions.power(2, 10), "2 ** 10");
        assertSame(-0.0, NumberConversions.power(-0.0, 3), "-0 ** 3");
        assertSame(INF, NumberConversions.power(-0.0, -2), "-0 ** -2");
        assertSame(-INF, NumberConversions.power(-0.0, -3), "-0 ** -3");
        assertSame(NaN, NumberConversions.power(-8, 1.0 / 3), "-8 ** (1/3)");
        assertSame(0, NumberConversions.power(0.5, INF), "0.5 ** Infinity");
        assertSame(INF, NumberConversions.power(-INF, 2), "-Infinity ** 2");
    }

    // ---- box ----

    @Test
    void box() {
        assertInstanceOf(Integer.class, NumberConversions.box(0));
        assertInstanceOf(Integer.class, NumberConversions.box(-2147483648.0));
        assertInstanceOf(Integer.class, NumberConversions.box(2147483647.0));
        assertEquals(Integer.valueOf(42), NumberConversions.box(42.0));
        assertEquals(Double.valueOf(-0.0), NumberConversions.box(-0.0));
        assertEquals(Double.valueOf(2147483648.0), NumberConversions.box(2147483648.0));
        assertEquals(Double.valueOf(-2147483649.0), NumberConversions.box(-2147483649.0));
        assertEquals(Double.valueOf(0.5), NumberConversions.box(0.5));
        assertInstanceOf(Double.class, NumberConversions.box(NaN));
        assertInstanceOf(Double.class, NumberConversions.box(INF));
    }
}
