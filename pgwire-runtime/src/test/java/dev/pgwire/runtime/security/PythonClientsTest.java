package dev.pgwire.runtime.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pgwire.runtime.PgWireServer;
import dev.pgwire.runtime.TestEngine;
import dev.pgwire.runtime.auth.AuthMethod;
import dev.pgwire.runtime.tables.TableRegistry;
import dev.pgwire.runtime.testing.TestCertificates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * psycopg 3 (libpq) and asyncpg (its own protocol code) log in with SCRAM-SHA-256, md5 and cleartext, over
 * TLS too, and see 28P01 for a wrong password. Skipped, saying why, when a module is not installed
 * ({@code pip install psycopg psycopg-binary asyncpg}; {@code .ci/run} installs them).
 */
class PythonClientsTest {
    /**
     * Arguments: client, CA file, then "port:channel_binding" per server. Prints one line per attempt: "ok <user>",
     * or "error 28P01" for PostgreSQL's password failure message, or the unexpected error.
     */
    private static final String SCRIPT = """
            import asyncio, sys
            client, cafile, servers = sys.argv[1], sys.argv[2], [a.split(":") for a in sys.argv[3:]]
            attempts = [("alice", "s3cret wörd", False), ("alice", "wrong", False), ("nobody", "s3cret wörd", False),
                        ("alice", "s3cret wörd", True)]
            if client == "psycopg":
                import psycopg
                for port, binding in servers:
                    for user, password, tls in attempts:
                        extra = dict(sslmode="verify-full", sslrootcert=cafile, channel_binding=binding) if tls \
                            else dict(sslmode="disable")
                        try:
                            with psycopg.connect(host="localhost", port=int(port), user=user, password=password,
                                                 dbname="app", connect_timeout=10, **extra) as c:
                                print("ok", c.execute("show session_authorization").fetchone()[0])
                        except psycopg.OperationalError as e:  # libpq reports login errors as text only
                            expected = 'FATAL:  password authentication failed for user "%s"' % user
                            print("error", "28P01" if str(e).strip().endswith(expected) else e)
            else:
                import asyncpg, ssl
                async def main():
                    for port, binding in servers:
                        for user, password, tls in attempts:
                            context = ssl.create_default_context(cafile=cafile) if tls else False
                            try:
                                c = await asyncpg.connect(host="localhost", port=int(port), user=user,
                                                          password=password, database="app", ssl=context, timeout=10)
                                print("ok", await c.fetchval("show session_authorization"))
                                await c.close()
                            except asyncpg.PostgresError as e:
                                expected = 'password authentication failed for user "%s"' % user
                                print("error", e.sqlstate if str(e) == expected else e)
                asyncio.run(main())
            """;
    private static final List<AuthMethod> METHODS =
            List.of(AuthMethod.SCRAM_SHA_256, AuthMethod.MD5, AuthMethod.PASSWORD);

    enum Client {
        PSYCOPG("psycopg"),
        ASYNCPG("asyncpg");

        final String module;

        Client(String module) {
            this.module = module;
        }
    }

    @ParameterizedTest
    @EnumSource(Client.class)
    void scramMd5AndPasswordLogins(Client client) throws Exception {
        assumeTrue(python("import " + client.module).exitCode == 0,
                "python module " + client.module + " is not installed (pip install " + client.module + ")");
        assumeTrue(TestCertificates.opensslAvailable(), "the openssl command line is not installed");
        TestCertificates certs = TestCertificates.get();
        List<PgWireServer> servers = new ArrayList<>();
        try {
            List<String> args = new ArrayList<>(List.of(client.module, certs.caCertificate().toString()));
            for (AuthMethod method : METHODS) {
                PgWireServer server = PgWireServer.builder().port(0).registry(new TableRegistry())
                        .engine(new TestEngine()).user("alice", "s3cret wörd").auth(method)
                        .tls(certs.serverCertificate(), certs.serverKey()).start();
                servers.add(server);
                // SCRAM over TLS: libpq insists on SCRAM-SHA-256-PLUS (asyncpg has no channel binding)
                args.add(server.port() + ":" + (method == AuthMethod.SCRAM_SHA_256 ? "require" : "prefer"));
            }
            // One interpreter for every server: starting Python dominates the time of this test
            Run r = python(SCRIPT, args.toArray(String[]::new));
            assertEquals(0, r.exitCode, r.output);
            List<String> lines = r.output.lines().toList();
            for (int i = 0; i < METHODS.size(); i++) {
                assertEquals(List.of("ok alice", "error 28P01", "error 28P01", "ok alice"),
                        lines.subList(Math.min(4 * i, lines.size()), Math.min(4 * i + 4, lines.size())),
                        METHODS.get(i) + ":\n" + r.output);
            }
        } finally {
            servers.forEach(PgWireServer::close);
        }
    }

    private record Run(int exitCode, String output) {}

    private static Run python(String code, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", "-c", code));
        command.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return new Run(-1, "python3 not found");
        }
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("python did not finish: " + out);
        }
        return new Run(p.exitValue(), out);
    }
}
