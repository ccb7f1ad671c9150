package dev.pgwire.sample.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgwire.sample.SampleApp;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Errors carry PostgreSQL's SQLSTATE and leave the connection usable. */
@ExtendWith(QuietSample.class)
class ErrorsTest {
    private final SampleApp.Embedded sample;

    ErrorsTest(SampleApp.Embedded sample) {
        this.sample = sample;
    }

    @ParameterizedTest(name = "{0} in {2} mode: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            42P01 | SELECT * FROM no_such_table                                   | EXTENDED
            42P01 | SELECT * FROM no_such_table                                   | SIMPLE
            42703 | SELECT no_such_column FROM orders                             | EXTENDED
            42703 | SELECT no_such_column FROM orders                             | SIMPLE
            42601 | SELEKT 1                                                      | EXTENDED
            42601 | SELECT FROM WHERE                                             | SIMPLE
            25006 | INSERT INTO orders (id) VALUES (1)                            | EXTENDED
            25006 | DELETE FROM order_lines                                       | SIMPLE
            25006 | UPDATE customers SET tier = 'GOLD'                            | BINARY
            25006 | CREATE TABLE t (x int)                                        | EXTENDED
            25006 | DROP TABLE orders                                             | SIMPLE
            """)
    void errorHasSqlStateAndConnectionStaysUsable(String sqlState, String sql, QuietSample.Mode mode) throws SQLException {
        try (Connection c = QuietSample.connect(sample, mode); Statement st = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> st.execute(sql));
            assertEquals(sqlState, e.getSQLState(), e.getMessage());
            assertEquals(5, QueryModesTest.queryLong(c, "SELECT count(*) FROM warehouses"), "usable after the error");
        }
        assertEquals(sample.service().orders().size(), countOrders(), "nothing was changed");
    }

    @Test
    void preparedStatementErrorsAlsoRecover() throws SQLException {
        try (Connection c = QuietSample.connect(sample)) {
            try (PreparedStatement bad = c.prepareStatement("SELECT nope FROM orders WHERE id = ?")) {
                bad.setLong(1, 1);
                SQLException e = assertThrows(SQLException.class, bad::executeQuery);
                assertEquals("42703", e.getSQLState(), e.getMessage());
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM orders WHERE id = ?")) {
                ps.setLong(1, -1);
                try (var rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(0, rs.getLong(1));
                }
            }
        }
    }

    @Test
    void errorInsideATransactionAbortsItUntilRollback() throws SQLException {
        try (Connection c = QuietSample.connect(sample)) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                assertEquals("42P01", assertThrows(SQLException.class, () -> st.executeQuery("SELECT * FROM nope")).getSQLState());
                SQLException aborted = assertThrows(SQLException.class, () -> st.executeQuery("SELECT 1"));
                assertEquals("25P02", aborted.getSQLState(), aborted.getMessage());
                c.rollback();
                assertEquals(5, QueryModesTest.queryLong(c, "SELECT count(*) FROM warehouses"));
            }
            c.commit();
        }
    }

    private long countOrders() throws SQLException {
        try (Connection c = QuietSample.connect(sample)) {
            return QueryModesTest.queryLong(c, "SELECT count(*) FROM orders");
        }
    }
}
