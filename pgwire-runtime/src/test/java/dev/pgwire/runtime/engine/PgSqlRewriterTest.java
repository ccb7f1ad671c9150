package dev.pgwire.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The token-level rewrite of PostgreSQL syntax into what Calcite's parser reads. */
class PgSqlRewriterTest {
    private static String rewrite(String sql) throws PgException {
        return PgSqlRewriter.rewrite(sql, new int[0], Set.of()).sql();
    }

    @Test
    void parametersBecomeMarkersWithTheirNumbers() throws PgException {
        RewrittenSql r = PgSqlRewriter.rewrite("SELECT $2, $1 FROM t WHERE x = $2", new int[0], Set.of());
        assertEquals("SELECT ?, ? FROM t WHERE x = ?", r.sql());
        assertArrayEquals(new int[] {1, 0, 1}, r.parameterIndex());
        assertEquals(2, r.parameterCount());
        assertEquals(7, r.markerOffsets()[0]);
        assertEquals(1, r.parameterAt(7));
    }

    @Test
    void declaredAndTextParametersAreCast() throws PgException {
        assertEquals("SELECT CAST(? AS BIGINT), CAST(? AS VARCHAR), ?",
                PgSqlRewriter.rewrite("SELECT $1, $2, $3", new int[] {20, 0, 0}, Set.of(1)).sql());
    }

    @Test
    void parameterZeroIsRejected() {
        PgException e = assertThrows(PgException.class, () -> rewrite("SELECT $0"));
        assertEquals(SqlState.UNDEFINED_PARAMETER, e.state());
    }

    @Test
    void operatorSyntaxAndCollateAreSimplified() throws PgException {
        assertEquals("SELECT 1 FROM c WHERE c.relname ~ '^(t)$' ",
                rewrite("SELECT 1 FROM c WHERE c.relname OPERATOR(pg_catalog.~) '^(t)$' COLLATE pg_catalog.default"));
        assertEquals("SELECT a FROM t ORDER BY a ", rewrite("SELECT a FROM t ORDER BY a COLLATE \"C\""));
    }

    @Test
    void arrayTypesAndArrayLiterals() throws PgException {
        assertEquals("SELECT CAST(x AS int ARRAY), CAST(y AS varchar(10) ARRAY)", rewrite("SELECT CAST(x AS int[]), y::varchar(10)[]"));
        assertEquals("SELECT CAST(ARRAY['1','2'] AS int ARRAY)", rewrite("SELECT '{1,2}'::int[]"));
        assertEquals("SELECT 1 FROM t WHERE k = ANY (ARRAY['r','p',NULL,'a b'])",
                rewrite("SELECT 1 FROM t WHERE k = ANY ('{r,p,NULL,\"a b\"}')"));
        assertEquals("SELECT arr[1]", rewrite("SELECT arr[1]"));
    }

    @Test
    void stringsBecomeStandardLiterals() throws PgException {
        assertEquals("SELECT 'it''s', 'a\tb'", rewrite("SELECT $$it's$$, E'a\\tb'"));
        assertEquals("SELECT '$1'", rewrite("SELECT '$1'"));
    }

    @Test
    void castsBindTighterThanOperators() throws PgException {
        assertEquals("SELECT 1 FROM b WHERE a = CAST('1' AS int) AND b.c.d = CAST(f(x, y) AS text)",
                rewrite("SELECT 1 FROM b WHERE a = '1'::int AND b.c.d = f(x, y)::text"));
        assertEquals("SELECT CAST((a + b) AS int8), CAST(arr[1] AS text), CAST(CAST(? AS int) AS text), "
                        + "- CAST(1 AS int), CAST(CASE WHEN x THEN 1 END AS text)",
                rewrite("SELECT (a + b)::int8, arr[1]::text, $1::int::text, - 1::int, CASE WHEN x THEN 1 END::text"));
        assertEquals("SELECT CAST(x AS TIMESTAMP(3) WITH LOCAL TIME ZONE), CAST(y AS TIMESTAMP(3)), "
                        + "CAST(z AS DOUBLE PRECISION), CAST(w AS VARCHAR(3)), CAST(v AS \"char\")",
                rewrite("SELECT x::timestamp with time zone, y::timestamp(6) without time zone, z::double precision, "
                        + "w::character varying(3), v::\"char\""));
    }

    @Test
    void selectWithWhereButNoFromGetsOne() throws PgException {
        assertEquals("SELECT 1 FROM (VALUES (0)) AS \"?dual\"(\"?dual\") WHERE true",
                rewrite("SELECT 1 WHERE true"));
        String unchanged = "SELECT extract(year FROM d) FROM t WHERE (SELECT 1 FROM u WHERE x) = 1";
        assertEquals(unchanged, rewrite(unchanged));
    }

    @Test
    void rowCountParametersStayBare() throws PgException {
        assertEquals("SELECT a FROM t WHERE b = CAST(? AS INTEGER) LIMIT ? OFFSET ?",
                PgSqlRewriter.rewrite("SELECT a FROM t WHERE b = $1 LIMIT $2 OFFSET $3", new int[] {23, 23, 23},
                        Set.of()).sql());
    }

    @Test
    void intervalLiteralsBecomeStandardIntervals() throws PgException {
        assertEquals("SELECT INTERVAL '90' MINUTE, INTERVAL '14' DAY, INTERVAL '1' DAY, interval '1 day 2 hours'",
                rewrite("SELECT interval '90 minutes', '2 weeks'::interval, INTERVAL '1' DAY, interval '1 day 2 hours'"));
    }

    @Test
    void regCastsBecomeLookupsOrIntegerCasts() throws PgException {
        assertEquals("SELECT \"to_regclass\"('pg_class'), CAST(c.oid AS INTEGER), CAST(\"to_regtype\"('int4') AS oid)",
                rewrite("SELECT 'pg_class'::regclass, c.oid::pg_catalog.regclass, 'int4'::pg_catalog.regtype::oid"));
    }

    @Test
    void catalogQualifiersAreDroppedForTypesAndFunctions() throws PgException {
        assertEquals("SELECT CAST(x AS text), format_type(t, m), pg_catalog.pg_class.oid FROM pg_catalog.pg_class",
                rewrite("SELECT x::pg_catalog.text, pg_catalog.format_type(t, m), pg_catalog.pg_class.oid "
                        + "FROM pg_catalog.pg_class"));
    }

    @Test
    void wordsCalciteReservesAreQuotedWherePostgreSqlReadsNames() throws PgException {
        assertEquals("SELECT 1 AS \"new\", 2 AS \"rows\", n.\"range\" FROM t AS \"new\"",
                rewrite("SELECT 1 AS new, 2 AS ROWS, n.range FROM t AS new"));
        assertEquals("SELECT \"rows\", \"next\" FROM t WHERE \"range\" = 1",
                rewrite("SELECT rows, next FROM t WHERE range = 1"));
        // Types, window frames and row constructors keep their keywords.
        String kept = "SELECT CAST(x AS time), CAST(y AS interval), row(1, 2), "
                + "sum(x) OVER (PARTITION BY y ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM t";
        assertEquals(kept, rewrite(kept));
    }

    @Test
    void keywordFunctionsBecomeCalls() throws PgException {
        assertEquals("SELECT \"current_schema\"(), \"current_catalog\"(), \"current_schema\"()",
                rewrite("SELECT current_schema, current_catalog, current_schema()"));
    }

    @Test
    void trailingSemicolonIsDroppedAndPositionsMapBack() throws PgException {
        RewrittenSql r = PgSqlRewriter.rewrite("SELECT $1 , x;", new int[0], Set.of());
        assertEquals("SELECT ? , x", r.sql());
        // 'x' is at offset 10 in the rewritten text and at offset 11 in the original (1-based: 12).
        assertEquals(12, r.originalPosition(10));
    }

    @Test
    void bitStringsAreRejected() {
        assertEquals(SqlState.FEATURE_NOT_SUPPORTED, assertThrows(PgException.class, () -> rewrite("SELECT B'101'")).state());
    }
}
