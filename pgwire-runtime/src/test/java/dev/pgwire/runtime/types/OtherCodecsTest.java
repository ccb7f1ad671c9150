package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import dev.pgwire.runtime.testing.TestSession;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import static dev.pgwire.runtime.types.Codecs.fromHex;
import static dev.pgwire.runtime.types.Codecs.fromText;
import static dev.pgwire.runtime.types.Codecs.hex;
import static dev.pgwire.runtime.types.Codecs.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OtherCodecsTest {

    @Test
    void textIsUtf8InBothFormats() throws PgException {
        assertEquals("c3a9e282ac", hex(PgTypes.TEXT, "é€"));
        assertEquals("é€", text(PgTypes.VARCHAR, "é€"));
        assertEquals("", hex(PgTypes.TEXT, ""));
        assertEquals("é€", fromHex(PgTypes.TEXT, "c3a9e282ac"));
        assertEquals("", fromHex(PgTypes.TEXT, ""));
        assertEquals("x", text(PgTypes.BPCHAR, 'x'));
        assertEquals(" a ", fromText(PgTypes.TEXT, " a "));
        PgException bad = assertThrows(PgException.class, () -> fromHex(PgTypes.TEXT, "c3"));
        assertEquals(SqlState.CHARACTER_NOT_IN_REPERTOIRE, bad.state());
        assertThrows(PgException.class, () -> fromHex(PgTypes.TEXT, "6100"));
        assertEquals(SqlState.CHARACTER_NOT_IN_REPERTOIRE,
                assertThrows(PgException.class, () -> fromText(PgTypes.TEXT, "a\0b")).state());
    }

    @Test
    void nameInputIsCutTo63BytesOnACharacterBoundary() throws PgException {
        assertEquals("x".repeat(63), fromText(PgTypes.NAME, "x".repeat(70)));
        assertEquals("é".repeat(31), fromText(PgTypes.NAME, "é".repeat(40)));
        assertEquals("a" + "😀".repeat(15), fromText(PgTypes.NAME, "a" + "😀".repeat(20)));
        assertEquals("x".repeat(70), fromText(PgTypes.TEXT, "x".repeat(70)));
    }

    @Test
    void byteaTextIsHex() throws PgException {
        assertEquals("\\x00ff10", text(PgTypes.BYTEA, new byte[] {0, -1, 16}));
        assertEquals("\\x", text(PgTypes.BYTEA, new byte[0]));
        assertEquals("00ff10", hex(PgTypes.BYTEA, new byte[] {0, -1, 16}));
        assertArrayEquals(new byte[] {0, -1, 16}, (byte[]) fromText(PgTypes.BYTEA, "\\x00FF10"));
        assertArrayEquals(new byte[] {0, -1, 16}, (byte[]) fromText(PgTypes.BYTEA, "\\x00 ff\n10"));
        assertArrayEquals(new byte[] {0, -1, 16}, (byte[]) fromHex(PgTypes.BYTEA, "00ff10"));
        assertEquals("invalid hexadecimal digit: \"g\"",
                assertThrows(PgException.class, () -> fromText(PgTypes.BYTEA, "\\x0g")).getMessage());
        assertEquals("invalid hexadecimal data: odd number of digits",
                assertThrows(PgException.class, () -> fromText(PgTypes.BYTEA, "\\x012")).getMessage());
    }

    @Test
    void byteaEscapeOutputWhenTheSessionAsksForIt() {
        TestSession escape = TestSession.UTC.with("bytea_output", "escape");
        byte[] bytes = {'a', '\\', 0, 127, -1, '~', ' '};
        assertEquals("a\\\\\\000\\177\\377~ ", text(PgTypes.BYTEA, bytes, escape));
        assertEquals("", text(PgTypes.BYTEA, new byte[0], escape));
    }

    @Test
    void byteaAcceptsTheEscapeFormat() throws PgException {
        assertArrayEquals(new byte[] {'a', '\\', 0, (byte) 0xff, 'b'},
                (byte[]) fromText(PgTypes.BYTEA, "a\\\\\\000\\377b"));
        assertArrayEquals(new byte[] {(byte) 0xc3, (byte) 0xa9}, (byte[]) fromText(PgTypes.BYTEA, "é"));
        assertEquals("invalid input syntax for type bytea",
                assertThrows(PgException.class, () -> fromText(PgTypes.BYTEA, "a\\9")).getMessage());
        assertThrows(PgException.class, () -> fromText(PgTypes.BYTEA, "\\"));
    }

    @Test
    void uuidFormats() throws PgException {
        UUID u = UUID.fromString("A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11");
        assertEquals("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", text(PgTypes.UUID, u));
        assertEquals("a0eebc999c0b4ef8bb6d6bb9bd380a11", hex(PgTypes.UUID, u));
        assertEquals(u, fromHex(PgTypes.UUID, "a0eebc999c0b4ef8bb6d6bb9bd380a11"));
        assertEquals(u, fromText(PgTypes.UUID, "A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11"));
        assertEquals(u, fromText(PgTypes.UUID, "{a0eebc99-9c0b4ef8-bb6d6bb9-bd380a11}"));
        assertEquals(u, fromText(PgTypes.UUID, "a0eebc999c0b4ef8bb6d6bb9bd380a11"));
        assertEquals(new UUID(0, 1), fromText(PgTypes.UUID, text(PgTypes.UUID, new UUID(0, 1))));
        for (String bad : new String[] {"", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1", "{a0eebc999c0b4ef8bb6d6bb9bd380a11",
                "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11-", "-a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11",
                "a0ee-bc99-9c0b-4ef8-bb6d-6bb9bd380a11x"}) {
            PgException e = assertThrows(PgException.class, () -> fromText(PgTypes.UUID, bad), bad);
            assertEquals("invalid input syntax for type uuid: \"" + bad + "\"", e.getMessage());
        }
        assertThrows(PgException.class, () -> fromHex(PgTypes.UUID, "00"));
    }
}
