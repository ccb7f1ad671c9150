package dev.pgwire.sample.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgwire.sample.SampleApp;
import dev.pgwire.sample.model.OrderLine;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reads the 100,000+ order lines through a cursor: with autocommit off and a fetch size, pgjdbc sends
 * Execute with a row limit and the server answers PortalSuspended until the last batch.
 */
@ExtendWith(QuietSample.class)
class StreamingTest {
    private final SampleApp.Embedded sample;

    StreamingTest(SampleApp.Embedded sample) {
        this.sample = sample;
    }

    @ParameterizedTest
    @EnumSource(value = QuietSample.Mode.class, names = {"EXTENDED", "BINARY"})
    void fetchSizeStreamsEveryRowInBatches(QuietSample.Mode mode) throws SQLException {
        long expectedRows = sample.service().orderLineCount();
        long expectedQuantity = sample.service().orderLines().stream().mapToLong(OrderLine::quantity).sum();
        assertTrue(expectedRows >= 100_000, "the sample has 100k+ lines: " + expectedRows);
        try (Connection c = QuietSample.connect(sample, mode)) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.setFetchSize(1_000);
                long rows = 0;
                long quantity = 0;
                try (ResultSet rs = st.executeQuery("SELECT order_id, line_no, sku, quantity FROM order_lines")) {
                    while (rs.next()) {
                        rows++;
                        quantity += rs.getInt("quantity");
                    }
                }
                assertEquals(expectedRows, rows);
                assertEquals(expectedQuantity, quantity);
            }
            // The transaction is still usable after the portal was drained and closed.
            assertEquals(5, QueryModesTest.queryLong(c, "SELECT count(*) FROM warehouses"));
            c.commit();
        }
    }

    @Test
    void abandoningACursorHalfWayLeavesTheConnectionUsable() throws SQLException {
        try (Connection c = QuietSample.connect(sample)) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.setFetchSize(500);
                try (ResultSet rs = st.executeQuery("SELECT * FROM order_lines")) {
                    for (int i = 0; i < 1_200; i++) {
                        assertTrue(rs.next());
                    }
                }
            }
            c.commit();
            assertEquals(sample.service().orders().size(), QueryModesTest.queryLong(c, "SELECT count(*) FROM orders"));
        }
    }

    @Test
    void manySmallBatchesFromAPreparedQuery() throws SQLException {
        long expected = sample.service().orderLines().stream().filter(l -> l.quantity() > 1).count();
        try (Connection c = QuietSample.connect(sample)) {
            c.setAutoCommit(false);
            try (var ps = c.prepareStatement("SELECT order_id FROM order_lines WHERE quantity > ?")) {
                ps.setFetchSize(97);
                ps.setInt(1, 1);
                long rows = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                    }
                }
                assertEquals(expected, rows);
            }
            c.rollback();
        }
    }
}
