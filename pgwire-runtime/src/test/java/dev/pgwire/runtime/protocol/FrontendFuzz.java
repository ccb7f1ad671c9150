package dev.pgwire.runtime.protocol;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of frontend traffic for the fuzz tests: well-formed messages of every type over the test
 * engine's query shapes, messages that lie about their counts (65535 parameters, negative lengths, format
 * codes that do not exist), and structural mutations of any message (length word, type byte, truncation,
 * invalid UTF-8, a missing NUL, a flipped byte).
 */
final class FrontendFuzz {
    static final byte[][] INVALID_UTF8 = {
        {(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0x80},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xE2, (byte) 0x82},
    };
    private static final List<String> SQL = List.of("select 1", "select * from series(3)", "select $1",
            "select $1, $2", "select * from broken(2)", "begin", "commit", "rollback", "set x.y = 1", "show x.y",
            "", "select nosuch", "select sleep(1)", "insert into t values (1)", "select 1; select 2", "savepoint a");
    private static final List<String> NAMES = List.of("", "", "s1", "s2", "p1");

    private FrontendFuzz() {}

    /** One message, well-formed or mutated. */
    static Arbitrary<byte[]> anyMessage() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, validMessage()),
                net.jqwik.api.Tuple.of(2, lyingMessage()),
                net.jqwik.api.Tuple.of(3, mutated(validMessage())));
    }

    /** A well-formed message of any frontend type (the session may still reject it). */
    static Arbitrary<byte[]> validMessage() {
        return Arbitraries.oneOf(
                sql().map(s -> frame('Q', cstring(s))),
                Combinators.combine(names(), sql(), Arbitraries.integers().between(0, 3))
                        .as((n, s, k) -> frame('P', concat(cstring(n), cstring(s), shortCount(k), new byte[4 * k]))),
                Combinators.combine(names(), names(), Arbitraries.integers().between(0, 3), formatCodes())
                        .as((p, s, k, f) -> frame('B', bindBody(p, s, f, k, k, f))),
                Combinators.combine(Arbitraries.of('S', 'P'), names())
                        .as((t, n) -> frame('D', concat(new byte[] {(byte) (char) t}, cstring(n)))),
                Combinators.combine(names(), Arbitraries.of(0, 1, 2, -1, Integer.MAX_VALUE))
                        .as((n, max) -> frame('E', concat(cstring(n), ByteBuffer.allocate(4).putInt(max).array()))),
                Combinators.combine(Arbitraries.of('S', 'P'), names())
                        .as((t, n) -> frame('C', concat(new byte[] {(byte) (char) t}, cstring(n)))),
                Arbitraries.of('S', 'H', 'c').map(t -> frame(t, new byte[0])),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(16).map(b -> frame('d', b)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(8).map(b -> frame('F', b)));
    }

    /** Parse and Bind whose counts disagree with their contents, or carry impossible format codes. */
    static Arbitrary<byte[]> lyingMessage() {
        Arbitrary<Integer> counts = Arbitraries.of(0, 1, 2, 3, 0x7FFF, 0x8000, 0xFFFF);
        return Arbitraries.oneOf(
                Combinators.combine(names(), sql(), counts, Arbitraries.integers().between(0, 4))
                        .as((n, s, declared, actual) ->
                                frame('P', concat(cstring(n), cstring(s), shortCount(declared), new byte[4 * actual]))),
                Combinators.combine(names(), counts, Arbitraries.integers().between(0, 3), formatCodes(),
                                Arbitraries.integers().between(-3, 3))
                        .as((s, declared, actual, f, lengthWord) ->
                                frame('B', bindBody("", s, f, declared, actual, f, lengthWord))));
    }

    /** Applies one structural mutation to messages from {@code messages}. */
    static Arbitrary<byte[]> mutated(Arbitrary<byte[]> messages) {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 1 << 16);
        Arbitrary<Integer> lengths = Arbitraries.oneOf(
                Arbitraries.integers().between(Integer.MIN_VALUE, 3),
                Arbitraries.integers().between(-8, 8),
                Arbitraries.integers().between(16 * 1024 * 1024, Integer.MAX_VALUE),
                Arbitraries.of(0, 3, 4, 5, 0x7FFFFFFF, 0x80000000));
        return Arbitraries.oneOf(
                Combinators.combine(messages, lengths).as((m, delta) -> setLength(m, Math.abs(delta) <= 8
                        ? m.length - 1 + delta : delta)),
                Combinators.combine(messages, position).as((m, p) -> Arrays.copyOf(m, p % m.length)),
                Combinators.combine(messages, Arbitraries.bytes()).as((m, t) -> set(m, 0, t)),
                Combinators.combine(messages, position, Arbitraries.bytes())
                        .as((m, p, b) -> set(m, 5 + p % Math.max(1, m.length - 5), b)),
                Combinators.combine(messages, position, Arbitraries.of(INVALID_UTF8))
                        .as((m, p, bad) -> insert(m, 5 + p % (m.length - 4), bad)),
                Combinators.combine(messages, position).as(FrontendFuzz::dropNul));
    }

    /** A startup packet with any version word and any (possibly invalid) options. */
    static Arbitrary<byte[]> startupPacket() {
        Arbitrary<Integer> versions = Arbitraries.oneOf(
                Arbitraries.of(PgFrontendDecoder.PROTOCOL_3_0, (3 << 16) | 1, (3 << 16) | 0xFFFF, 2 << 16, 1 << 16,
                        4 << 16, 0, -1, 1234 << 16, PgFrontendDecoder.CANCEL_REQUEST_CODE),
                Arbitraries.integers());
        Arbitrary<String> keys = Arbitraries.of("user", "database", "options", "TimeZone", "client_encoding",
                "application_name", "_pq_.x", "replication", "nosuch", "a.b", "DateStyle", "");
        Arbitrary<String> values = Arbitraries.oneOf(
                Arbitraries.of("alice", "", "UTC", "SQL_ASCII", "-c x.y=1", "-c nosuch=1", "-c", "--a=b", "database",
                        "\\ -c", "ISO, DMY", "Mars/Olympus", "true"),
                Arbitraries.strings().ofMaxLength(12));
        Arbitrary<byte[]> options = Combinators.combine(keys, values).as((k, v) -> concat(cstring(k), cstring(v)))
                .list().ofMaxSize(5).map(l -> concat(l.toArray(new byte[0][])));
        Arbitrary<byte[]> user = Arbitraries.of(true, true, false).map(u -> u ? concat(cstring("user"), cstring("alice"))
                : new byte[0]);
        return Combinators.combine(versions, user, options, Arbitraries.of(true, true, true, false))
                .as((v, u, o, terminated) -> {
                    byte[] body = concat(ByteBuffer.allocate(4).putInt(v).array(), u, o,
                            terminated ? new byte[] {0} : new byte[0]);
                    return concat(ByteBuffer.allocate(4).putInt(body.length + 4).array(), body);
                });
    }

    static byte[] frame(char type, byte[] body) {
        return concat(new byte[] {(byte) type}, ByteBuffer.allocate(4).putInt(body.length + 4).array(), body);
    }

    static byte[] cstring(String s) {
        return concat(s.getBytes(StandardCharsets.UTF_8), new byte[] {0});
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static Arbitrary<String> sql() {
        return Arbitraries.of(SQL);
    }

    private static Arbitrary<String> names() {
        return Arbitraries.of(NAMES);
    }

    private static Arbitrary<short[]> formatCodes() {
        return Arbitraries.shorts().between((short) -1, (short) 2).array(short[].class).ofMaxSize(3)
                .edgeCases(c -> c.add(new short[] {7}));
    }

    private static byte[] shortCount(int n) {
        return ByteBuffer.allocate(2).putShort((short) n).array();
    }

    private static byte[] bindBody(String portal, String statement, short[] formats, int declared, int actual,
            short[] resultFormats) {
        return bindBody(portal, statement, formats, declared, actual, resultFormats, 1);
    }

    /** Bind with {@code declared} in the count field, {@code actual} values of length {@code lengthWord}. */
    private static byte[] bindBody(String portal, String statement, short[] formats, int declared, int actual,
            short[] resultFormats, int lengthWord) {
        ByteBuffer b = ByteBuffer.allocate(64 + 2 * formats.length + 8 * actual + 2 * resultFormats.length);
        b.put(cstring(portal)).put(cstring(statement)).putShort((short) formats.length);
        for (short f : formats) {
            b.putShort(f);
        }
        b.putShort((short) declared);
        for (int i = 0; i < actual; i++) {
            b.putInt(lengthWord);
            for (int j = 0; j < lengthWord; j++) {
                b.put((byte) ('1' + j));
            }
        }
        b.putShort((short) resultFormats.length);
        for (short f : resultFormats) {
            b.putShort(f);
        }
        return Arrays.copyOf(b.array(), b.position());
    }

    private static byte[] setLength(byte[] m, int length) {
        byte[] copy = m.clone();
        ByteBuffer.wrap(copy).putInt(1, length);
        return copy;
    }

    private static byte[] set(byte[] m, int index, byte value) {
        byte[] copy = m.clone();
        if (index < copy.length) {
            copy[index] = value;
        }
        return copy;
    }

    /** Inserts bytes into the body and fixes the length word, so the frame stays intact. */
    private static byte[] insert(byte[] m, int at, byte[] bytes) {
        byte[] out = concat(Arrays.copyOf(m, at), bytes, Arrays.copyOfRange(m, at, m.length));
        return setLength(out, out.length - 1);
    }

    /** Removes the n-th NUL of the body (if any) and fixes the length word. */
    private static byte[] dropNul(byte[] m, int n) {
        int count = 0;
        for (int i = 5; i < m.length; i++) {
            count += m[i] == 0 ? 1 : 0;
        }
        if (count == 0) {
            return m;
        }
        int target = n % count;
        for (int i = 5; i < m.length; i++) {
            if (m[i] == 0 && target-- == 0) {
                byte[] out = concat(Arrays.copyOf(m, i), Arrays.copyOfRange(m, i + 1, m.length));
                return setLength(out, out.length - 1);
            }
        }
        return m;
    }
}
