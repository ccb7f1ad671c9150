package dev.pgwire.sample.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pgwire.sample.SampleApp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The real {@code psql} binary against the sample: plain queries and the backslash commands people type first. */
@ExtendWith(QuietSample.class)
class PsqlTest {
    private final SampleApp.Embedded sample;

    PsqlTest(SampleApp.Embedded sample) {
        this.sample = sample;
    }

    @Test
    void selectCount() throws Exception {
        assertEquals(List.of(Integer.toString(sample.service().orders().size())), psql("SELECT count(*) FROM orders"));
    }

    @Test
    void joinWithAggregate() throws Exception {
        List<String> rows = psql("SELECT w.code, count(*) FROM orders o JOIN warehouses w ON w.id = o.warehouse_id"
                + " GROUP BY w.code ORDER BY w.code");
        assertEquals(5, rows.size(), rows.toString());
        assertTrue(rows.get(0).startsWith("AMS1|"), rows.toString());
        long total = rows.stream().mapToLong(r -> Long.parseLong(r.substring(r.indexOf('|') + 1))).sum();
        assertEquals(sample.service().orders().size(), total);
    }

    @Test
    void listTables() throws Exception {
        List<String> rows = psql("\\dt");
        List<String> tables = new ArrayList<>();
        for (String row : rows) {
            String[] f = row.split("\\|");
            assertEquals("public", f[0], row);
            assertEquals("table", f[2], row);
            tables.add(f[1]);
        }
        assertEquals(List.of("categories", "customers", "open_orders", "order_lines", "orders", "products",
                "shipments", "stock_levels", "warehouses"), tables);
    }

    @Test
    void describeTable() throws Exception {
        List<String> rows = psql("\\d shipments");
        assertTrue(rows.contains("id|bigint||not null|"), rows.toString());
        assertTrue(rows.contains("tracking_number|character varying(24)|||"), rows.toString());
        assertTrue(rows.contains("service_level|character(1)||not null|"), rows.toString());
        assertTrue(rows.contains("declared_value|numeric(12,2)|||"), rows.toString());
        assertTrue(rows.contains("label_header|bytea|||"), rows.toString());
        assertTrue(rows.contains("pickup_time|time without time zone|||"), rows.toString());
        assertTrue(rows.contains("label_printed_at|timestamp without time zone|||"), rows.toString());
        assertTrue(rows.contains("delivered_at|timestamp with time zone|||"), rows.toString());
        assertTrue(rows.contains("tracking_token|uuid|||"), rows.toString());
        assertTrue(rows.contains("handling_codes|text[]|||"), rows.toString());
        assertTrue(rows.contains("parcel_weights_g|integer[]|||"), rows.toString());
        assertTrue(rows.contains("dimensions|jsonb|||"), rows.toString());
        assertTrue(rows.contains("promised_transit|interval|||"), rows.toString());
        assertTrue(rows.contains("window_start|time with time zone|||"), rows.toString());
        assertTrue(rows.contains("label_printer|inet|||"), rows.toString());
    }

    @Test
    void listDatabases() throws Exception {
        assertTrue(psql("\\l").stream().anyMatch(r -> r.startsWith("sample|")), "\\l lists the sample database");
    }

    @Test
    void listSchemas() throws Exception {
        assertTrue(psql("\\dn").stream().anyMatch(r -> r.startsWith("public|")), "\\dn lists public");
    }

    /** Runs {@code psql -X -A -t -c command}; returns its output lines, failing on a non-zero exit. */
    private List<String> psql(String command) throws IOException, InterruptedException {
        assumeTrue(Psql.available(), "psql is not installed");
        Process p = new ProcessBuilder("psql", "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1",
                "-h", "127.0.0.1", "-p", Integer.toString(sample.port()), "-U", "test", "-d", "sample", "-c", command)
                .redirectErrorStream(true)
                .start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "psql finished");
        assertEquals(0, p.exitValue(), "psql " + command + " failed:\n" + out);
        return out.lines().filter(l -> !l.isEmpty()).toList();
    }

    /** Whether a {@code psql} binary is on the PATH. */
    static final class Psql {
        private static Boolean available;

        static synchronized boolean available() {
            if (available == null) {
                try {
                    Process p = new ProcessBuilder("psql", "--version").redirectErrorStream(true).start();
                    p.getInputStream().readAllBytes();
                    available = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
                } catch (IOException | InterruptedException e) {
                    available = false;
                }
            }
            return available;
        }
    }
}
