package dev.pgwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pgwire.runtime.tables.TableRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** End to end with the real {@code psql} binary (libpq), against the test engine. */
class PsqlTest {
    private static PgWireServer server;

    @BeforeAll
    static void start() {
        assumeTrue(psqlAvailable(), "psql is not installed");
        server = PgWireServer.builder().port(0).registry(new TableRegistry()).engine(new TestEngine()).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private record Result(int exitCode, String stdout, String stderr) {}

    private static boolean psqlAvailable() {
        try {
            return new ProcessBuilder("psql", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static Result psql(String... commands) throws Exception {
        return psql(server, null, commands);
    }

    private static Result psql(PgWireServer target, String password, String... commands) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("psql", "-h", "127.0.0.1", "-p", Integer.toString(target.port()),
                "-U", "pgwire", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-w"));
        for (String c : commands) {
            cmd.add("-c");
            cmd.add(c);
        }
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("PGCONNECT_TIMEOUT", "5");
        pb.environment().remove("PGPASSWORD");
        if (password != null) {
            pb.environment().put("PGPASSWORD", password);
        }
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("psql did not finish");
        }
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim(),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim());
    }

    @Test
    void queryWithRows() throws Exception {
        Result r = psql("select * from series(3)");
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("1|row 1\n2|row 2\n3|row 3", r.stdout());
    }

    @Test
    void setThenShowInOneSession() throws Exception {
        Result r = psql("set application_name = 'from psql'", "show application_name", "SHOW TIME ZONE");
        assertEquals(0, r.exitCode(), r.stderr());
        List<String> lines = r.stdout().lines().toList();
        assertEquals("from psql", lines.get(0));
        assertEquals(java.time.ZoneId.systemDefault().getId(), lines.get(1));
    }

    @Test
    void multiStatementStringAndTransactions() throws Exception {
        Result r = psql("begin; select 1; commit; select 2");
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("1\n2", r.stdout()); // psql 15 prints every result of a multi-statement string
    }

    @Test
    void errorsAreReportedWithSqlstateText() throws Exception {
        Result r = psql("select nosuch");
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().contains("ERROR:  column \"nosuch\" does not exist"), r.stderr());
        Result ro = psql("delete from t");
        assertTrue(ro.stderr().contains("ERROR:  cannot execute DELETE in a read-only transaction"), ro.stderr());
    }

    @Test
    void passwordAuthenticationBothMethods() throws Exception {
        for (var method : dev.pgwire.runtime.protocol.PasswordMethod.values()) {
            try (PgWireServer secured = PgWireServer.builder().port(0).password("s3cret").passwordMethod(method)
                    .registry(new TableRegistry()).engine(new TestEngine()).start()) {
                Result ok = psql(secured, "s3cret", "select 1");
                assertEquals(0, ok.exitCode(), method + ": " + ok.stderr());
                assertEquals("1", ok.stdout());
                Result bad = psql(secured, "wrong", "select 1");
                assertEquals(2, bad.exitCode());
                assertTrue(bad.stderr().contains("password authentication failed for user \"pgwire\""),
                        method + ": " + bad.stderr());
            }
        }
    }

    @Test
    void warningsArePrinted() throws Exception {
        Result r = psql("commit");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("WARNING:  there is no transaction in progress"), r.stderr());
    }
}
