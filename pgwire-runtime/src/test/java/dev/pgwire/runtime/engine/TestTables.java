package dev.pgwire.runtime.engine;

import dev.pgwire.runtime.query.CancelSignal;
import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.PreparedQuery;
import dev.pgwire.runtime.query.ResultCursor;
import dev.pgwire.runtime.spi.Column;
import dev.pgwire.runtime.spi.ColumnType;
import dev.pgwire.runtime.spi.RowType;
import dev.pgwire.runtime.spi.Rows;
import dev.pgwire.runtime.spi.TableSource;
import dev.pgwire.runtime.spi.Values;
import dev.pgwire.runtime.tables.TableRegistry;
import dev.pgwire.runtime.testing.TestSession;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A hand-written registry (what the annotation processor would generate) and helpers to run queries. */
final class TestTables {
    record Customer(int id, String name, String city, BigDecimal balance, LocalDate since, Boolean vip,
            byte[] avatar) {}

    record Order(long id, int customerId, String product, double amount, Instant placed) {}

    static final RowType<Customer> CUSTOMER_TYPE = new RowType<>() {
        private final List<Column> columns = List.of(
                new Column("id", ColumnType.INT4, -1, -1, 0, false, true, ""),
                new Column("name", ColumnType.VARCHAR, 40, -1, 0, false, false, ""),
                Column.of("city", ColumnType.TEXT, true),
                new Column("balance", ColumnType.NUMERIC, -1, 12, 2, true, false, ""),
                Column.of("since", ColumnType.DATE, true),
                Column.of("vip", ColumnType.BOOL, true),
                Column.of("avatar", ColumnType.BYTEA, true));

        @Override
        public Class<Customer> javaType() {
            return Customer.class;
        }

        @Override
        public List<Column> columns() {
            return columns;
        }

        @Override
        public void extract(Customer c, Object[] out) {
            out[0] = c.id();
            out[1] = c.name();
            out[2] = c.city();
            out[3] = c.balance();
            out[4] = Values.date(c.since());
            out[5] = c.vip();
            out[6] = c.avatar();
        }
    };

    static final RowType<Order> ORDER_TYPE = new RowType<>() {
        private final List<Column> columns = List.of(
                new Column("id", ColumnType.INT8, -1, -1, 0, false, true, ""),
                Column.of("customer_id", ColumnType.INT4, false),
                Column.of("product", ColumnType.TEXT, false),
                Column.of("amount", ColumnType.FLOAT8, false),
                Column.of("placed", ColumnType.TIMESTAMPTZ, true));

        @Override
        public Class<Order> javaType() {
            return Order.class;
        }

        @Override
        public List<Column> columns() {
            return columns;
        }

        @Override
        public void extract(Order o, Object[] out) {
            out[0] = o.id();
            out[1] = o.customerId();
            out[2] = o.product();
            out[3] = o.amount();
            out[4] = Values.timestamptz(o.placed());
        }
    };

    final List<Customer> customers = new CopyOnWriteArrayList<>();
    final List<Order> orders = new ArrayList<>();
    final TableRegistry registry = new TableRegistry();
    final CalciteQueryEngine engine;

    TestTables() {
        customers.add(new Customer(1, "Alice", "Paris", new BigDecimal("100.50"), LocalDate.of(2020, 1, 15), true,
                new byte[] {1, 2}));
        customers.add(new Customer(2, "Bob", "Berlin", new BigDecimal("20.00"), LocalDate.of(2021, 6, 1), false,
                null));
        customers.add(new Customer(3, "Carol", null, null, null, null, null));
        customers.add(new Customer(4, "dave", "Paris", new BigDecimal("5.25"), LocalDate.of(2019, 3, 3), false,
                null));
        Instant t0 = Instant.parse("2024-01-01T10:00:00Z");
        orders.add(new Order(10, 1, "apple", 3.5, t0));
        orders.add(new Order(11, 1, "pear", 2.0, t0.plusSeconds(3600)));
        orders.add(new Order(12, 2, "apple", 7.0, null));
        orders.add(new Order(13, 4, "plum", 1.25, t0.plusSeconds(7200)));
        orders.add(new Order(14, 99, "kiwi", 4.0, t0));
        registry.addTable(new TableSource<>("public", "customers", "", CUSTOMER_TYPE,
                Rows.ofCollection(() -> customers)));
        registry.addTable(new TableSource<>("public", "orders", "", ORDER_TYPE, Rows.ofCollection(() -> orders)));
        engine = new CalciteQueryEngine(registry);
    }

    /** Runs {@code sql} with {@code params} and returns all rows (copied). */
    List<List<Object>> rows(String sql, Object... params) throws PgException {
        return run(prepare(sql), params);
    }

    PreparedQuery prepare(String sql, int... declared) throws PgException {
        return engine.prepare(sql, declared, SESSION);
    }

    /** The physical plan of {@code sql}, shared or not. */
    String explain(String sql) throws PgException {
        PreparedQuery q = prepare(sql);
        return (q instanceof LiteralBoundQuery b ? b.plan() : (CompiledQuery) q).explain();
    }

    static List<List<Object>> run(PreparedQuery q, Object... params) throws PgException {
        List<List<Object>> out = new ArrayList<>();
        try (ResultCursor cursor = q.execute(params, SESSION, CancelSignal.NEVER)) {
            for (Object[] row = cursor.next(); row != null; row = cursor.next()) {
                out.add(Arrays.asList(row.clone()));
            }
        }
        return out;
    }

    /** The single value of a one-row, one-column result. */
    Object value(String sql, Object... params) throws PgException {
        List<List<Object>> rows = rows(sql, params);
        if (rows.size() != 1 || rows.get(0).size() != 1) {
            throw new AssertionError("expected one value, got " + rows);
        }
        return rows.get(0).get(0);
    }

    static final TestSession SESSION = new TestSession("tester", "testdb", 42, ZoneId.of("UTC"), Map.of());
}
