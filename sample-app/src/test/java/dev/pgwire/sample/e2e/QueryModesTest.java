package dev.pgwire.sample.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgwire.sample.SampleApp;
import dev.pgwire.sample.model.Customer;
import dev.pgwire.sample.model.Order;
import dev.pgwire.sample.model.OrderLine;
import dev.pgwire.sample.model.OrderStatus;
import dev.pgwire.sample.model.Product;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same queries in pgjdbc's simple, extended and binary modes, checked against the service's data. */
@ExtendWith(QuietSample.class)
class QueryModesTest {
    private final SampleApp.Embedded sample;

    QueryModesTest(SampleApp.Embedded sample) {
        this.sample = sample;
    }

    @ParameterizedTest
    @EnumSource(QuietSample.Mode.class)
    void countsMatchTheService(QuietSample.Mode mode) throws SQLException {
        try (Connection c = QuietSample.connect(sample, mode)) {
            assertEquals(sample.service().orders().size(), queryLong(c, "SELECT count(*) FROM orders"));
            assertEquals(sample.service().orderLineCount(), queryLong(c, "SELECT count(*) FROM order_lines"));
            assertEquals(sample.service().customers().size(), queryLong(c, "SELECT count(*) FROM customers"));
            assertEquals(5, queryLong(c, "SELECT count(*) FROM warehouses"));
            assertEquals(sample.service().orders().stream().filter(o -> o.status().isOpen()).count(),
                    queryLong(c, "SELECT count(*) FROM open_orders"));
        }
    }

    @ParameterizedTest
    @EnumSource(QuietSample.Mode.class)
    void preparedStatementWithParameters(QuietSample.Mode mode) throws SQLException {
        Customer customer = sample.service().customer(42);
        try (Connection c = QuietSample.connect(sample, mode);
                PreparedStatement ps = c.prepareStatement(
                        "SELECT name, email, tier, credit_limit FROM customers WHERE id = ? AND country = ?")) {
            // Run more often than prepareThreshold so the extended mode switches to a named statement too.
            for (int i = 0; i < 6; i++) {
                ps.setLong(1, customer.id());
                ps.setString(2, customer.country());
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(customer.name(), rs.getString("name"));
                    assertEquals(customer.email(), rs.getString("email"));
                    assertEquals(customer.tier().name(), rs.getString("tier"));
                    assertEquals(customer.creditLimit(), rs.getBigDecimal("credit_limit"));
                    assertFalse(rs.next());
                }
            }
            ps.setLong(1, customer.id());
            ps.setString(2, "XX");
            try (ResultSet rs = ps.executeQuery()) {
                assertFalse(rs.next(), "no row for the wrong country");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(QuietSample.Mode.class)
    void groupByStatus(QuietSample.Mode mode) throws SQLException {
        Map<OrderStatus, Long> expected = sample.service().orders().stream()
                .collect(Collectors.groupingBy(Order::status, () -> new EnumMap<>(OrderStatus.class), Collectors.counting()));
        Map<OrderStatus, Long> actual = new EnumMap<>(OrderStatus.class);
        try (Connection c = QuietSample.connect(sample, mode);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT status, count(*) AS n FROM orders GROUP BY status ORDER BY status")) {
            String previous = "";
            while (rs.next()) {
                String status = rs.getString("status");
                assertTrue(status.compareTo(previous) > 0, "ordered by status");
                previous = status;
                actual.put(OrderStatus.valueOf(status), rs.getLong("n"));
            }
        }
        assertEquals(expected, actual);
    }

    @ParameterizedTest
    @EnumSource(QuietSample.Mode.class)
    void joinAndAggregateRevenuePerCategory(QuietSample.Mode mode) throws SQLException {
        Map<String, String> categoryOfSku = sample.service().products().stream()
                .collect(Collectors.toMap(Product::sku, Product::categoryCode));
        Map<String, BigDecimal> expected = new TreeMap<>();
        for (OrderLine l : sample.service().orderLines()) {
            expected.merge(categoryOfSku.get(l.sku()), l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())), BigDecimal::add);
        }
        Map<String, BigDecimal> actual = new TreeMap<>();
        String sql = """
                SELECT c.code, sum(l.unit_price * l.quantity) AS gross
                FROM order_lines l
                JOIN products p ON p.sku = l.sku
                JOIN categories c ON c.code = p.category_code
                GROUP BY c.code
                """;
        try (Connection c = QuietSample.connect(sample, mode);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                actual.put(rs.getString(1), rs.getBigDecimal(2));
            }
        }
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((code, gross) -> assertEquals(0, gross.compareTo(actual.get(code)), code + ": " + gross + " vs " + actual.get(code)));
    }

    @ParameterizedTest
    @EnumSource(QuietSample.Mode.class)
    void orderByWithLimitAndOffset(QuietSample.Mode mode) throws SQLException {
        assertEquals(topOrders(5, 10), ids(mode, "SELECT id FROM orders ORDER BY total DESC, id LIMIT 10 OFFSET 5"));
    }

    @ParameterizedTest
    @EnumSource(QuietSample.Mode.class)
    @Disabled("engine: LIMIT/OFFSET parameters are a syntax error; PostgreSQL accepts LIMIT $1 OFFSET $2")
    void limitAndOffsetAsParameters(QuietSample.Mode mode) throws SQLException {
        assertEquals(topOrders(5, 10), ids(mode, "SELECT id FROM orders ORDER BY total DESC, id LIMIT ? OFFSET ?", 10, 5));
    }

    private List<Long> topOrders(int offset, int limit) {
        return sample.service().orders().stream()
                .sorted(Comparator.comparing(Order::total).reversed().thenComparing(Order::id))
                .skip(offset).limit(limit).map(Order::id).toList();
    }

    private List<Long> ids(QuietSample.Mode mode, String sql, int... params) throws SQLException {
        try (Connection c = QuietSample.connect(sample, mode); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setInt(i + 1, params[i]);
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    static long queryLong(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            long v = rs.getLong(1);
            assertFalse(rs.next(), sql);
            return v;
        }
    }
}
