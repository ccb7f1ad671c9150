package dev.pgwire.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pgwire.runtime.PgWireServer;
import dev.pgwire.runtime.TestEngine;
import dev.pgwire.runtime.tables.TableRegistry;
import dev.pgwire.runtime.testing.PostgresServer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same malformed bytes sent to PostgreSQL 15 and to pgwire after a normal startup: the answers (message
 * types, severities, SQLSTATEs, texts) and whether the connection survives must be the same.
 */
class MalformedInputOracleTest {
    private static final byte[] SELECT_1 = ClientMessages.create().query("select 1").bytes();
    private static PgWireServer server;

    @BeforeAll
    static void start() {
        server = PgWireServer.builder().port(0).registry(new TableRegistry()).engine(new TestEngine()).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<Arguments> cases() {
        return List.of(
                Arguments.of("invalid UTF-8 in a query", FrontendFuzz.frame('Q',
                        new byte[] {'s', 'e', 'l', (byte) 0xC3, 0x28, 0})),
                Arguments.of("invalid UTF-8 in a statement name", FrontendFuzz.concat(FrontendFuzz.frame('P',
                        new byte[] {(byte) 0xFF, 0, 's', 0, 0, 0}), ClientMessages.create().sync().bytes())),
                Arguments.of("Sync with a trailing byte", FrontendFuzz.frame('S', new byte[] {0})),
                Arguments.of("query without its NUL", FrontendFuzz.frame('Q', new byte[] {'s', 'e', 'l'})),
                Arguments.of("query with bytes after its NUL", FrontendFuzz.frame('Q', new byte[] {'x', 0, 'y'})),
                Arguments.of("Describe of an unknown kind", FrontendFuzz.concat(FrontendFuzz.frame('D',
                        new byte[] {'X', 0}), ClientMessages.create().sync().bytes())),
                Arguments.of("Execute cut short", FrontendFuzz.concat(FrontendFuzz.frame('E', new byte[] {0, 0}),
                        ClientMessages.create().sync().bytes())),
                Arguments.of("Bind with the wrong parameter count", ClientMessages.create().parse("s1", "select $1")
                        .bind("", "s1", new String[0]).sync().bytes()),
                Arguments.of("Bind with a format code that does not exist", ClientMessages.create()
                        .parse("", "select $1").bind("", "", new short[] {2}, new byte[][] {{'1'}}).sync().bytes()),
                Arguments.of("unknown message type", FrontendFuzz.frame('?', new byte[0])),
                Arguments.of("PasswordMessage after startup", ClientMessages.create().password("x").bytes()),
                Arguments.of("CopyData outside COPY", FrontendFuzz.frame('d', new byte[] {1, 2, 3})));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameAnswerAsPostgres(String name, byte[] bytes) throws Exception {
        int pg = PostgresServer.shared().port();
        assertEquals(conversation(pg, "postgres", bytes), conversation(server.port(), "pgwire", bytes), name);
    }

    /** Sends the bytes, then a query; returns everything up to that query's ReadyForQuery or EOF. */
    private static List<String> conversation(int port, String user, byte[] bytes) throws Exception {
        try (RawClient c = RawClient.connect(port, user)) {
            c.sendRaw(FrontendFuzz.concat(bytes, SELECT_1));
            List<String> out = new java.util.ArrayList<>();
            while (true) {
                List<String> part = c.readToReady();
                out.addAll(part);
                String last = part.get(part.size() - 1);
                if (last.equals(RawClient.EOF) || out.contains("C:SELECT 1")) {
                    return out;
                }
            }
        }
    }
}
