package dev.pgwire.runtime.types;

import static dev.pgwire.runtime.types.Codecs.fromHex;
import static dev.pgwire.runtime.types.Codecs.fromText;
import static dev.pgwire.runtime.types.Codecs.hex;
import static dev.pgwire.runtime.types.Codecs.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArrayCodecTest {

    @Test
    void everyScalarWithAnArrayOidHasARegisteredArrayType() {
        for (PgType t : PgTypes.all()) {
            if (t.isArray() || t.arrayOid() == 0) {
                continue;
            }
            PgType array = PgTypes.arrayOf(t);
            assertEquals(t.arrayOid(), array.oid(), t.name());
            assertEquals("_" + t.name(), array.name());
            assertEquals(-1, array.typlen());
            assertEquals('A', array.category());
            assertEquals(t.oid(), array.elemOid());
            assertTrue(array.isArray());
            assertEquals(t, PgTypes.elementOf(array));
        }
        assertEquals(1007, PgTypes.INT4_ARRAY.oid());
        assertEquals(1009, PgTypes.TEXT_ARRAY.oid());
        assertNull(PgTypes.arrayOf(PgTypes.UNKNOWN));
    }

    @Test
    void textQuotesAsPostgresDoes() throws PgException {
        List<String> values = Arrays.asList("a", null, "a b", "x\"y", "", "NULL", "null", "b\\c", "{", ",", "é", "t\tab");
        String expected = "{a,NULL,\"a b\",\"x\\\"y\",\"\",\"NULL\",\"null\",\"b\\\\c\",\"{\",\",\",é,\"t\tab\"}";
        assertEquals(expected, text(PgTypes.TEXT_ARRAY, values));
        assertEquals(values, fromText(PgTypes.TEXT_ARRAY, expected));
        assertEquals("{1,2,NULL}", text(PgTypes.INT4_ARRAY, Arrays.asList(1, 2, null)));
        assertEquals("{}", text(PgTypes.INT4_ARRAY, List.of()));
        assertEquals("{\"\\\\x01ff\"}", text(PgTypes.BYTEA_ARRAY, List.of(new byte[] {1, -1})));
        assertEquals("{\"2024-01-02 03:04:05\"}", text(PgTypes.TIMESTAMP_ARRAY, new Object[] {1704164645000L}));
        assertEquals("{NaN,-Infinity,1.5}", text(PgTypes.FLOAT8_ARRAY, List.of(Double.NaN, Double.NEGATIVE_INFINITY, 1.5)));
    }

    @Test
    void textInputFollowsArrayIn() throws PgException {
        assertEquals(Arrays.asList(1, null, 3), fromText(PgTypes.INT4_ARRAY, " { 1 , NULL ,3 } "));
        assertEquals(List.of(), fromText(PgTypes.INT4_ARRAY, "{}"));
        assertEquals(List.of(1, 2), fromText(PgTypes.INT4_ARRAY, "[0:1]={1,2}"));
        assertEquals(List.of("NULL", "a b", "x "), fromText(PgTypes.TEXT_ARRAY, "{\"NULL\", a b ,x\\ }"));
        assertEquals(List.of(new BigDecimal("1.50")), fromText(PgTypes.NUMERIC_ARRAY, "{1.50}"));
        for (String bad : new String[] {"1,2", "{1,2", "{1,,2}", "{1}x", "{\"a}", "{a\"b}", "{,}", "[1:3]={1}"}) {
            PgException e = assertThrows(PgException.class, () -> fromText(PgTypes.TEXT_ARRAY, bad), bad);
            assertEquals(SqlState.INVALID_TEXT_REPRESENTATION, e.state(), bad);
            assertEquals("malformed array literal: \"" + bad + "\"", e.getMessage());
        }
        assertEquals(SqlState.FEATURE_NOT_SUPPORTED,
                assertThrows(PgException.class, () -> fromText(PgTypes.INT4_ARRAY, "{{1},{2}}")).state());
        assertEquals("invalid input syntax for type integer: \"x\"",
                assertThrows(PgException.class, () -> fromText(PgTypes.INT4_ARRAY, "{x}")).getMessage());
    }

    @Test
    void binaryLayout() throws PgException {
        String ints = "00000001" + "00000001" + "00000017" + "00000003" + "00000001"
                + "00000004" + "00000001" + "ffffffff" + "00000004" + "00000003";
        assertEquals(ints, hex(PgTypes.INT4_ARRAY, Arrays.asList(1, null, 3)));
        assertEquals(Arrays.asList(1, null, 3), fromHex(PgTypes.INT4_ARRAY, ints));
        String empty = "00000000" + "00000000" + "00000019";
        assertEquals(empty, hex(PgTypes.TEXT_ARRAY, List.of()));
        assertEquals(List.of(), fromHex(PgTypes.TEXT_ARRAY, empty));
        String texts = "00000001" + "00000000" + "00000019" + "00000002" + "00000001" + "00000000" + "00000002" + "6162";
        assertEquals(texts, hex(PgTypes.TEXT_ARRAY, List.of("", "ab")));
        assertEquals(List.of("", "ab"), fromHex(PgTypes.TEXT_ARRAY, texts));
        List<?> bytes = (List<?>) fromHex(PgTypes.BYTEA_ARRAY, hex(PgTypes.BYTEA_ARRAY, List.of(new byte[] {7})));
        assertArrayEquals(new byte[] {7}, (byte[]) bytes.get(0));
    }

    @Test
    void binaryInputIsValidated() {
        String wrongElement = "00000001" + "00000000" + "00000014" + "00000001" + "00000001" + "00000004" + "00000001";
        PgException e = assertThrows(PgException.class, () -> fromHex(PgTypes.INT4_ARRAY, wrongElement));
        assertEquals(SqlState.DATATYPE_MISMATCH, e.state());
        assertEquals("binary data has array element type 20 (int8) instead of expected 23 (int4)", e.getMessage());
        String shortElement = "00000001" + "00000000" + "00000017" + "00000001" + "00000001" + "00000002" + "0001";
        assertEquals(SqlState.INVALID_BINARY_REPRESENTATION,
                assertThrows(PgException.class, () -> fromHex(PgTypes.INT4_ARRAY, shortElement)).state());
        String truncated = "00000001" + "00000000" + "00000017" + "00000002" + "00000001" + "00000004" + "00000001";
        assertEquals("insufficient data left in message",
                assertThrows(PgException.class, () -> fromHex(PgTypes.INT4_ARRAY, truncated)).getMessage());
        assertEquals("invalid array flags", assertThrows(PgException.class,
                () -> fromHex(PgTypes.INT4_ARRAY, "000000000000000200000017")).getMessage());
        assertEquals(SqlState.FEATURE_NOT_SUPPORTED, assertThrows(PgException.class,
                () -> fromHex(PgTypes.INT4_ARRAY, "000000020000000000000017")).state());
    }

    @Test
    void vectorsAreSpaceSeparatedWithLowerBoundZero() throws PgException {
        assertEquals("1 2 3", text(PgTypes.INT2VECTOR, List.of((short) 1, (short) 2, (short) 3)));
        assertEquals("", text(PgTypes.OIDVECTOR, List.of()));
        assertEquals("23 4294967295", text(PgTypes.OIDVECTOR, List.of(23, -1)));
        assertEquals(List.of((short) 1, (short) -2), fromText(PgTypes.INT2VECTOR, " 1  -2 "));
        String bin = "00000001" + "00000000" + "00000015" + "00000002" + "00000000" + "00000002" + "0001"
                + "00000002" + "0002";
        assertEquals(bin, hex(PgTypes.INT2VECTOR, List.of((short) 1, (short) 2)));
        assertEquals(List.of((short) 1, (short) 2), fromHex(PgTypes.INT2VECTOR, bin));
        assertEquals("invalid int2vector data", assertThrows(PgException.class,
                () -> fromHex(PgTypes.INT2VECTOR, bin.replace("0000000200000000", "0000000200000001"))).getMessage());
        assertEquals("int2vector", PgTypes.formatType(PgTypes.INT2VECTOR, -1));
        assertTrue(PgTypes.isListValued(PgTypes.OIDVECTOR));
        assertTrue(PgTypes.isListValued(PgTypes.INT4_ARRAY));
        assertEquals(false, PgTypes.isListValued(PgTypes.NAME));
    }
}
