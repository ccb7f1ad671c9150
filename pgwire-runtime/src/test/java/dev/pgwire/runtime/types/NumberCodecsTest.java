package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import dev.pgwire.runtime.testing.TestSession;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import static dev.pgwire.runtime.types.Codecs.fromHex;
import static dev.pgwire.runtime.types.Codecs.fromText;
import static dev.pgwire.runtime.types.Codecs.hex;
import static dev.pgwire.runtime.types.Codecs.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NumberCodecsTest {

    @Test
    void integersRoundTripInBothFormats() throws PgException {
        assertEquals("-32768", text(PgTypes.INT2, Short.MIN_VALUE));
        assertEquals("8000", hex(PgTypes.INT2, Short.MIN_VALUE));
        assertEquals("0000002a", hex(PgTypes.INT4, 42));
        assertEquals("ffffffffffffffff", hex(PgTypes.INT8, -1L));
        assertEquals(Integer.MIN_VALUE, fromHex(PgTypes.INT4, "80000000"));
        assertEquals(Long.MAX_VALUE, fromText(PgTypes.INT8, text(PgTypes.INT8, Long.MAX_VALUE)));
        assertEquals(Long.MIN_VALUE, fromText(PgTypes.INT8, "-9223372036854775808"));
        assertEquals((short) 7, fromHex(PgTypes.INT2, hex(PgTypes.INT2, (short) 7)));
    }

    @Test
    void integerTextMatchesLongToString() {
        long[] values = {0, 9, 10, -1, -10, 99, 100, 1_000_000_000_000_000_000L, 999_999_999_999_999_999L,
            Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, Integer.MIN_VALUE};
        for (long v : values) {
            assertEquals(Long.toString(v), text(PgTypes.INT8, v));
        }
    }

    @Test
    void integerWritersAcceptOtherIntegralNumbers() {
        assertEquals("0000000000000005", hex(PgTypes.INT8, 5));
        assertEquals("12", text(PgTypes.INT4, 12L));
        assertEquals("0007", hex(PgTypes.INT2, BigInteger.valueOf(7)));
        assertThrows(IllegalArgumentException.class, () -> hex(PgTypes.INT4, 1L << 40));
        assertThrows(IllegalArgumentException.class, () -> hex(PgTypes.INT4, 1.5));
    }

    @Test
    void integerTextInputFollowsPgStrtoint() throws PgException {
        assertEquals(42, fromText(PgTypes.INT4, "  +42 \n"));
        assertEquals(-7, fromText(PgTypes.INT4, "-7"));
        PgException bad = assertThrows(PgException.class, () -> fromText(PgTypes.INT4, "abc"));
        assertEquals(SqlState.INVALID_TEXT_REPRESENTATION, bad.state());
        assertEquals("invalid input syntax for type integer: \"abc\"", bad.getMessage());
        for (String s : new String[] {"", " ", "-", "1 2", "1.0", "0x10", "1_000"}) {
            assertThrows(PgException.class, () -> fromText(PgTypes.INT4, s), s);
        }
        PgException range = assertThrows(PgException.class, () -> fromText(PgTypes.INT4, "2147483648"));
        assertEquals(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, range.state());
        assertEquals("value \"2147483648\" is out of range for type integer", range.getMessage());
        assertEquals("value \"40000\" is out of range for type smallint",
                assertThrows(PgException.class, () -> fromText(PgTypes.INT2, "40000")).getMessage());
        assertEquals(SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
                assertThrows(PgException.class, () -> fromText(PgTypes.INT8, "9223372036854775808")).state());
        assertEquals(SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
                assertThrows(PgException.class, () -> fromText(PgTypes.INT8, "99999999999999999999999")).state());
    }

    @Test
    void binaryInputWithTheWrongLengthIs22P03() {
        PgException e = assertThrows(PgException.class, () -> fromHex(PgTypes.INT4, "0001"));
        assertEquals(SqlState.INVALID_BINARY_REPRESENTATION, e.state());
        assertEquals("incorrect binary data format", e.getMessage());
        assertEquals(SqlState.INVALID_BINARY_REPRESENTATION,
                assertThrows(PgException.class, () -> fromHex(PgTypes.FLOAT8, "00000000")).state());
    }

    @Test
    void oidsAreUnsigned() throws PgException {
        assertEquals("4294967295", text(PgTypes.OID, -1));
        assertEquals("4294967295", text(PgTypes.OID, 4294967295L));
        assertEquals("ffffffff", hex(PgTypes.OID, 4294967295L));
        assertEquals(-1, fromText(PgTypes.OID, "4294967295"));
        assertEquals(-1, fromText(PgTypes.OID, "-1"));
        assertEquals(1259, fromHex(PgTypes.REGCLASS, "000004eb"));
        assertEquals("value \"4294967296\" is out of range for type oid",
                assertThrows(PgException.class, () -> fromText(PgTypes.OID, "4294967296")).getMessage());
        assertEquals("invalid input syntax for type regclass: \"pg_class\"",
                assertThrows(PgException.class, () -> fromText(PgTypes.REGCLASS, "pg_class")).getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.1|0.1", "-0.0|-0", "0.0|0", "1e15|1e+15", "1e14|100000000000000", "123456789.123|123456789.123",
        "1e-7|1e-07", "0.0001|0.0001", "0.00001|1e-05", "1.7976931348623157E308|1.7976931348623157e+308",
        "4.9E-324|5e-324", "2.2250738585072014E-308|2.2250738585072014e-308", "123456789012345678|1.2345678901234568e+17",
        "0.30000000000000004|0.30000000000000004", "100|100", "-2.5|-2.5", "9007199254740993|9.007199254740992e+15",
        "2.82879384806159E17|2.82879384806159e+17", "1.0E23|9.999999999999999e+22", "1e22|1e+22", "NaN|NaN", "Infinity|Infinity",
        "-Infinity|-Infinity"
    })
    void float8TextIsShortestRoundTrip(String input, String expected) throws PgException {
        double d = Double.parseDouble(input);
        assertEquals(expected, text(PgTypes.FLOAT8, d));
        Object back = fromText(PgTypes.FLOAT8, expected);
        assertEquals(Double.doubleToLongBits(d), Double.doubleToLongBits((Double) back));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.1|0.1", "1e6|1e+06", "100000|100000", "3.4028235E38|3.4028235e+38", "1.4E-45|1e-45", "0.3|0.3",
        "16777217|1.6777216e+07", "1.1|1.1", "-0.0|-0", "0.00012345|0.00012345"
    })
    void float4TextIsShortestRoundTrip(String input, String expected) throws PgException {
        float f = Float.parseFloat(input);
        assertEquals(expected, text(PgTypes.FLOAT4, f));
        assertEquals(Float.floatToIntBits(f), Float.floatToIntBits((Float) fromText(PgTypes.FLOAT4, expected)));
    }

    @Test
    void nonPositiveExtraFloatDigitsPrintLikePrintfG() {
        TestSession zero = TestSession.UTC.with("extra_float_digits", "0");
        assertEquals("0.1", text(PgTypes.FLOAT8, 0.1, zero));
        assertEquals("1.79769313486232e+308", text(PgTypes.FLOAT8, Double.MAX_VALUE, zero));
        assertEquals("1e+23", text(PgTypes.FLOAT8, 1e23, zero));
        assertEquals("123457", text(PgTypes.FLOAT4, 123456.7f, zero));
        assertEquals("1.2e+05", text(PgTypes.FLOAT4, 123456.7f, TestSession.UTC.with("extra_float_digits", "-4")));
        assertEquals("-0", text(PgTypes.FLOAT8, -0.0, zero));
        TestSession three = TestSession.UTC.with("extra_float_digits", "3");
        assertEquals("0.30000000000000004", text(PgTypes.FLOAT8, 0.1 + 0.2, three));
    }

    @Test
    void floatTextInput() throws PgException {
        assertEquals(Double.POSITIVE_INFINITY, fromText(PgTypes.FLOAT8, " inf "));
        assertEquals(Double.NEGATIVE_INFINITY, fromText(PgTypes.FLOAT8, "-Infinity"));
        assertEquals(Double.NaN, fromText(PgTypes.FLOAT8, "nan"));
        assertEquals(0.5, fromText(PgTypes.FLOAT8, ".5"));
        assertEquals(5.0, fromText(PgTypes.FLOAT8, "5."));
        assertEquals(4.9e-324, fromText(PgTypes.FLOAT8, "4.9e-324"));
        assertEquals("invalid input syntax for type double precision: \"1d\"",
                assertThrows(PgException.class, () -> fromText(PgTypes.FLOAT8, "1d")).getMessage());
        PgException range = assertThrows(PgException.class, () -> fromText(PgTypes.FLOAT8, "1e400"));
        assertEquals(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, range.state());
        assertEquals("\"1e400\" is out of range for type double precision", range.getMessage());
        assertThrows(PgException.class, () -> fromText(PgTypes.FLOAT8, "1e-400"));
        assertEquals("\"1e39\" is out of range for type real",
                assertThrows(PgException.class, () -> fromText(PgTypes.FLOAT4, "1e39")).getMessage());
        assertEquals(0.0, fromText(PgTypes.FLOAT8, "0e-400"));
    }

    @Test
    void floatBinaryIsIeee() throws PgException {
        assertEquals("3ff0000000000000", hex(PgTypes.FLOAT8, 1.0));
        assertEquals("3f800000", hex(PgTypes.FLOAT4, 1.0f));
        assertEquals("7ff8000000000000", hex(PgTypes.FLOAT8, Double.NaN));
        assertEquals(-0.0, fromHex(PgTypes.FLOAT8, "8000000000000000"));
        assertEquals(2.5f, fromHex(PgTypes.FLOAT4, hex(PgTypes.FLOAT4, 2.5)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // value | ndigits weight sign dscale digits...
        "0|0000 0000 0000 0000", "0.00|0000 0000 0000 0002", "1|0001 0000 0000 0000 0001",
        "-1|0001 0000 4000 0000 0001", "10000|0001 0001 0000 0000 0001", "12345.678|0003 0001 0000 0003 0001 0929 1a7c",
        "0.0015|0001 ffff 0000 0004 000f", "0.00000015|0001 fffe 0000 0008 000f", "1.50|0002 0000 0000 0002 0001 1388",
        "123456789.123|0004 0002 0000 0003 0001 0929 1a85 04ce", "100000000|0001 0002 0000 0000 0001"
    })
    void numericBinaryIsBase10000(String value, String expectedHex) throws PgException {
        String hexDigits = expectedHex.replace(" ", "");
        BigDecimal d = new BigDecimal(value);
        assertEquals(hexDigits, hex(PgTypes.NUMERIC, d));
        assertEquals(d, fromHex(PgTypes.NUMERIC, hexDigits));
        assertEquals(value, text(PgTypes.NUMERIC, d));
        assertEquals(d, fromText(PgTypes.NUMERIC, value));
    }

    @Test
    void numericTextKeepsScaleAndAcceptsExponents() throws PgException {
        assertEquals(new BigDecimal("1000"), fromText(PgTypes.NUMERIC, "1e3"));
        assertEquals(new BigDecimal("0.0015"), fromText(PgTypes.NUMERIC, " 1.5e-3 "));
        assertEquals("1000", text(PgTypes.NUMERIC, new BigDecimal("1E+3")));
        assertEquals("12", text(PgTypes.NUMERIC, 12));
        assertEquals("0.1", text(PgTypes.NUMERIC, 0.1));
        assertEquals("NaN", text(PgTypes.NUMERIC, Double.NaN));
        assertEquals("00000000c0000000", hex(PgTypes.NUMERIC, Double.NaN));
        assertEquals("00000000f0000020", hex(PgTypes.NUMERIC, Double.NEGATIVE_INFINITY));
        assertEquals("invalid input syntax for type numeric: \"1.2.3\"",
                assertThrows(PgException.class, () -> fromText(PgTypes.NUMERIC, "1.2.3")).getMessage());
        assertThrows(PgException.class, () -> fromText(PgTypes.NUMERIC, "1e1001"));
        assertEquals(SqlState.FEATURE_NOT_SUPPORTED,
                assertThrows(PgException.class, () -> fromText(PgTypes.NUMERIC, "NaN")).state());
        String big = "-12345678901234567890123456789.000000000000000000001";
        assertEquals(new BigDecimal(big), fromHex(PgTypes.NUMERIC, hex(PgTypes.NUMERIC, new BigDecimal(big))));
    }

    @Test
    void numericBinaryInputIsValidated() throws PgException {
        assertEquals("invalid sign in external \"numeric\" value",
                assertThrows(PgException.class, () -> fromHex(PgTypes.NUMERIC, "0000000012340000")).getMessage());
        assertEquals("invalid digit in external \"numeric\" value",
                assertThrows(PgException.class, () -> fromHex(PgTypes.NUMERIC, "000100000000000027ff")).getMessage());
        assertEquals(SqlState.INVALID_BINARY_REPRESENTATION,
                assertThrows(PgException.class, () -> fromHex(PgTypes.NUMERIC, "00020000000000000001")).state());
        // Digits beyond dscale are truncated, as numeric_recv does: 1.2345 with dscale 2.
        assertEquals(new BigDecimal("1.23"), fromHex(PgTypes.NUMERIC, "00020000000000020001" + "0929"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"t", "true", "TRUE", "tr", "yes", "y", "on", "1", " true "})
    void booleanTrueSpellings(String s) throws PgException {
        assertEquals(Boolean.TRUE, fromText(PgTypes.BOOL, s));
    }

    @ParameterizedTest
    @ValueSource(strings = {"f", "false", "no", "n", "off", "of", "0"})
    void booleanFalseSpellings(String s) throws PgException {
        assertEquals(Boolean.FALSE, fromText(PgTypes.BOOL, s));
    }

    @Test
    void booleanFormats() throws PgException {
        assertEquals("t", text(PgTypes.BOOL, true));
        assertEquals("f", text(PgTypes.BOOL, false));
        assertEquals("01", hex(PgTypes.BOOL, true));
        assertEquals(Boolean.TRUE, fromHex(PgTypes.BOOL, "02"));
        assertEquals("invalid input syntax for type boolean: \"o\"",
                assertThrows(PgException.class, () -> fromText(PgTypes.BOOL, "o")).getMessage());
        assertThrows(PgException.class, () -> fromText(PgTypes.BOOL, "truee"));
        assertThrows(PgException.class, () -> fromText(PgTypes.BOOL, ""));
    }
}
