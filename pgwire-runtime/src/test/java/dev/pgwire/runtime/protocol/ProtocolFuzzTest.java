package dev.pgwire.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgwire.runtime.testing.LogCapture;
import dev.pgwire.runtime.testing.NettyLeaks;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Property-based fuzzing of the frontend side of the protocol through the real decoder, connection handler
 * and session (on {@link io.netty.channel.embedded.EmbeddedChannel}s, so thousands of connections take
 * seconds). For any input the server answers with well-formed messages whose errors carry a proper
 * SQLSTATE (never XX000), or closes that connection after a FATAL; nothing escapes the pipeline (no
 * warning is logged), every closed connection releases its session and cursors, no buffer leaks (Netty's
 * paranoid leak detector), and a healthy connection to the same server keeps working.
 *
 * <p>Leftovers are checked after each try, leaks and a second healthy connection after each property. Tries
 * are modest ({@code jqwik.tries.default} in {@code junit-platform.properties}; fewer for the targeted
 * properties) so that the build stays fast; for a long run of the open-ended ones: {@code ./mvnw -pl pgwire-runtime test -Dtest='*FuzzTest' -Djqwik.tries.default=20000}.
 */
class ProtocolFuzzTest {
    private EmbeddedFuzzServer server;
    private LogCapture logs;

    @BeforeProperty
    void start() {
        NettyLeaks.install();
        server = new EmbeddedFuzzServer(64 * 1024);
        logs = LogCapture.start();
    }

    @AfterTry
    void checkTry() {
        logs.assertNoWarnings();
        server.assertNothingLeft();
    }

    @AfterProperty
    void stop() {
        server.assertHealthy();
        logs.close();
        server.close();
        NettyLeaks.assertNone();
    }

    @Property
    void anyMessageSequenceAfterStartup(@ForAll("messageLists") List<byte[]> messages,
            @ForAll @IntRange(min = 1, max = 4) int chunks) {
        byte[] all = FrontendFuzz.concat(messages.toArray(new byte[0][]));
        List<byte[]> input = new ArrayList<>();
        input.add(EmbeddedFuzzServer.startup());
        input.addAll(split(all, chunks));
        input.add(ClientMessages.create().sync().query("select 1").bytes());
        EmbeddedFuzzServer.Exchange e = server.exchange(input);
        e.response().assertSaneErrors();
        if (e.response().fatal()) {
            assertFalse(e.stillOpen(), "connection open after FATAL");
        }
    }

    @Property
    void anyStartupPacket(@ForAll("startupPackets") byte[] startup, @ForAll("messageLists") List<byte[]> after) {
        List<byte[]> input = new ArrayList<>();
        input.add(startup);
        input.addAll(after);
        EmbeddedFuzzServer.Exchange e = server.exchange(input);
        e.response().assertSaneErrors();
        if (e.response().fatal()) {
            assertFalse(e.stillOpen(), "connection open after FATAL");
        }
    }

    @Property(tries = 30)
    void messagesBeforeStartupAreFatalProtocolViolations(@ForAll("validMessages") byte[] message) {
        EmbeddedFuzzServer.Exchange e = server.exchange(message);
        assertEquals("E:FATAL/08P01/invalid length of startup packet", e.response().last().toString());
        assertFalse(e.stillOpen());
    }

    @Property(tries = 40)
    void invalidUtf8IsAnError22021AndTheSessionGoesOn(@ForAll("invalidUtf8Queries") byte[] query) {
        EmbeddedFuzzServer.Exchange e = server.exchange(EmbeddedFuzzServer.startup(), query,
                ClientMessages.create().query("select 1").bytes());
        List<String> out = e.response().messages().stream().map(Object::toString).toList();
        List<String> tail = out.subList(out.size() - 6, out.size());
        assertTrue(tail.get(0).startsWith("E:ERROR/22021/invalid byte sequence for encoding \"UTF8\": 0x"), out::toString);
        assertEquals(List.of("Z", "T", "D", "C", "Z"), tail.subList(1, 6));
        assertTrue(e.stillOpen());
    }

    @Property(tries = 40)
    void impossibleLengthsCloseOnlyThisConnection(@ForAll("badLengths") int length, @ForAll("types") char type) {
        byte[] header = ByteBuffer.allocate(5).put((byte) type).putInt(length).array();
        EmbeddedFuzzServer.Exchange e = server.exchange(EmbeddedFuzzServer.startup(), header);
        String expected = length > 64 * 1024 ? "E:FATAL/54000/message of " + length
                + " bytes exceeds the limit of 65536 bytes" : "E:FATAL/08P01/invalid message length";
        assertEquals(expected, e.response().last().toString());
        assertFalse(e.stillOpen());
    }

    @Property(tries = 30)
    void unknownMessageTypesAreFatal(@ForAll("unknownTypes") byte type) {
        EmbeddedFuzzServer.Exchange e = server.exchange(EmbeddedFuzzServer.startup(),
                FrontendFuzz.frame((char) (type & 0xFF), new byte[3]));
        assertEquals("E:FATAL/08P01/invalid frontend message type " + (type & 0xFF), e.response().last().toString());
        assertFalse(e.stillOpen());
    }

    @Property(tries = 50)
    void lyingCountsAndFormatCodesAreErrorsNotCrashes(@ForAll("lyingMessages") byte[] message) {
        EmbeddedFuzzServer.Exchange e = server.exchange(EmbeddedFuzzServer.startup(),
                ClientMessages.create().parse("", "select $1, $2").bytes(), message,
                ClientMessages.create().sync().query("select 1").bytes());
        e.response().assertSaneErrors();
        assertTrue(e.stillOpen(), "a well-framed message must not end the connection: " + e.response());
        List<String> out = e.response().messages().stream().map(Object::toString).toList();
        assertEquals(List.of("T", "D", "C", "Z"), out.subList(out.size() - 4, out.size()));
    }

    @Provide
    Arbitrary<List<byte[]>> messageLists() {
        return FrontendFuzz.anyMessage().list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<byte[]> startupPackets() {
        return FrontendFuzz.startupPacket();
    }

    @Provide
    Arbitrary<byte[]> validMessages() {
        return FrontendFuzz.validMessage();
    }

    @Provide
    Arbitrary<byte[]> lyingMessages() {
        return FrontendFuzz.lyingMessage();
    }

    @Provide
    Arbitrary<byte[]> invalidUtf8Queries() {
        return net.jqwik.api.Combinators.combine(Arbitraries.strings().alpha().ofMaxLength(10),
                        Arbitraries.of(FrontendFuzz.INVALID_UTF8), Arbitraries.strings().ofMaxLength(10))
                .as((before, bad, after) -> FrontendFuzz.frame('Q', FrontendFuzz.concat(
                        before.getBytes(java.nio.charset.StandardCharsets.UTF_8), bad,
                        FrontendFuzz.cstring(after.replace('\0', ' ')))));
    }

    @Provide
    Arbitrary<Integer> badLengths() {
        return Arbitraries.oneOf(Arbitraries.integers().between(Integer.MIN_VALUE, 3),
                Arbitraries.integers().between(64 * 1024 + 1, Integer.MAX_VALUE));
    }

    @Provide
    Arbitrary<Character> types() {
        return Arbitraries.of('Q', 'P', 'B', 'E', 'D', 'C', 'S', 'H', 'd');
    }

    @Provide
    Arbitrary<Byte> unknownTypes() {
        return Arbitraries.bytes().filter(b -> "QPBDECSHXpFdcf".indexOf((char) (b & 0xFF)) < 0);
    }

    /** Splits bytes at arbitrary points so frames arrive in pieces. */
    private static List<byte[]> split(byte[] bytes, int chunks) {
        List<byte[]> out = new ArrayList<>();
        int size = Math.max(1, bytes.length / chunks);
        for (int i = 0; i < bytes.length; i += size) {
            out.add(java.util.Arrays.copyOfRange(bytes, i, Math.min(bytes.length, i + size)));
        }
        return out;
    }
}
