package dev.pgwire.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SessionSettings;
import dev.pgwire.runtime.query.SqlState;
import dev.pgwire.runtime.testing.TestSession;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bind parameters through the real type codecs. */
class CodecParameterDecoderTest {
    private static final SessionSettings SETTINGS = TestSession.UTC;

    private static Object decode(int oid, byte[] value, boolean binary) throws PgException {
        return CodecParameterDecoder.INSTANCE.decode(oid, 0, value, binary, SETTINGS);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void textAndBinary() throws PgException {
        assertEquals(42, decode(23, utf8("42"), false));
        assertEquals(258, decode(23, new byte[] {0, 0, 1, 2}, true));
        assertEquals(7L, decode(20, utf8("7"), false));
        assertEquals("héllo", decode(25, utf8("héllo"), false));
        assertEquals("héllo", decode(1043, utf8("héllo"), true));
        assertEquals(Boolean.TRUE, decode(16, utf8("t"), false));
    }

    @Test
    void unknownTypesPassTextThrough() throws PgException {
        assertEquals("2024-01-01", decode(0, utf8("2024-01-01"), false));
        assertEquals("x", decode(999_999, utf8("x"), false));
        PgException e = assertThrows(PgException.class, () -> decode(0, new byte[] {1}, true));
        assertEquals(SqlState.INVALID_BINARY_REPRESENTATION, e.state());
    }

    @Test
    void errors() {
        assertEquals(SqlState.INVALID_TEXT_REPRESENTATION,
                assertThrows(PgException.class, () -> decode(23, utf8("4x"), false)).state());
        assertEquals(SqlState.CHARACTER_NOT_IN_REPERTOIRE,
                assertThrows(PgException.class, () -> decode(25, new byte[] {(byte) 0xC3, 0x28}, false)).state());
        PgException tooLong = assertThrows(PgException.class, () -> decode(23, new byte[] {0, 0, 0, 1, 2}, true));
        assertEquals(SqlState.INVALID_BINARY_REPRESENTATION, tooLong.state());
    }
}
