package dev.pgwire.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgwire.runtime.query.SqlState;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PgFrontendDecoderTest {
    private static final Map<String, String> STARTUP = startupParams();

    private static Map<String, String> startupParams() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("user", "alice");
        m.put("database", "db");
        m.put("application_name", "tëst");
        return m;
    }

    /** A conversation covering every message type. */
    private static byte[] conversation() {
        return ClientMessages.create()
                .startup(STARTUP)
                .password("secret")
                .query("select 1; select 'ü'")
                .parse("s1", "select $1, $2", 23, 0)
                .bind("p1", "s1", new short[] {0, 1}, new byte[][] {"42".getBytes(), null}, (short) 1)
                .describe('S', "s1")
                .describe('P', "p1")
                .execute("p1", 10)
                .close('P', "p1")
                .close('S', "s1")
                .flush()
                .sync()
                .raw('d', new byte[] {1, 2})
                .raw('F', new byte[] {0, 0, 0, 1})
                .terminate()
                .bytes();
    }

    private static final List<String> EXPECTED = List.of(
            "Startup[protocolVersion=196608, parameters={user=alice, database=db, application_name=tëst}]",
            "PasswordMessage[7 bytes]",
            "Query[sql=select 1; select 'ü']",
            "Parse s1 select $1, $2 [23, 0]",
            "Bind p1 s1 [0, 1] [42, null] [1]",
            "Describe[target=S, name=s1]",
            "Describe[target=P, name=p1]",
            "Execute[portal=p1, maxRows=10]",
            "Close[target=P, name=p1]",
            "Close[target=S, name=s1]",
            "Flush[]",
            "Sync[]",
            "CopyMessage[type=d]",
            "FunctionCall[]",
            "Terminate[]");

    @Test
    void decodesEveryMessageInOneBuffer() {
        assertEquals(EXPECTED, decode(List.of(conversation())));
    }

    @Test
    void decodesEveryMessageSplitAtEveryByteBoundary() {
        byte[] all = conversation();
        for (int split = 1; split < all.length; split++) {
            List<byte[]> chunks = List.of(Arrays.copyOfRange(all, 0, split), Arrays.copyOfRange(all, split, all.length));
            assertEquals(EXPECTED, decode(chunks), "split at " + split);
        }
    }

    @Test
    void decodesByteByByte() {
        byte[] all = conversation();
        List<byte[]> chunks = new ArrayList<>();
        for (byte b : all) {
            chunks.add(new byte[] {b});
        }
        assertEquals(EXPECTED, decode(chunks));
    }

    @Test
    void gssEncRequestThenStartupStaysInStartupState() {
        List<String> out = decode(List.of(ClientMessages.create().gssEncRequest().bytes(),
                ClientMessages.create().sslRequest().bytes(), ClientMessages.create().startup(STARTUP).bytes()));
        assertEquals(List.of("GssEncRequest[]", "SslRequest[]", EXPECTED.get(0)), out);
    }

    /** Bytes sent with an encryption request, before its answer, are plain text a man in the middle could inject. */
    @Test
    void dataBufferedAfterAnEncryptionRequestIsAViolation() {
        for (boolean ssl : new boolean[] {true, false}) {
            ClientMessages request = ssl ? ClientMessages.create().sslRequest() : ClientMessages.create().gssEncRequest();
            EmbeddedChannel ch = new EmbeddedChannel(new PgFrontendDecoder());
            ch.writeInbound(Unpooled.wrappedBuffer(request.startup(STARTUP).bytes()));
            assertMalformed(ch.readInbound(), SqlState.PROTOCOL_VIOLATION,
                    "received unencrypted data after " + (ssl ? "SSL request" : "GSSAPI encryption request"));
            assertNull(ch.readInbound());
            ch.finishAndReleaseAll();
        }
    }

    @Test
    void passwordMessagesAreLimitedBeforeAnyLogin() {
        EmbeddedChannel ch = new EmbeddedChannel(new PgFrontendDecoder());
        ch.writeInbound(Unpooled.wrappedBuffer(ClientMessages.create().startup(STARTUP).bytes()));
        ch.readInbound();
        ch.writeInbound(Unpooled.buffer().writeByte('p').writeInt(PgFrontendDecoder.MAX_AUTH_MESSAGE_LENGTH + 1));
        assertMalformed(ch.readInbound(), SqlState.PROTOCOL_VIOLATION, "invalid message length");
        ch.finishAndReleaseAll();
    }

    @Test
    void cancelRequestIsDecodedAndTheRestIgnored() {
        byte[] bytes = ClientMessages.create().cancelRequest(1234, -99).query("ignored").bytes();
        assertEquals(List.of("CancelRequest[processId=1234, secretKey=-99]"), decode(List.of(bytes)));
    }

    @Test
    void oversizedStartupPacketIsRejectedBeforeItArrives() {
        EmbeddedChannel ch = new EmbeddedChannel(new PgFrontendDecoder());
        ch.writeInbound(Unpooled.buffer().writeInt(PgFrontendDecoder.MAX_STARTUP_LENGTH + 1).writeInt(196608));
        assertMalformed(ch.readInbound(), SqlState.PROTOCOL_VIOLATION, "invalid length of startup packet");
        ch.writeInbound(Unpooled.wrappedBuffer(new byte[100]));
        assertNull(ch.readInbound(), "input after a protocol violation is discarded");
        assertFalse(ch.finish());
    }

    @Test
    void oversizedMessageIsRejectedFromItsHeaderAlone() {
        EmbeddedChannel ch = new EmbeddedChannel(new PgFrontendDecoder(4096));
        ch.writeInbound(ClientMessages.create().startup(STARTUP).buffer());
        assertInstanceOf(FrontendMessage.Startup.class, ch.readInbound());
        ch.writeInbound(Unpooled.buffer().writeByte('Q').writeInt(4097));
        FrontendMessage.Malformed m = assertMalformed(ch.readInbound(), SqlState.PROGRAM_LIMIT_EXCEEDED, null);
        assertTrue(m.error().getMessage().contains("4096"), m.error().getMessage());
        assertFalse(ch.finish());
    }

    @Test
    void messageAtTheLimitIsAccepted() {
        EmbeddedChannel ch = new EmbeddedChannel(new PgFrontendDecoder(4096));
        ch.writeInbound(ClientMessages.create().startup(STARTUP).query("x".repeat(4096 - 5)).buffer());
        assertInstanceOf(FrontendMessage.Startup.class, ch.readInbound());
        FrontendMessage.Query q = assertInstanceOf(FrontendMessage.Query.class, ch.readInbound());
        assertEquals(4091, q.sql().length());
        assertFalse(ch.finish());
    }

    @Test
    void framingViolationsStopDecoding() {
        assertViolation(Unpooled.buffer().writeByte('Q').writeInt(3), "invalid message length");
        assertViolation(Unpooled.buffer().writeByte('Q').writeInt(-5), "invalid message length");
        assertViolation(Unpooled.buffer().writeByte('?').writeInt(4), "invalid frontend message type 63");
    }

    @Test
    void contentViolationsAreReportedAndDecodingGoesOn() {
        assertInvalid(Unpooled.buffer().writeByte('Q').writeInt(6).writeByte('a').writeByte('b'),
                SqlState.PROTOCOL_VIOLATION, "invalid string in message");
        assertInvalid(Unpooled.buffer().writeByte('Q').writeInt(7).writeByte(0xC3).writeByte(0x28).writeByte(0),
                SqlState.CHARACTER_NOT_IN_REPERTOIRE, "invalid byte sequence for encoding \"UTF8\": 0xc3 0x28");
        assertInvalid(Unpooled.buffer().writeByte('S').writeInt(5).writeByte(0), SqlState.PROTOCOL_VIOLATION,
                "invalid message format");
        assertInvalid(Unpooled.buffer().writeByte('Q').writeInt(7).writeByte('a').writeByte(0).writeByte('b'),
                SqlState.PROTOCOL_VIOLATION, "invalid message format");
        assertInvalid(Unpooled.buffer().writeByte('D').writeInt(6).writeByte('X').writeByte(0),
                SqlState.PROTOCOL_VIOLATION, "invalid DESCRIBE message subtype 88");
        assertInvalid(Unpooled.buffer().writeByte('E').writeInt(6).writeByte(0).writeByte(0),
                SqlState.PROTOCOL_VIOLATION, "insufficient data left in message");
        // Bind announcing 3 parameters but carrying none.
        assertInvalid(Unpooled.buffer().writeByte('B').writeInt(10).writeByte(0).writeByte(0).writeShort(0)
                .writeShort(3), SqlState.PROTOCOL_VIOLATION, "insufficient data left in message");
        // Bind with a parameter length of -2.
        assertInvalid(Unpooled.buffer().writeByte('B').writeInt(14).writeByte(0).writeByte(0).writeShort(0)
                .writeShort(1).writeInt(-2), SqlState.PROTOCOL_VIOLATION, "insufficient data left in message");
        // Bind with a parameter longer than the message.
        assertInvalid(Unpooled.buffer().writeByte('B').writeInt(16).writeByte(0).writeByte(0).writeShort(0)
                .writeShort(1).writeInt(100).writeShort(0), SqlState.PROTOCOL_VIOLATION,
                "insufficient data left in message");
    }

    @Test
    void utf8ValidationFollowsPostgres() {
        // overlong NUL, surrogate, above U+10FFFF, lone continuation, truncated at the end
        assertInvalid(query(0xC0, 0x80), SqlState.CHARACTER_NOT_IN_REPERTOIRE,
                "invalid byte sequence for encoding \"UTF8\": 0xc0 0x80");
        assertInvalid(query(0xED, 0xA0, 0x80), SqlState.CHARACTER_NOT_IN_REPERTOIRE,
                "invalid byte sequence for encoding \"UTF8\": 0xed 0xa0 0x80");
        assertInvalid(query(0xF4, 0x90, 0x80, 0x80), SqlState.CHARACTER_NOT_IN_REPERTOIRE,
                "invalid byte sequence for encoding \"UTF8\": 0xf4 0x90 0x80 0x80");
        assertInvalid(query('a', 0x80), SqlState.CHARACTER_NOT_IN_REPERTOIRE,
                "invalid byte sequence for encoding \"UTF8\": 0x80");
        assertInvalid(query('a', 0xE2, 0x82), SqlState.CHARACTER_NOT_IN_REPERTOIRE,
                "invalid byte sequence for encoding \"UTF8\": 0xe2 0x82");
        EmbeddedChannel ch = new EmbeddedChannel(new PgFrontendDecoder());
        ch.writeInbound(ClientMessages.create().startup(STARTUP).query("€ 𝄞 é").buffer());
        assertInstanceOf(FrontendMessage.Startup.class, ch.readInbound());
        assertEquals("€ 𝄞 é", assertInstanceOf(FrontendMessage.Query.class, ch.readInbound()).sql());
    }

    private static io.netty.buffer.ByteBuf query(int... bytes) {
        io.netty.buffer.ByteBuf b = Unpooled.buffer().writeByte('Q').writeInt(4 + bytes.length + 1);
        for (int x : bytes) {
            b.writeByte(x);
        }
        return b.writeByte(0);
    }

    private static void assertInvalid(io.netty.buffer.ByteBuf message, SqlState state, String text) {
        EmbeddedChannel ch = new EmbeddedChannel(new PgFrontendDecoder());
        ch.writeInbound(ClientMessages.create().startup(STARTUP).buffer());
        assertInstanceOf(FrontendMessage.Startup.class, ch.readInbound());
        ch.writeInbound(message);
        FrontendMessage.Invalid m = assertInstanceOf(FrontendMessage.Invalid.class, ch.readInbound());
        assertEquals(state, m.error().state());
        assertEquals(text, m.error().getMessage());
        ch.writeInbound(ClientMessages.create().sync().buffer());
        assertInstanceOf(FrontendMessage.Sync.class, ch.readInbound(), "decoding goes on after the bad message");
        assertFalse(ch.finish());
    }

    @Test
    void startupViolations() {
        EmbeddedChannel ch = new EmbeddedChannel(new PgFrontendDecoder());
        ch.writeInbound(Unpooled.buffer().writeInt(8).writeInt(2 << 16));
        FrontendMessage.Malformed m = assertMalformed(ch.readInbound(), SqlState.FEATURE_NOT_SUPPORTED, null);
        assertEquals("unsupported frontend protocol 2.0: server supports 3.0 to 3.0", m.error().getMessage());

        ch = new EmbeddedChannel(new PgFrontendDecoder());
        ch.writeInbound(Unpooled.buffer().writeInt(10).writeInt(196608).writeByte('u').writeByte('x'));
        assertMalformed(ch.readInbound(), SqlState.PROTOCOL_VIOLATION,
                "invalid startup packet layout: expected terminator as last byte");

        ch = new EmbeddedChannel(new PgFrontendDecoder());
        ch.writeInbound(Unpooled.buffer().writeInt(4).writeInt(196608));
        assertMalformed(ch.readInbound(), SqlState.PROTOCOL_VIOLATION, "invalid length of startup packet");
    }

    private static void assertViolation(io.netty.buffer.ByteBuf message, String text) {
        EmbeddedChannel ch = new EmbeddedChannel(new PgFrontendDecoder());
        ch.writeInbound(ClientMessages.create().startup(STARTUP).buffer());
        assertInstanceOf(FrontendMessage.Startup.class, ch.readInbound());
        ch.writeInbound(message);
        assertMalformed(ch.readInbound(), SqlState.PROTOCOL_VIOLATION, text);
        ch.writeInbound(ClientMessages.create().sync().buffer());
        assertNull(ch.readInbound(), "nothing is decoded after a violation");
        assertFalse(ch.finish());
    }

    private static FrontendMessage.Malformed assertMalformed(Object msg, SqlState state, String text) {
        FrontendMessage.Malformed m = assertInstanceOf(FrontendMessage.Malformed.class, msg);
        assertEquals(state, m.error().state());
        if (text != null) {
            assertEquals(text, m.error().getMessage());
        }
        return m;
    }

    private static List<String> decode(List<byte[]> chunks) {
        EmbeddedChannel ch = new EmbeddedChannel(new PgFrontendDecoder());
        List<String> out = new ArrayList<>();
        for (byte[] chunk : chunks) {
            ch.writeInbound(Unpooled.wrappedBuffer(chunk));
            Object m;
            while ((m = ch.readInbound()) != null) {
                out.add(render((FrontendMessage) m));
            }
        }
        assertFalse(ch.finish());
        return out;
    }

    /** Records with arrays print identities; spell those out. */
    private static String render(FrontendMessage m) {
        if (m instanceof FrontendMessage.Parse p) {
            return "Parse " + p.statement() + " " + p.sql() + " " + Arrays.toString(p.parameterTypes());
        }
        if (m instanceof FrontendMessage.Bind b) {
            List<String> values = new ArrayList<>();
            for (byte[] v : b.parameterValues()) {
                values.add(v == null ? "null" : new String(v));
            }
            return "Bind " + b.portal() + " " + b.statement() + " " + Arrays.toString(b.parameterFormats()) + " "
                    + values + " " + Arrays.toString(b.resultFormats());
        }
        return m.toString().replace("FrontendMessage.", "");
    }
}
