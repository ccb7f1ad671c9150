package dev.pgwire.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.ResultCursor;
import dev.pgwire.runtime.query.SqlState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PostgreSQL SQLSTATEs, messages and positions for what users get wrong. */
class ErrorsTest {
    private static TestTables t;

    @BeforeAll
    static void setUp() {
        t = new TestTables();
    }

    private static PgException fails(String sql, Object... params) {
        return assertThrows(PgException.class, () -> t.rows(sql, params));
    }

    @Test
    void unknownRelationHasPositionInTheOriginalText() {
        PgException e = fails("SELECT  $1, *  FROM nosuch");
        assertEquals(SqlState.UNDEFINED_TABLE, e.state());
        assertEquals("relation \"nosuch\" does not exist", e.getMessage());
        assertEquals(21, e.position());
    }

    @Test
    void unknownColumn() {
        PgException e = fails("SELECT nosuch FROM customers");
        assertEquals(SqlState.UNDEFINED_COLUMN, e.state());
        assertEquals("column \"nosuch\" does not exist", e.getMessage());
        assertEquals(8, e.position());
        assertEquals(SqlState.UNDEFINED_COLUMN, fails("SELECT \"ID\" FROM customers").state());
    }

    @Test
    void unknownFunction() {
        PgException e = fails("SELECT nosuch(1)");
        assertEquals(SqlState.UNDEFINED_FUNCTION, e.state());
        assertEquals("function nosuch(integer) does not exist", e.getMessage());
    }

    @Test
    void operatorsOnIncompatibleTypes() {
        PgException e = fails("SELECT 1 + true");
        assertEquals(SqlState.UNDEFINED_FUNCTION, e.state());
        assertEquals("operator does not exist: integer + boolean", e.getMessage());
    }

    @Test
    void syntaxErrorsQuoteTheOffendingToken() {
        PgException e = fails("SELECT id, FROM customers");
        assertEquals(SqlState.SYNTAX_ERROR, e.state());
        assertEquals("syntax error at or near \"FROM\"", e.getMessage());
        assertEquals(12, e.position());
        PgException end = fails("SELECT 1 +");
        assertEquals("syntax error at end of input", end.getMessage());
        assertEquals(SqlState.SYNTAX_ERROR, fails("SELECT 'unterminated").state());
    }

    @Test
    void divisionByZeroAndOverflow() {
        assertEquals(SqlState.DIVISION_BY_ZERO, fails("SELECT 1 / (id - id) FROM customers").state());
        PgException overflow = fails("SELECT id + 2147483647 FROM customers");
        assertEquals(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, overflow.state());
        assertEquals("integer out of range", overflow.getMessage());
        assertEquals(SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
                fails("SELECT id::int8 * 9223372036854775807 FROM customers").state());
    }

    @Test
    void invalidTextForACast() {
        assertEquals(SqlState.INVALID_TEXT_REPRESENTATION, fails("SELECT 'abc'::int").state());
    }

    @Test
    void nonQueriesAreRefused() {
        assertEquals(SqlState.READ_ONLY_SQL_TRANSACTION, fails("INSERT INTO customers (id) VALUES (9)").state());
        assertEquals(SqlState.READ_ONLY_SQL_TRANSACTION, fails("DELETE FROM customers").state());
        assertEquals(SqlState.READ_ONLY_SQL_TRANSACTION, fails("UPDATE customers SET id = 1").state());
    }

    @Test
    void missingParameterValues() throws Exception {
        var q = t.prepare("SELECT $1::int");
        PgException e = assertThrows(PgException.class, () -> TestTables.run(q));
        assertEquals(SqlState.PROTOCOL_VIOLATION, e.state());
    }

    @Test
    void badParameterTextIsRejected() throws Exception {
        var q = t.prepare("SELECT id FROM customers WHERE id = $1");
        PgException e = assertThrows(PgException.class, () -> TestTables.run(q, "x1"));
        assertEquals(SqlState.INVALID_TEXT_REPRESENTATION, e.state());
    }

    @Test
    void cancellationStopsTheCursor() throws Exception {
        var q = t.prepare("SELECT id FROM customers");
        int[] polls = {0};
        try (ResultCursor cursor = q.execute(new Object[0], TestTables.SESSION,
                () -> polls[0]++ > 0 ? "canceling statement due to user request" : null)) {
            PgException e = assertThrows(PgException.class, () -> {
                while (cursor.next() != null) {
                    // keep pulling until the signal fires
                }
            });
            assertEquals(SqlState.QUERY_CANCELED, e.state());
            assertEquals("canceling statement due to user request", e.getMessage());
        }
    }
}
