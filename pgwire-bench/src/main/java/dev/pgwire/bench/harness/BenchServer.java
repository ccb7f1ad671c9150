package dev.pgwire.bench.harness;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** A server under test, PostgreSQL or pgwire, as the workloads see it. */
interface BenchServer extends AutoCloseable {
    String HOST = "127.0.0.1";

    /** For the report: {@code PostgreSQL 15} or {@code pgwire}. */
    String name();

    int port();

    String user();

    String database();

    /** The main process: the postmaster, or the benchmark app's JVM. */
    long pid();

    /**
     * Memory the server's processes hold, in bytes: the JVM's RSS, or the PSS summed over the postmaster
     * and its backends (PSS, so that shared buffers count once, not once per backend).
     */
    long memory() throws IOException;

    /** Heap in use after a full GC, in bytes; -1 when the server is not a JVM. */
    long heapAfterGc() throws IOException;

    default Connection connect(Properties extra) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user());
        props.putAll(extra);
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + port() + "/" + database(), props);
    }

    default WireClient wire(int receiveBuffer) throws IOException {
        return WireClient.connect(HOST, port(), user(), database(), receiveBuffer);
    }

    @Override
    void close() throws IOException;
}
