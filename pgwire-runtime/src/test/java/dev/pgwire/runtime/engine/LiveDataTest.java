package dev.pgwire.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgwire.runtime.query.PreparedQuery;
import dev.pgwire.runtime.spi.Column;
import dev.pgwire.runtime.spi.ColumnType;
import dev.pgwire.runtime.spi.RowType;
import dev.pgwire.runtime.spi.Rows;
import dev.pgwire.runtime.spi.TableSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Cached plans over data the application keeps changing. */
class LiveDataTest {
    record Counter(int id, long value) {}

    private static final RowType<Counter> COUNTER_TYPE = new RowType<>() {
        private final List<Column> columns = List.of(
                new Column("id", ColumnType.INT4, -1, -1, 0, false, true, ""),
                Column.of("value", ColumnType.INT8, false));

        @Override
        public Class<Counter> javaType() {
            return Counter.class;
        }

        @Override
        public List<Column> columns() {
            return columns;
        }

        @Override
        public void extract(Counter c, Object[] out) {
            out[0] = c.id();
            out[1] = c.value();
        }
    };

    @Test
    void aCachedPlanSeesNewDataOnEveryExecution() throws Exception {
        TestTables t = new TestTables();
        String sql = "SELECT count(*), sum(balance) FROM customers WHERE city = $1";
        PreparedQuery first = t.prepare(sql);
        assertEquals(List.of(List.of(2L, new BigDecimal("105.75"))), TestTables.run(first, "Paris"));
        t.customers.add(new TestTables.Customer(5, "Eve", "Paris", new BigDecimal("1.00"), null, null, null));
        PreparedQuery second = t.prepare(sql);
        assertSame(first, second, "the second prepare is a cache hit");
        assertEquals(List.of(List.of(3L, new BigDecimal("106.75"))), TestTables.run(second, "Paris"));
    }

    @Test
    void aNewTableInvalidatesCachedPlans() throws Exception {
        TestTables t = new TestTables();
        PreparedQuery before = t.prepare("SELECT count(*) FROM customers");
        t.registry.addTable(new TableSource<>("app", "counters", "", COUNTER_TYPE, Rows.ofCollection(List::of)));
        PreparedQuery after = t.prepare("SELECT count(*) FROM customers");
        assertTrue(before != after, "registry changes re-plan");
        assertEquals(0L, t.value("SELECT count(*) FROM app.counters"));
    }

    @Test
    void concurrentMutationDuringScansDoesNotBreakQueries() throws Exception {
        TestTables t = new TestTables();
        Map<Integer, Counter> counters = new ConcurrentHashMap<>();
        List<Counter> plain = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            counters.put(i, new Counter(i, i));
            plain.add(new Counter(i, i));
        }
        t.registry.addTable(new TableSource<>("public", "counters", "", COUNTER_TYPE, Rows.ofMapValues(() -> counters)));
        t.registry.addTable(new TableSource<>("public", "plain", "", COUNTER_TYPE, Rows.ofCollection(() -> plain)));
        AtomicBoolean stop = new AtomicBoolean();
        // The next id the writer inserts: every id a scan returns must be below it when the scan ends.
        AtomicInteger next = new AtomicInteger(10_000);
        Thread writer = new Thread(() -> {
            while (!stop.get()) {
                int n = next.get();
                counters.put(n, new Counter(n, n));
                counters.remove(n - 10_000);
                synchronized (plain) {
                    plain.add(new Counter(n, n));
                    plain.remove(0);
                }
                next.incrementAndGet();
            }
        });
        writer.start();
        try {
            // Only invariants that hold however the threads are scheduled: a weakly consistent scan may
            // see any mix of old and new entries, but never an id that was not inserted yet.
            PreparedQuery q = t.prepare("SELECT count(*), min(id), max(id) FROM counters WHERE value >= 0");
            PreparedQuery rows = t.prepare("SELECT id, value FROM counters");
            PreparedQuery p = t.prepare("SELECT count(*) FROM plain p JOIN counters c ON c.id = p.id");
            for (int i = 0; i < 10; i++) {
                List<Object> stats = TestTables.run(q).get(0);
                int bound = next.get();
                long count = (Long) stats.get(0);
                assertTrue(count > 0, "count " + count);
                int min = (Integer) stats.get(1);
                int max = (Integer) stats.get(2);
                assertTrue(0 <= min && min <= max && max <= bound, "min " + min + ", max " + max + ", next " + bound);
                for (List<Object> row : TestTables.run(rows)) {
                    int id = (Integer) row.get(0);
                    assertEquals(id, ((Number) row.get(1)).longValue(), "a row is read whole");
                    assertTrue(id >= 0 && id <= next.get(), "id " + id);
                }
                long joined = (Long) TestTables.run(p).get(0).get(0);
                assertTrue(joined >= 0, "joined " + joined);
            }
        } finally {
            stop.set(true);
            writer.join();
        }
    }

    @Test
    void preparationTimesColdWarmAndCached() throws Exception {
        TestTables t = new TestTables();
        long t0 = System.nanoTime();
        t.prepare("SELECT c.name, sum(o.amount) FROM customers c JOIN orders o ON o.customer_id = c.id GROUP BY c.name");
        long cold = System.nanoTime() - t0;
        t0 = System.nanoTime();
        t.prepare("SELECT c.city, max(o.amount) FROM customers c JOIN orders o ON o.customer_id = c.id GROUP BY c.city");
        long warm = System.nanoTime() - t0;
        String sql = "SELECT name FROM customers WHERE id = $1";
        int hits = 20_000;
        for (int i = 0; i < hits; i++) {
            t.prepare(sql);
        }
        t0 = System.nanoTime();
        for (int i = 0; i < hits; i++) {
            t.prepare(sql);
        }
        long hit = (System.nanoTime() - t0) / hits;
        PreparedQuery q = t.prepare(sql);
        for (int i = 0; i < hits; i++) {
            TestTables.run(q, 2);
        }
        t0 = System.nanoTime();
        for (int i = 0; i < hits; i++) {
            TestTables.run(q, 2);
        }
        long exec = (System.nanoTime() - t0) / hits;
        System.out.printf("engine timing: prepare cold %.1f ms, warm (new shape) %.1f ms, cache hit %.1f us, "
                + "execute point query %.1f us%n", cold / 1e6, warm / 1e6, hit / 1e3, exec / 1e3);
    }
}
