package dev.pgwire.sample.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgwire.sample.SampleApp;
import dev.pgwire.sample.SampleSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many clients query while the sample's activity rewrites orders, lines, shipments and stock every
 * few milliseconds: every query must succeed, and later queries must see the new data.
 */
class ConcurrencyTest {
    private static final int CLIENTS = 8;
    private static final Duration RUN_FOR = Duration.ofSeconds(6);

    @Test
    @Timeout(120)
    void clientsQueryWhileTheActivityMutates() throws Exception {
        SampleSettings busy = new SampleSettings(true, Duration.ofMillis(10), SampleSettings.DEFAULT_SEED);
        try (SampleApp.Embedded sample = SampleApp.startEmbedded(0, busy)) {
            String url = QuietSample.url(sample.port());
            long maxIdAtStart;
            try (Connection c = DriverManager.getConnection(url)) {
                maxIdAtStart = QueryModesTest.queryLong(c, "SELECT max(id) FROM orders");
            }
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            AtomicLong queries = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            try {
                List<Future<?>> clients = new ArrayList<>();
                long deadline = System.nanoTime() + RUN_FOR.toNanos();
                for (int i = 0; i < CLIENTS; i++) {
                    QuietSample.Mode mode = QuietSample.Mode.values()[i % QuietSample.Mode.values().length];
                    int client = i;
                    clients.add(pool.submit(() -> {
                        try (Connection c = DriverManager.getConnection(url + mode.params)) {
                            while (System.nanoTime() < deadline) {
                                runMix(c, client, queries);
                            }
                        } catch (Throwable t) {
                            failures.add(t);
                        }
                    }));
                }
                for (Future<?> f : clients) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            if (!failures.isEmpty()) {
                AssertionError error = new AssertionError(failures.size() + " client(s) failed; first: " + failures.peek());
                failures.forEach(error::addSuppressed);
                throw error;
            }
            assertTrue(queries.get() > CLIENTS, "queries ran: " + queries.get());
            assertTrue(sample.app().activity().ticks() > 10, "the activity ran: " + sample.app().activity().ticks());
            try (Connection c = DriverManager.getConnection(url)) {
                assertTrue(QueryModesTest.queryLong(c, "SELECT max(id) FROM orders") > maxIdAtStart, "new orders are visible");
            }
        }
    }

    /** One round of what a dashboard would ask: counts, a join with aggregates, a parameterised lookup, a scan. */
    private static void runMix(Connection c, int client, AtomicLong queries) throws SQLException {
        assertTrue(QueryModesTest.queryLong(c, "SELECT count(*) FROM orders") > 0);
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("""
                        SELECT o.status, count(*), sum(l.quantity)
                        FROM orders o JOIN order_lines l ON l.order_id = o.id
                        GROUP BY o.status""")) {
            while (rs.next()) {
                assertTrue(rs.getLong(2) > 0);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT s.tracking_number, s.delivered_at FROM shipments s JOIN orders o ON o.id = s.order_id WHERE o.customer_id = ?")) {
            ps.setLong(1, 1 + (client * 37L) % 2000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getString(1);
                }
            }
        }
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT warehouse_id, sum(on_hand - reserved) FROM stock_levels GROUP BY warehouse_id")) {
            int warehouses = 0;
            while (rs.next()) {
                warehouses++;
            }
            assertEquals(5, warehouses);
        }
        assertTrue(QueryModesTest.queryLong(c, "SELECT count(*) FROM open_orders WHERE status <> 'DELIVERED'") >= 0);
        queries.addAndGet(5);
    }
}
