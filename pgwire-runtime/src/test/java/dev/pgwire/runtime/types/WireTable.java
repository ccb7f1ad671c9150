package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SessionSettings;
import dev.pgwire.runtime.spi.Column;
import dev.pgwire.runtime.spi.ColumnType;
import dev.pgwire.runtime.spi.RowType;
import dev.pgwire.runtime.spi.Rows;
import dev.pgwire.runtime.spi.TableSource;
import java.util.ArrayList;
import java.util.List;

/**
 * A table defined by PostgreSQL literals, to load the same rows into pgwire (through a hand-written row type, values
 * read by our own text codecs) and into a real PostgreSQL ({@code CREATE TABLE} + {@code INSERT}).
 */
final class WireTable {
    /** A column and one literal per row (null: NULL). */
    record Col(String name, ColumnType type, int length, int precision, int scale, String sqlType, String... values) {
        static Col of(String name, ColumnType type, String sqlType, String... values) {
            return new Col(name, type, -1, -1, 0, sqlType, values);
        }

        Column column() {
            return new Column(name, type, length, precision, scale, true, false, "");
        }
    }

    private final String name;
    private final List<Col> cols;
    private final int rows;

    WireTable(String name, List<Col> cols) {
        this.name = name;
        this.cols = List.copyOf(cols);
        this.rows = cols.get(0).values().length;
        for (Col c : cols) {
            if (c.values().length != rows) {
                throw new IllegalArgumentException(c.name() + " has " + c.values().length + " values, not " + rows);
            }
        }
    }

    /** The table for pgwire's registry: column 0 is {@code id} (1..n), the rest as declared. */
    TableSource<Object[]> source(SessionSettings session) throws PgException {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("id", ColumnType.INT4, -1, -1, 0, false, true, ""));
        cols.forEach(c -> columns.add(c.column()));
        List<Object[]> data = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            Object[] row = new Object[cols.size() + 1];
            row[0] = r + 1;
            for (int i = 0; i < cols.size(); i++) {
                Col c = cols.get(i);
                String literal = c.values()[r];
                row[i + 1] = literal == null ? null
                        : engineValue(ColumnTypes.pgType(c.column()).codec().readText(literal, session));
            }
            data.add(row);
        }
        RowType<Object[]> type = new RowType<>() {
            @Override
            public Class<Object[]> javaType() {
                return Object[].class;
            }

            @Override
            public List<Column> columns() {
                return columns;
            }

            @Override
            public void extract(Object[] row, Object[] out) {
                System.arraycopy(row, 0, out, 0, row.length);
            }
        };
        return new TableSource<>("public", name, "", type, Rows.ofCollection(() -> data));
    }

    /** The codec's value as the engine carries it: intervals as their canonical text. */
    private static Object engineValue(Object wire) {
        if (wire instanceof PgInterval i) {
            return CarrierText.interval(i);
        }
        if (wire instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(e -> out.add(e == null ? null : engineValue(e)));
            return out;
        }
        return wire;
    }

    /** {@code CREATE TABLE} and one {@code INSERT} for PostgreSQL. */
    List<String> ddl() {
        StringBuilder create = new StringBuilder("CREATE TABLE " + name + " (id int4 PRIMARY KEY");
        cols.forEach(c -> create.append(", ").append(c.name()).append(' ').append(c.sqlType()));
        StringBuilder insert = new StringBuilder("INSERT INTO " + name + " VALUES ");
        for (int r = 0; r < rows; r++) {
            insert.append(r == 0 ? "(" : ", (").append(r + 1);
            for (Col c : cols) {
                String v = c.values()[r];
                insert.append(", ").append(v == null ? "NULL" : "'" + v.replace("'", "''") + "'::" + c.sqlType());
            }
            insert.append(')');
        }
        return List.of("DROP TABLE IF EXISTS " + name, create.append(')').toString(), insert.toString());
    }

    List<Col> cols() {
        return cols;
    }
}
