package dev.pgwire.runtime.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import dev.pgwire.runtime.spi.Column;
import dev.pgwire.runtime.spi.ColumnType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TypeNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "int4|int4", "integer|int4", "INT|int4", "bigint|int8", "int8|int8", "smallint|int2", "text|text",
        "varchar|varchar", "character   varying|varchar", "timestamptz|timestamptz", "timestamp with time zone|timestamptz",
        "timestamp|timestamp", "timestamp without time zone|timestamp", "double precision|float8", "float|float8",
        "real|float4", "float4|float4", "boolean|bool", "bool|bool", "decimal|numeric", "numeric(10,2)|numeric",
        "char|bpchar", "character(3)|bpchar", "\"char\"|char", "name|name", "oid|oid", "regclass|regclass",
        "uuid|uuid", "bytea|bytea", "date|date", "time|time", "time without time zone|time", "int[]|_int4",
        "text[]|_text", "pg_catalog.int4|int4", "varchar(20)[]|_varchar", "\"char\"[]|_char", "_int4|_int4",
        "integer array|_int4", "float(10)|float4", "float(30)|float8", "timestamp(3) with time zone|timestamptz",
        "pg_catalog.\"char\"|char", "unknown|unknown"
    })
    void byNameResolvesSqlSpellings(String name, String typname) {
        assertEquals(typname, PgTypes.byName(name).name());
    }

    @Test
    void unknownNames() {
        assertNull(PgTypes.byName("integr"));
        assertNull(PgTypes.byName("\"integer\""));
        assertNull(PgTypes.byName("time with local time zone"));
        assertNull(PgTypes.byName("unknown[]"));
        PgException e = assertThrows(PgException.class, () -> TypeReference.parse("foo"));
        assertEquals(SqlState.UNDEFINED_OBJECT, e.state());
        assertEquals("type \"foo\" does not exist", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "varchar(20)|24", "character varying(1)|5", "char|5", "character|5", "char(10)|14", "bpchar|-1",
        "numeric(10,2)|655366", "numeric(5)|327684", "numeric|-1", "timestamp(3)|3", "time(9)|6", "text|-1",
        "int4[]|-1", "varchar(20)[]|24"
    })
    void typmods(String name, int typmod) throws PgException {
        assertEquals(typmod, TypeReference.parse(name).typmod());
    }

    @Test
    void badModifiers() {
        assertEquals("length for type varchar must be at least 1",
                assertThrows(PgException.class, () -> TypeReference.parse("varchar(0)")).getMessage());
        assertEquals("NUMERIC precision 1001 must be between 1 and 1000",
                assertThrows(PgException.class, () -> TypeReference.parse("numeric(1001)")).getMessage());
        assertEquals("type modifier is not allowed for type \"text\"",
                assertThrows(PgException.class, () -> TypeReference.parse("text(3)")).getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "int4|-1|integer", "int8|-1|bigint", "int2|-1|smallint", "varchar|24|character varying(20)",
        "varchar|-1|character varying", "numeric|655366|numeric(10,2)", "numeric|-1|numeric",
        "timestamp|-1|timestamp without time zone", "timestamptz|-1|timestamp with time zone",
        "timestamptz|3|timestamp(3) with time zone", "time|-1|time without time zone", "text|-1|text",
        "bool|-1|boolean", "float8|-1|double precision", "float4|-1|real", "bytea|-1|bytea", "uuid|-1|uuid",
        "date|-1|date", "bpchar|5|character(1)", "bpchar|-1|bpchar", "_int4|-1|integer[]", "char|-1|\"char\"",
        "_char|-1|\"char\"[]", "name|-1|name", "oid|-1|oid", "regclass|-1|regclass", "_varchar|14|character varying(10)[]",
        "_timestamptz|-1|timestamp with time zone[]", "unknown|-1|unknown"
    })
    void formatTypeMatchesPostgres(String typname, int typmod, String expected) {
        assertEquals(expected, PgTypes.formatType(PgTypes.byTypname(typname), typmod));
    }

    @Test
    void formatTypeWithNullTypmod() {
        assertEquals("character", PgTypes.formatType(PgTypes.BPCHAR));
        assertEquals("integer", PgTypes.formatType(PgTypes.INT4));
    }

    @Test
    void columnTypes() {
        for (ColumnType ct : ColumnType.values()) {
            Column c = Column.of("c", ct, true);
            PgType t = ColumnTypes.pgType(c);
            assertEquals(t, TypeReference.tryParse(ColumnTypes.formatType(c)).type(), ct.name());
        }
        assertEquals(PgTypes.BPCHAR, ColumnTypes.pgType(ColumnType.CHAR));
        assertEquals(5, ColumnTypes.typmod(Column.of("c", ColumnType.CHAR, false)));
        assertEquals("character(1)", ColumnTypes.formatType(Column.of("c", ColumnType.CHAR, false)));
        Column varchar = new Column("v", ColumnType.VARCHAR, 20, -1, 0, true, false, "");
        assertEquals(24, ColumnTypes.typmod(varchar));
        assertEquals("character varying(20)", ColumnTypes.formatType(varchar));
        Column numeric = new Column("n", ColumnType.NUMERIC, -1, 10, 2, true, false, "");
        assertEquals(((10 << 16) | 2) + 4, ColumnTypes.typmod(numeric));
        assertEquals("numeric(10,2)", ColumnTypes.formatType(numeric));
        assertEquals(-1, ColumnTypes.typmod(Column.of("n", ColumnType.NUMERIC, true)));
        assertEquals(-1, ColumnTypes.typmod(Column.of("t", ColumnType.TEXT, true)));
        assertEquals(-1, ColumnTypes.typmod(Column.of("v", ColumnType.VARCHAR, true)));
    }
}
