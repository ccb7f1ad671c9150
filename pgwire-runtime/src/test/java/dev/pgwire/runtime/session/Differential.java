package dev.pgwire.runtime.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pgwire.runtime.PgWireServer;
import dev.pgwire.runtime.testing.PostgresServer;
import dev.pgwire.runtime.testing.TypedFixture;
import dev.pgwire.runtime.testing.WireClient;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Our server over {@link TypedFixture} and a real PostgreSQL 15 with the same table, each with a raw
 * {@link WireClient} logged in as a role without superuser rights (as our sessions are): scripts run on both and
 * the rendered messages must be equal.
 */
final class Differential implements AutoCloseable {
    static final String ROLE = "cp_plain";

    final PgWireServer server;
    final WireClient ours;
    final WireClient theirs;

    private Differential(PgWireServer server, WireClient ours, WireClient theirs) {
        this.server = server;
        this.ours = ours;
        this.theirs = theirs;
    }

    static Differential start() throws SQLException, IOException {
        PostgresServer pg = PostgresServer.shared();
        try (Connection admin = pg.connect(); Statement s = admin.createStatement()) {
            s.execute("DO $$ BEGIN CREATE ROLE " + ROLE + " LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$");
            TypedFixture.load(admin);
        }
        PgWireServer server = PgWireServer.builder().port(0).registry(TypedFixture.registry()).start();
        WireClient theirs = WireClient.connect(pg.port(), ROLE, "postgres");
        // Our server is read-only; so is the reference session, so that writes fail the same way on both.
        theirs.query("SET default_transaction_read_only = on");
        return new Differential(server, WireClient.connect(server.port(), ROLE, "postgres"), theirs);
    }

    /** Runs each statement as a simple query on both servers; returns the statements whose answers differ. */
    List<String> compare(List<String> statements) throws IOException {
        return compare(statements, UnaryOperator.identity());
    }

    /** As {@link #compare(List)}, after {@code normalize} on every line of both sides. */
    List<String> compare(List<String> statements, UnaryOperator<String> normalize) throws IOException {
        List<String> problems = new ArrayList<>();
        for (String sql : statements) {
            List<String> expected = ours == null ? List.of() : normalized(theirs.query(sql), normalize);
            List<String> actual = normalized(ours.query(sql), normalize);
            if (Boolean.getBoolean("differential.print")) {
                System.out.println(sql + "\n  " + String.join("\n  ", actual));
            }
            if (!expected.equals(actual)) {
                problems.add(sql + "\n  postgres: " + expected + "\n  pgwire:   " + actual);
            }
        }
        return problems;
    }

    static void assertNoProblems(List<String> problems) {
        assertEquals("", String.join("\n", problems));
    }

    private static List<String> normalized(List<String> lines, UnaryOperator<String> normalize) {
        return lines.stream().map(normalize).toList();
    }

    @Override
    public void close() throws IOException {
        ours.close();
        theirs.close();
        server.close();
    }
}
