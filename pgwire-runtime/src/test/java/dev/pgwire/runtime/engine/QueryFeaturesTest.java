package dev.pgwire.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SQL features through {@link CalciteQueryEngine}, over a hand-written registry. */
class QueryFeaturesTest {
    private static TestTables t;

    @BeforeAll
    static void setUp() {
        t = new TestTables();
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    @Test
    void projectionAndWhere() throws Exception {
        assertEquals(List.of(row("Alice", "Paris"), row("dave", "Paris")),
                t.rows("SELECT name, city FROM customers WHERE city = 'Paris' ORDER BY id"));
    }

    @Test
    void orderByPutsNullsLastAscendingAndFirstDescending() throws Exception {
        assertEquals(List.of(row("Berlin"), row("Paris"), row("Paris"), row((Object) null)),
                t.rows("SELECT city FROM customers ORDER BY city"));
        assertEquals(List.of(row((Object) null), row("Paris"), row("Paris"), row("Berlin")),
                t.rows("SELECT city FROM customers ORDER BY city DESC"));
        assertEquals(List.of(row((Object) null), row("Berlin")),
                t.rows("SELECT city FROM customers ORDER BY city NULLS FIRST LIMIT 2"));
    }

    @Test
    void orderByColumnThatIsNotSelected() throws Exception {
        assertEquals(List.of(row("dave"), row("Carol"), row("Bob"), row("Alice")),
                t.rows("SELECT name FROM customers ORDER BY id DESC"));
    }

    @Test
    void limitAndOffsetIncludingParameters() throws Exception {
        assertEquals(List.of(row(2), row(3)), t.rows("SELECT id FROM customers ORDER BY id LIMIT 2 OFFSET 1"));
        assertEquals(List.of(row(3)), t.rows("SELECT id FROM customers ORDER BY id OFFSET 2 LIMIT 1"));
        assertEquals(List.of(row(1), row(2), row(3)), t.rows("SELECT id FROM customers ORDER BY id LIMIT $1", 3));
        assertEquals(4, t.rows("SELECT id FROM customers LIMIT ALL").size());
        // pgjdbc's simple mode inlines bound row counts as parenthesized casts.
        assertEquals(List.of(row(2), row(3)),
                t.rows("SELECT id FROM customers ORDER BY id LIMIT ('2'::int4) OFFSET ('1'::int4)"));
        assertEquals(List.of(row(4)), t.rows("SELECT id FROM customers ORDER BY id OFFSET (3)"));
    }

    @Test
    void groupByHavingAndAggregates() throws Exception {
        assertEquals(List.of(row("apple", 2L, 10.5)),
                t.rows("SELECT product, count(*), sum(amount) FROM orders GROUP BY product HAVING count(*) > 1"));
        List<List<Object>> stats = t.rows(
                "SELECT count(city), count(DISTINCT city), min(balance), max(balance), avg(amount) FROM customers, "
                        + "(SELECT avg(amount) AS amount FROM orders) a");
        assertEquals(List.of(row(3L, 2L, new BigDecimal("5.25"), new BigDecimal("100.50"), 3.55)), stats);
    }

    @Test
    void innerAndLeftJoinsUseHashJoins() throws Exception {
        String inner = "SELECT c.name, o.product FROM customers c JOIN orders o ON o.customer_id = c.id "
                + "ORDER BY o.id";
        assertEquals(List.of(row("Alice", "apple"), row("Alice", "pear"), row("Bob", "apple"), row("dave", "plum")),
                t.rows(inner));
        String left = "SELECT c.name, count(o.id) FROM customers c LEFT JOIN orders o ON o.customer_id = c.id "
                + "GROUP BY c.name ORDER BY c.name";
        assertEquals(List.of(row("Alice", 2L), row("Bob", 1L), row("Carol", 0L), row("dave", 1L)), t.rows(left));
        for (String sql : List.of(inner, left)) {
            String plan = t.explain(sql);
            assertTrue(plan.contains("EnumerableHashJoin") || plan.contains("EnumerableMergeJoin"), plan);
            assertTrue(!plan.contains("NestedLoopJoin"), plan);
        }
    }

    @Test
    void subqueries() throws Exception {
        assertEquals(List.of(row("Alice"), row("Bob"), row("dave")),
                t.rows("SELECT name FROM customers WHERE id IN (SELECT customer_id FROM orders) ORDER BY id"));
        assertEquals(List.of(row("Carol")), t.rows(
                "SELECT name FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id)"));
        assertEquals(List.of(row("Alice", 3.5), row("Bob", 7.0), row("Carol", null), row("dave", 1.25)), t.rows(
                "SELECT name, (SELECT max(amount) FROM orders o WHERE o.customer_id = c.id) FROM customers c "
                        + "ORDER BY id"));
    }

    @Test
    void ctesAndWindowFunctions() throws Exception {
        assertEquals(List.of(row("Alice", 2L), row("Bob", 1L), row("Carol", null), row("dave", 1L)), t.rows(
                "WITH n AS (SELECT customer_id, count(*) AS n FROM orders GROUP BY customer_id) "
                        + "SELECT c.name, n.n FROM customers c LEFT JOIN n ON n.customer_id = c.id ORDER BY c.id"));
        assertEquals(List.of(row(10L, 1L, 5.5), row(11L, 2L, 5.5), row(12L, 1L, 7.0)), t.rows(
                "SELECT id, row_number() OVER (PARTITION BY customer_id ORDER BY id), "
                        + "sum(amount) OVER (PARTITION BY customer_id) FROM orders WHERE customer_id < 3 ORDER BY id"));
    }

    @Test
    void parametersMayRepeatAndComeInAnyOrder() throws Exception {
        var q = t.prepare("SELECT name FROM customers WHERE id > $2 AND name <> $1 AND id < $2 + 3 ORDER BY id");
        assertEquals(2, q.parameterTypes().length);
        assertEquals(25, q.parameterTypes()[0]);
        assertEquals(23, q.parameterTypes()[1]);
        assertEquals(List.of(row("Carol")), TestTables.run(q, "Bob", 1));
        assertEquals(List.of(row("Bob"), row("Carol")), TestTables.run(q, "nobody", 1));
    }

    @Test
    void declaredParameterTypesWinAndUntypedParametersAreText() throws Exception {
        var declared = t.prepare("SELECT $1", 20);
        assertEquals(20, declared.parameterTypes()[0]);
        assertEquals(List.of(row(7L)), TestTables.run(declared, 7L));
        var untyped = t.prepare("SELECT $1, coalesce($2, 'x')");
        assertEquals(List.of(25, 25), Arrays.stream(untyped.parameterTypes()).boxed().toList());
        assertEquals(List.of(row("a", "x")), TestTables.run(untyped, "a", null));
    }

    @Test
    void casts() throws Exception {
        assertEquals(List.of(row(42, 19723, "1", new BigDecimal("1.5"), true, 7L)), t.rows(
                "SELECT '42'::int, '2024-01-01'::date, id::text, '1.5'::numeric, 'yes'::bool, "
                        + "CAST(7 AS pg_catalog.int8) FROM customers WHERE id = 1"));
        assertEquals(new BigDecimal("1.01"), t.value("SELECT CAST(1.005 AS numeric(10,2))"));
        assertEquals(3, t.value("SELECT CAST(2.5 AS int)"));
    }

    @Test
    void castsBindTighterThanComparisons() throws Exception {
        assertEquals(List.of(row(10L), row(14L)), t.rows(
                "SELECT id FROM orders WHERE placed = '2024-01-01 10:00:00+00'::timestamptz ORDER BY id"));
        assertEquals(List.of(row(2)), t.rows("SELECT id FROM customers WHERE id = '2'::int"));
        assertEquals(List.of(row(1)), t.rows("SELECT id FROM customers WHERE avatar = '\\x0102'::bytea"));
        assertEquals(List.of(row(2)), t.rows("SELECT id FROM customers WHERE since = '2021-06-01'::date"));
    }

    @Test
    void identifiersFoldUnquotedAndKeepQuoted() throws Exception {
        assertEquals(List.of(row(2)), t.rows("SELECT ID FROM CUSTOMERS WHERE Id = 2"));
        assertEquals(List.of(row(2)), t.rows("SELECT \"id\" FROM \"customers\" WHERE \"id\" = 2"));
    }

    @Test
    void selectWithoutFromAndValues() throws Exception {
        assertEquals(1, t.value("SELECT 1"));
        assertEquals(List.of(row("yes")), t.rows("SELECT 'yes' WHERE EXISTS (SELECT 1 FROM customers WHERE id = 1)"));
        assertEquals(List.of(), t.rows("SELECT 1 WHERE false"));
        assertEquals(List.of(row(1, "a"), row(2, "b")), t.rows("VALUES (1, 'a'), (2, 'b')"));
        assertEquals(List.of("column1", "column2"),
                t.prepare("VALUES (1, 'a')").columns().stream().map(c -> c.name()).toList());
    }

    @Test
    void stringFunctionsAndPatternMatching() throws Exception {
        assertEquals(List.of(row("ALICE", "b", "0cc175b9c0f1b6a831c399e269772661", "ab", 5, "Al")), t.rows(
                "SELECT upper(name), split_part('a.b', '.', 2), md5('a'), concat('a', 'b'), length(name), "
                        + "substring(name from 1 for 2) FROM customers WHERE name ILIKE 'ALI%'"));
        assertEquals(List.of(row("Alice"), row("Bob")),
                t.rows("SELECT name FROM customers WHERE name ~ '^[A-B]' ORDER BY 1"));
        assertEquals(List.of(row("Carol"), row("dave")),
                t.rows("SELECT name FROM customers WHERE name !~* '^[a-b]' ORDER BY 1"));
    }

    @Test
    void anyArrayAndIsDistinctFrom() throws Exception {
        assertEquals(List.of(row(1), row(3)), t.rows("SELECT id FROM customers WHERE id = ANY(ARRAY[1, 3, 5]) ORDER BY 1"));
        assertEquals(List.of(row(2), row(3)),
                t.rows("SELECT id FROM customers WHERE city IS DISTINCT FROM 'Paris' ORDER BY 1"));
        assertEquals(List.of(row(1), row(4)),
                t.rows("SELECT id FROM customers WHERE city IS NOT DISTINCT FROM $1 ORDER BY 1", "Paris"));
        assertEquals(true, t.value("SELECT 'r' = ANY ('{r,p}')"));
        assertEquals(true, t.value("SELECT $1 = ANY(ARRAY['x', 'y'])", "y"));
    }

    @Test
    void arrayParametersWithDeclaredArrayTypes() throws Exception {
        var q = t.prepare("SELECT id FROM customers WHERE id = ANY($1) ORDER BY id", 1007);
        assertEquals(1007, q.parameterTypes()[0]);
        assertEquals(List.of(row(2), row(4)), TestTables.run(q, List.of(2, 4, 9)));
        var names = t.prepare("SELECT id FROM customers WHERE name = ANY($1)", 1009);
        assertEquals(List.of(row(3)), TestTables.run(names, List.of("Carol")));
    }

    @Test
    void binaryAndTimestampColumnsUseTheWireRepresentation() throws Exception {
        List<List<Object>> rows = t.rows("SELECT avatar, placed FROM customers c JOIN orders o "
                + "ON o.customer_id = c.id WHERE o.id = 10");
        assertEquals(1, rows.size());
        assertTrue(Arrays.equals(new byte[] {1, 2}, (byte[]) rows.get(0).get(0)));
        assertEquals(java.time.Instant.parse("2024-01-01T10:00:00Z").toEpochMilli(), rows.get(0).get(1));
    }

    @Test
    void setOperations() throws Exception {
        assertEquals(List.of(row("Berlin"), row("Paris"), row("apple")), t.rows(
                "SELECT city FROM customers WHERE city IS NOT NULL UNION SELECT product FROM orders WHERE id = 10 "
                        + "ORDER BY 1"));
    }

    @Test
    void booleansCastToTextLikePostgreSql() throws Exception {
        assertEquals(List.of(row("true", "false", null)),
                t.rows("SELECT vip::text, (NOT vip)::text, CAST(NULL::bool AS text) FROM customers WHERE id = 1"));
    }

    @Test
    void intervalsPrintLikePostgreSql() throws Exception {
        assertEquals(List.of(row("01:30:00", "14 days", "1 year 2 mons", "00:00:01.5", "1 day")), t.rows(
                "SELECT interval '90 minutes', '2 weeks'::interval, interval '14 months', interval '1.5 seconds', "
                        + "interval '1 day'"));
        assertEquals(true, t.value("SELECT now() - interval '1 hour' < now()"));
    }

    @Test
    void checkedArithmeticAndDivision() throws Exception {
        assertEquals(2147483648L, t.value("SELECT 2147483647::int8 + 1"));
        // PostgreSQL keeps at least 16 significant digits; Calcite keeps 6 decimals at least.
        assertTrue(t.value("SELECT 1::numeric / 3").toString().startsWith("0.333333"));
    }
}
