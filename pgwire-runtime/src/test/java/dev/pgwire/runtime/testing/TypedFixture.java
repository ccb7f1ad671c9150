package dev.pgwire.runtime.testing;

import dev.pgwire.runtime.spi.Column;
import dev.pgwire.runtime.spi.ColumnType;
import dev.pgwire.runtime.spi.RowType;
import dev.pgwire.runtime.spi.Rows;
import dev.pgwire.runtime.spi.TableSource;
import dev.pgwire.runtime.spi.Values;
import dev.pgwire.runtime.tables.TableRegistry;
import dev.pgwire.runtime.types.ColumnTypes;
import dev.pgwire.runtime.types.PgType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One table, {@code cp_types}, with a column of every supported type and rows of edge values (nulls, extremes, NaN,
 * infinities, -0, empty strings, tabs, newlines, backslashes, quotes, delimiters, {@code \.}, non-ASCII), served by
 * our server and loaded into a real PostgreSQL with the same values, for differential tests of whole results.
 * PostgreSQL receives each value as our codec's text, so a rendering difference shows up on its side as well.
 */
public final class TypedFixture {
    public static final String TABLE = "cp_types";

    private static final List<Column> COLUMNS = List.of(
            new Column("id", ColumnType.INT4, -1, -1, 0, false, true, ""),
            Column.of("b", ColumnType.BOOL, true),
            Column.of("i2", ColumnType.INT2, true),
            Column.of("i8", ColumnType.INT8, true),
            Column.of("f4", ColumnType.FLOAT4, true),
            Column.of("f8", ColumnType.FLOAT8, true),
            Column.of("n", ColumnType.NUMERIC, true),
            Column.of("t", ColumnType.TEXT, true),
            new Column("vc", ColumnType.VARCHAR, 20, -1, 0, true, false, ""),
            new Column("ch", ColumnType.CHAR, 1, -1, 0, true, false, ""),
            Column.of("by", ColumnType.BYTEA, true),
            Column.of("u", ColumnType.UUID, true),
            Column.of("d", ColumnType.DATE, true),
            Column.of("tm", ColumnType.TIME, true),
            Column.of("ts", ColumnType.TIMESTAMP, true),
            Column.of("tz", ColumnType.TIMESTAMPTZ, true));
    private static final String PG_COLUMNS = "id int4 primary key, b bool, i2 int2, i8 int8, f4 float4, f8 float8,"
            + " n numeric, t text, vc varchar(20), ch char(1), by bytea, u uuid, d date, tm time, ts timestamp,"
            + " tz timestamptz";

    private static final RowType<Object[]> ROW_TYPE = new RowType<>() {
        @Override
        public Class<Object[]> javaType() {
            return Object[].class;
        }

        @Override
        public List<Column> columns() {
            return COLUMNS;
        }

        @Override
        public void extract(Object[] row, Object[] out) {
            System.arraycopy(row, 0, out, 0, row.length);
        }
    };

    /** Rows in the engine's value representation ({@link Values}). */
    public static final List<Object[]> ROWS = List.of(
            new Object[] {1, true, (short) -32768, Long.MIN_VALUE, 1.5f, 3.141592653589793,
                    new BigDecimal("12345678901234567890.123456789"), "plain", "v", "x", new byte[] {0, 1, 2},
                    UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), Values.date(LocalDate.of(2024, 2, 29)),
                    Values.time(LocalTime.of(12, 34, 56, 789_000_000)),
                    Values.timestamp(LocalDateTime.of(2024, 1, 1, 0, 0, 0, 123_000_000)),
                    Values.timestamptz(Instant.parse("2024-06-01T12:00:00Z"))},
            new Object[] {2, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null},
            new Object[] {3, false, (short) 32767, Long.MAX_VALUE, Float.NaN, Double.POSITIVE_INFINITY,
                    new BigDecimal("-0.000001"), "tab\there\nnew\\back,comma\"quote\rcr;semi|pipe\u0001ctl\u000bvt",
                    "é ü 日本 😀", " ", new byte[] {(byte) 0xff, '\\', 0, '\n', '"'},
                    UUID.fromString("00000000-0000-0000-0000-000000000000"), Values.date(LocalDate.of(1900, 1, 1)),
                    Values.time(LocalTime.MIDNIGHT), Values.timestamp(LocalDateTime.of(1969, 12, 31, 23, 59, 59,
                    999_000_000)), Values.timestamptz(Instant.parse("1960-03-04T05:06:07.008Z"))},
            new Object[] {4, true, (short) 0, 0L, -0.0f, Double.NEGATIVE_INFINITY, BigDecimal.ZERO, "", "\\.", ",",
                    new byte[0], UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff"),
                    Values.date(LocalDate.of(9999, 12, 31)), Values.time(LocalTime.of(23, 59, 59, 999_000_000)),
                    Values.timestamp(LocalDateTime.of(2262, 4, 11, 23, 47, 16)),
                    Values.timestamptz(Instant.parse("2038-01-19T03:14:08Z"))},
            new Object[] {5, null, (short) 1, -1L, Float.MAX_VALUE, Double.MIN_VALUE, new BigDecimal("1e-20"),
                    "\\N", "NULL", "\"", null, null, null, null, null, null});

    private TypedFixture() {}

    /** A registry serving {@code public.cp_types}. */
    public static TableRegistry registry() {
        TableRegistry registry = new TableRegistry();
        registry.addTable(new TableSource<>("public", TABLE, "", ROW_TYPE, Rows.ofCollection(() -> ROWS)));
        return registry;
    }

    /** Creates and fills {@code cp_types} in a real PostgreSQL (dropping an older copy). */
    public static void load(Connection pg) throws SQLException {
        try (Statement s = pg.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + TABLE);
            s.execute("CREATE TABLE " + TABLE + " (" + PG_COLUMNS + ")");
            s.execute("GRANT SELECT, INSERT ON " + TABLE + " TO PUBLIC");
            for (Object[] row : ROWS) {
                List<String> literals = new ArrayList<>();
                for (int i = 0; i < row.length; i++) {
                    literals.add(literal(row[i], COLUMNS.get(i)));
                }
                s.execute("INSERT INTO " + TABLE + " VALUES (" + String.join(", ", literals) + ")");
            }
        }
    }

    private static String literal(Object value, Column column) {
        if (value == null) {
            return "NULL";
        }
        PgType type = ColumnTypes.pgType(column);
        ByteBuf buf = Unpooled.buffer();
        try {
            type.codec().writeText(value, buf, TestSession.UTC);
            String text = buf.toString(StandardCharsets.UTF_8);
            return "'" + text.replace("'", "''") + "'::" + type.name();
        } finally {
            buf.release();
        }
    }
}
