package dev.pgwire.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.PreparedQuery;
import dev.pgwire.runtime.query.ResultColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Statements that differ only in comparison literals share one plan, with the results, column types and
 * labels the literal statement has; literals whose meaning a parameter would change stay literals.
 */
class LiteralNormalizationTest {
    private final TestTables t = new TestTables();

    @Test
    void comparisonLiteralsBecomeParameters() {
        assertNormalized("SELECT name FROM customers WHERE id = $1", "SELECT name FROM customers WHERE id = 2");
        assertNormalized("SELECT * FROM t WHERE a.b >= $1 AND c <> $2 ORDER BY 1 LIMIT 5",
                "SELECT * FROM t WHERE a.b >= 2.5 AND c <> 'x''y' ORDER BY 1 LIMIT 5");
        assertNormalized("SELECT * FROM t WHERE (a = $1) OR lower(b) = $2;",
                "SELECT * FROM t WHERE (a = 7) OR lower(b) = 'q';");
        assertNormalized("SELECT * FROM t WHERE \"A\" < $1 GROUP BY 1", "SELECT * FROM t WHERE \"A\" < 3 GROUP BY 1");
        assertEquals(List.of("x'y"), List.of(LiteralNormalizer.normalize("SELECT 1 FROM t WHERE c = 'x''y'").values()));
    }

    @Test
    void literalsThatShapeTheStatementStay() {
        for (String sql : List.of(
                "SELECT 1",
                "SELECT 'a' AS x FROM t",
                "SELECT * FROM t LIMIT 10 OFFSET 3",
                "SELECT * FROM t ORDER BY 2",
                "SELECT * FROM t WHERE d = DATE '2024-01-01'",
                "SELECT * FROM t WHERE d = '1 day'::interval",
                "SELECT * FROM t WHERE a = 5 * 2",
                "SELECT * FROM t WHERE a = -5",
                "SELECT * FROM t WHERE a = 1e3",
                "SELECT * FROM t WHERE a = E'x'",
                "SELECT * FROM t WHERE 1 = 1",
                "SELECT * FROM t WHERE a = $1 AND b = 2",
                "SELECT * FROM t WHERE a IN (1, 2)",
                "SELECT * FROM t WHERE a BETWEEN 1 AND 2",
                "SELECT * FROM t WHERE a LIKE 'x%'",
                "SELECT * FROM t WHERE a = 'x' || 'y'",
                "SELECT to_char(d, 'YYYY') FROM t",
                "SELECT * FROM t WHERE a = 'unterminated")) {
            assertNull(LiteralNormalizer.normalize(sql), sql);
        }
    }

    @Test
    void statementsThatDifferInLiteralsShareOnePlan() throws Exception {
        PreparedQuery a = t.prepare("SELECT name, city FROM customers WHERE id = 1");
        PreparedQuery b = t.prepare("SELECT name, city FROM customers WHERE id = 2");
        assertInstanceOf(LiteralBoundQuery.class, a);
        assertSame(((LiteralBoundQuery) a).plan(), ((LiteralBoundQuery) b).plan());
        assertEquals(0, a.parameterTypes().length);
        assertEquals(List.of(List.of("Alice", "Paris")), TestTables.run(a));
        assertEquals(List.of(List.of("Bob", "Berlin")), TestTables.run(b));
        assertEquals(List.of(), t.rows("SELECT name FROM customers WHERE id = 77"));
    }

    @Test
    void resultsTypesAndLabelsAreThoseOfTheLiteralStatement() throws Exception {
        String[] queries = {
            "SELECT id, name AS n, balance FROM customers WHERE city = 'Paris' ORDER BY id",
            "SELECT count(*) FROM orders WHERE amount > 3 AND customer_id <> 2",
            "SELECT product, sum(amount) FROM orders WHERE amount >= 2.0 GROUP BY product HAVING count(*) >= 1 "
                    + "ORDER BY product",
            "SELECT name FROM customers WHERE balance < 50.5 ORDER BY name",
            "SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.name = 'Alice' ORDER BY 1",
            "SELECT CASE WHEN amount > 3 THEN 'big' ELSE 'small' END FROM orders WHERE id = 12",
        };
        for (String sql : queries) {
            PreparedQuery normalized = t.prepare(sql);
            assertInstanceOf(LiteralBoundQuery.class, normalized, sql);
            CompiledQuery literal = compileAsSent(sql);
            assertEquals(columns(literal.columns()), columns(normalized.columns()), sql);
            assertEquals(TestTables.run(literal), TestTables.run(normalized), sql);
        }
    }

    @Test
    void literalsAParameterWouldReadDifferentlyStayLiterals() throws Exception {
        // int = 2.5 compares as numeric, never equal; an int parameter would reject 2.5.
        assertEquals(List.of(), t.rows("SELECT id FROM customers WHERE id = 2.5"));
        assertEquals(List.of(List.of(2)), t.rows("SELECT id FROM customers WHERE id = 2.0"));
        assertEquals(List.of(), t.rows("SELECT id FROM customers WHERE id = 99999999999"));
        // a double parameter would round 0.1
        assertEquals(List.of(List.of(10L)), t.rows("SELECT id FROM orders WHERE amount = 3.5"));
        assertEquals(List.of(List.of(1)), t.rows("SELECT id FROM customers WHERE id = '1'"));
    }

    @Test
    void errorsPointIntoTheTextAsSent() {
        PgException e = assertThrows(PgException.class,
                () -> t.prepare("SELECT name FROM customers WHERE nosuch = 12345"));
        assertEquals("42703", e.state().code());
        assertEquals(34, e.position());
        PgException bad = assertThrows(PgException.class,
                () -> TestTables.run(t.prepare("SELECT name FROM customers WHERE id = 'abc'")));
        assertEquals("22P02", bad.state().code());
    }

    private static void assertNormalized(String expected, String sql) {
        LiteralNormalizer.Normalized n = LiteralNormalizer.normalize(sql);
        assertEquals(expected, n == null ? null : n.sql());
    }

    /** The literal statement compiled as sent, bypassing normalisation (declared types force that path). */
    private CompiledQuery compileAsSent(String sql) throws PgException {
        return (CompiledQuery) t.engine.prepare(sql, new int[] {0}, TestTables.SESSION);
    }

    private static List<String> columns(List<ResultColumn> columns) {
        return columns.stream().map(c -> c.name() + ":" + c.type().oid() + ":" + c.typmod() + ":" + c.tableOid()
                + ":" + c.columnNumber()).toList();
    }
}
