package dev.pgwire.runtime;

import dev.pgwire.runtime.query.CancelSignal;
import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.PreparedQuery;
import dev.pgwire.runtime.query.QueryEngine;
import dev.pgwire.runtime.query.ResultColumn;
import dev.pgwire.runtime.query.ResultCursor;
import dev.pgwire.runtime.query.SessionSettings;
import dev.pgwire.runtime.query.SqlState;
import dev.pgwire.runtime.types.PgCodec;
import dev.pgwire.runtime.types.PgType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query engine for protocol tests: a handful of fixed query shapes with int4 and text columns, using
 * its own small codecs so that protocol tests do not depend on the real type codecs.
 *
 * <ul>
 *   <li>{@code select <int>}: one row, column {@code ?column?}
 *   <li>{@code select * from series(n)}: rows (i, 'row i') for i = 1..n
 *   <li>{@code select * from big(n)}: n rows of (i, 1000 x 'x')
 *   <li>{@code select * from broken(n)}: n rows, then 22012 division by zero
 *   <li>{@code select sleep(ms)}: one row after ms milliseconds, polling the cancel signal
 *   <li>{@code select $1, $2, ...}: echoes its parameters (int4 when declared int4, else text; declared
 *       types are reported back unchanged)
 *   <li>{@code select nosuch}: 42703 at prepare time, with a position
 *   <li>{@code select crash}: an unexpected RuntimeException at prepare time
 * </ul>
 */
public final class TestEngine implements QueryEngine {
    public static final PgType INT4 = new PgType("int4", 23, 4, 'N', 1007, 0, new Int4Codec());
    public static final PgType TEXT = new PgType("text", 25, -1, 'S', 1009, 0, new TextCodec());

    private static final Pattern LITERAL = Pattern.compile("select (-?\\d+)");
    private static final Pattern SERIES = Pattern.compile("select \\* from (series|big|broken)\\((\\d+)\\)");
    private static final Pattern SLEEP = Pattern.compile("select sleep\\((\\d+)\\)");
    private static final Pattern PARAMS = Pattern.compile("select (\\$\\d+(\\s*,\\s*\\$\\d+)*)");

    /** Cursors opened and not yet closed: must be 0 when no portal is open. */
    public final AtomicInteger openCursors = new AtomicInteger();
    /** Number of cursors ever opened. */
    public final AtomicInteger executions = new AtomicInteger();
    /** Rows handed out by all cursors: shows how far ahead of the client the server has run. */
    public final AtomicInteger rowsProduced = new AtomicInteger();

    @Override
    public PreparedQuery prepare(String sql, int[] parameterTypes, SessionSettings session) throws PgException {
        String s = sql.trim().toLowerCase(Locale.ROOT);
        Matcher m;
        if ((m = LITERAL.matcher(s)).matches()) {
            int v = Integer.parseInt(m.group(1));
            return query(List.of(ResultColumn.of("?column?", INT4)), new int[0], (p, c) -> rows(1, i -> new Object[] {v}));
        }
        if ((m = SERIES.matcher(s)).matches()) {
            String kind = m.group(1);
            int n = Integer.parseInt(m.group(2));
            List<ResultColumn> cols = List.of(ResultColumn.of("n", INT4), ResultColumn.of("label", TEXT));
            return query(cols, new int[0], (p, c) -> switch (kind) {
                case "big" -> rows(n, i -> new Object[] {i, "x".repeat(1000)});
                case "broken" -> brokenRows(n);
                default -> rows(n, i -> new Object[] {i, "row " + i});
            });
        }
        if ((m = SLEEP.matcher(s)).matches()) {
            long ms = Long.parseLong(m.group(1));
            return query(List.of(ResultColumn.of("sleep", INT4)), new int[0], (p, c) -> sleeping(ms, c));
        }
        if ((m = PARAMS.matcher(s)).matches()) {
            String[] refs = m.group(1).split("\\s*,\\s*");
            int count = 0;
            for (String r : refs) {
                count = Math.max(count, Integer.parseInt(r.substring(1)));
            }
            int[] types = new int[count];
            for (int i = 0; i < count; i++) {
                types[i] = i < parameterTypes.length && parameterTypes[i] != 0 ? parameterTypes[i] : 25;
            }
            List<ResultColumn> cols = new ArrayList<>();
            for (String r : refs) {
                int idx = Integer.parseInt(r.substring(1)) - 1;
                cols.add(ResultColumn.of("?column?", types[idx] == 23 ? INT4 : TEXT));
            }
            return query(cols, types, (p, c) -> {
                Object[] row = new Object[refs.length];
                for (int i = 0; i < refs.length; i++) {
                    Object v = p[Integer.parseInt(refs[i].substring(1)) - 1];
                    row[i] = v instanceof String str && cols.get(i).type() == INT4 ? Integer.valueOf(str) : v;
                }
                return rows(1, i -> row);
            });
        }
        if (s.equals("select crash")) {
            throw new IllegalStateException("engine bug");
        }
        if (s.startsWith("select nosuch")) {
            throw new PgException(SqlState.UNDEFINED_COLUMN, "column \"nosuch\" does not exist", null, null, 8, null);
        }
        throw new PgException(SqlState.UNDEFINED_TABLE, "relation does not exist: " + sql);
    }

    private interface Rows {
        Iterable<Object[]> rows(Object[] params, CancelSignal cancel) throws PgException;
    }

    private interface RowFactory {
        Object[] row(int i);
    }

    private static Iterable<Object[]> rows(int n, RowFactory f) {
        return () -> new java.util.Iterator<>() {
            int i = 0;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public Object[] next() {
                return f.row(++i);
            }
        };
    }

    private static Iterable<Object[]> brokenRows(int n) {
        return () -> new java.util.Iterator<>() {
            int i = 0;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Object[] next() {
                if (i == n) {
                    throw new Broken();
                }
                i++;
                return new Object[] {i, "row " + i};
            }
        };
    }

    private static Iterable<Object[]> sleeping(long ms, CancelSignal cancel) {
        return () -> new java.util.Iterator<>() {
            boolean done;

            @Override
            public boolean hasNext() {
                return !done;
            }

            @Override
            public Object[] next() {
                long end = System.nanoTime() + ms * 1_000_000L;
                while (System.nanoTime() < end) {
                    if (cancel.cancelReason() != null) {
                        throw new Cancelled(cancel.cancelReason());
                    }
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new Cancelled("interrupted");
                    }
                }
                done = true;
                return new Object[] {1};
            }
        };
    }

    /** Thrown inside an iterator, turned into a PgException by the cursor. */
    private static final class Broken extends RuntimeException {}

    private static final class Cancelled extends RuntimeException {
        Cancelled(String reason) {
            super(reason);
        }
    }

    private PreparedQuery query(List<ResultColumn> columns, int[] parameterTypes, Rows rows) {
        return new PreparedQuery() {
            @Override
            public List<ResultColumn> columns() {
                return columns;
            }

            @Override
            public int[] parameterTypes() {
                return parameterTypes;
            }

            @Override
            public ResultCursor execute(Object[] params, SessionSettings session, CancelSignal cancel)
                    throws PgException {
                java.util.Iterator<Object[]> it = rows.rows(params, cancel).iterator();
                openCursors.incrementAndGet();
                executions.incrementAndGet();
                return new ResultCursor() {
                    boolean closed;

                    @Override
                    public Object[] next() throws PgException {
                        try {
                            if (!it.hasNext()) {
                                return null;
                            }
                            Object[] row = it.next();
                            rowsProduced.incrementAndGet();
                            return row;
                        } catch (Broken e) {
                            throw new PgException(SqlState.DIVISION_BY_ZERO, "division by zero");
                        } catch (Cancelled e) {
                            throw new PgException(SqlState.QUERY_CANCELED, e.getMessage());
                        }
                    }

                    @Override
                    public void close() {
                        if (!closed) {
                            closed = true;
                            openCursors.decrementAndGet();
                        }
                    }
                };
            }
        };
    }

    /** int4: decimal text, 4-byte big-endian binary. */
    static final class Int4Codec implements PgCodec {
        @Override
        public void writeText(Object value, ByteBuf out, SessionSettings session) {
            ByteBufUtil.writeAscii(out, value.toString());
        }

        @Override
        public void writeBinary(Object value, ByteBuf out) {
            out.writeInt((Integer) value);
        }

        @Override
        public Object readText(String text, SessionSettings session) throws PgException {
            try {
                return Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                throw new PgException(SqlState.INVALID_TEXT_REPRESENTATION,
                        "invalid input syntax for type integer: \"" + text + "\"");
            }
        }

        @Override
        public Object readBinary(ByteBuf in, int length) throws PgException {
            if (length != 4) {
                throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "insufficient data left in message");
            }
            return in.readInt();
        }
    }

    /** text: UTF-8 in both formats. */
    static final class TextCodec implements PgCodec {
        @Override
        public void writeText(Object value, ByteBuf out, SessionSettings session) {
            ByteBufUtil.writeUtf8(out, value.toString());
        }

        @Override
        public void writeBinary(Object value, ByteBuf out) {
            ByteBufUtil.writeUtf8(out, value.toString());
        }

        @Override
        public Object readText(String text, SessionSettings session) {
            return text;
        }

        @Override
        public Object readBinary(ByteBuf in, int length) {
            return in.readCharSequence(length, StandardCharsets.UTF_8).toString();
        }
    }
}
