package dev.pgwire.bench.harness;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.postgresql.PGConnection;

/**
 * Workloads 3, 4, 5 and the second half of 8, through pgjdbc: query latency (median of repeated runs, with
 * the results of both servers compared), bulk reads in rows per second, and a new query shape's first run.
 */
final class QueryWorkloads {
    static final String AGGREGATE =
            "SELECT bid, count(*), sum(abalance), avg(aid) FROM pgbench_accounts GROUP BY bid ORDER BY bid";
    static final String JOIN = "SELECT a.aid, a.abalance, b.bid, b.bbalance FROM pgbench_accounts a"
            + " JOIN pgbench_branches b ON b.bid = a.bid WHERE a.aid % 100 = 0 ORDER BY a.aid DESC LIMIT 10";
    static final String BULK = "SELECT aid, bid, abalance, filler FROM pgbench_accounts";
    static final String COPY = "COPY (" + BULK + ") TO STDOUT";
    static final String NEW_SHAPE = "SELECT bid, min(aid), max(aid), count(*) FROM pgbench_accounts"
            + " WHERE aid % 3 = 1 GROUP BY bid ORDER BY bid";
    private static final int FETCH_SIZE = 10_000;

    private QueryWorkloads() {}

    static List<Measurement> latency(BenchContext ctx) {
        List<Measurement> out = new ArrayList<>();
        out.add(latency(ctx, "3. Aggregate scan (GROUP BY over all accounts)", AGGREGATE, new Target.Ratio(2.0)));
        out.add(latency(ctx, "4. Join with filter, ORDER BY and LIMIT", JOIN, null));
        return out;
    }

    /** Median latency of {@code sql} over the configured repeats, after a warm-up run; compares results. */
    private static Measurement latency(BenchContext ctx, String workload, String sql, Target target) {
        ctx.sampleLoad();
        int repeats = ctx.config.repeats();
        String metric = "median of " + repeats + " runs (pgjdbc, prepared)";
        ctx.commands.add("pgjdbc, one connection, PreparedStatement run 1 + " + repeats + " times: " + sql);
        List<List<List<String>>> results = new ArrayList<>();
        ctx.profileLoads.put(BenchContext.key(workload, metric), seconds -> {
            try (Connection c = ctx.pgwire.connect(new Properties());
                    PreparedStatement ps = c.prepareStatement(sql)) {
                long end = System.nanoTime() + seconds * 1_000_000_000L;
                while (System.nanoTime() < end) {
                    readAll(ps);
                }
            }
        });
        Measurement m = Probe.onBoth(ctx, workload, metric, Unit.MILLIS, target, server -> {
            try (Connection c = server.connect(new Properties()); PreparedStatement ps = c.prepareStatement(sql)) {
                List<List<String>> rows = readAll(ps);
                double[] millis = new double[repeats];
                for (int i = 0; i < repeats; i++) {
                    long t0 = System.nanoTime();
                    rows = readAll(ps);
                    millis[i] = Figures.millisSince(t0);
                }
                results.add(rows);
                return Figures.median(millis);
            }
        });
        m = withJitOff(ctx, m, sql, repeats);
        if (results.size() == 2 && !results.get(0).equals(results.get(1))) {
            m = m.withNote("pgwire's result differs from PostgreSQL's: " + firstDifference(results.get(0),
                    results.get(1)));
        }
        return m;
    }

    /**
     * PostgreSQL's JIT (on by default, and compiled in on Debian) costs compile time on big scans; the note
     * gives PostgreSQL's figure without it too, so that a ratio is never won against a handicapped PostgreSQL.
     */
    private static Measurement withJitOff(BenchContext ctx, Measurement m, String sql, int repeats) {
        if (m.postgres() == null) {
            return m;
        }
        try (Connection c = ctx.postgres.connect(new Properties())) {
            try (var s = c.createStatement()) {
                s.execute("SET jit = off");
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                readAll(ps);
                double[] millis = new double[repeats];
                for (int i = 0; i < repeats; i++) {
                    long t0 = System.nanoTime();
                    readAll(ps);
                    millis[i] = Figures.millisSince(t0);
                }
                return m.withNote("PostgreSQL with `SET jit = off`: " + Unit.MILLIS.format(Figures.median(millis)));
            }
        } catch (SQLException e) {
            return m.withNote("PostgreSQL with jit off failed: " + Figures.brief(e));
        }
    }

    private static List<List<String>> readAll(PreparedStatement ps) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static String firstDifference(List<List<String>> postgres, List<List<String>> pgwire) {
        for (int i = 0; i < Math.min(postgres.size(), pgwire.size()); i++) {
            if (!Objects.equals(postgres.get(i), pgwire.get(i))) {
                return "row " + (i + 1) + " is " + pgwire.get(i) + ", PostgreSQL says " + postgres.get(i);
            }
        }
        return pgwire.size() + " rows, PostgreSQL returns " + postgres.size();
    }

    static List<Measurement> bulk(BenchContext ctx) {
        List<Measurement> out = new ArrayList<>();
        String workload = "5. Bulk read of all accounts";
        Properties text = new Properties();
        Properties binary = new Properties();
        binary.setProperty("prepareThreshold", "-1"); // binary results from the first execution
        binary.setProperty("binaryTransfer", "true");
        ctx.commands.add("pgjdbc: " + BULK + " (autocommit off, fetch size " + FETCH_SIZE
                + ", every column read; binary: prepareThreshold=-1); CopyManager.copyOut(\"" + COPY + "\");"
                + " each a warm-up read, then the mean rate of two");
        out.add(bulk(ctx, workload, "pgjdbc, text results", text));
        out.add(bulk(ctx, workload, "pgjdbc, binary results", binary));
        ctx.sampleLoad();
        String copyMetric = "COPY ... TO STDOUT";
        ctx.profileLoads.put(BenchContext.key(workload, copyMetric), seconds -> repeatFor(seconds,
                () -> copyRows(ctx.pgwire)));
        Measurement copy = Probe.onBoth(ctx, workload, copyMetric, Unit.ROWS_PER_SECOND, new Target.Ratio(1.0),
                server -> meanRate(ctx, () -> copyRows(server)));
        if (copy.pgwire() == null) {
            copy = new Measurement(copy.workload(), copy.metric(), copy.unit(), copy.postgres(), null, null,
                    "not supported by pgwire yet (" + copy.note() + ")");
        }
        out.add(copy);
        return out;
    }

    private static Measurement bulk(BenchContext ctx, String workload, String metric, Properties props) {
        ctx.sampleLoad();
        ctx.profileLoads.put(BenchContext.key(workload, metric), seconds -> repeatFor(seconds,
                () -> readRows(ctx.pgwire, props)));
        return Probe.onBoth(ctx, workload, metric, Unit.ROWS_PER_SECOND, new Target.Ratio(1.0),
                server -> meanRate(ctx, () -> readRows(server, props)));
    }

    /** A read that returns how many rows it read. */
    private interface Read {
        long rows() throws Exception;
    }

    /** Rows per second: one warm-up read, then the mean of two (each read is a million rows). */
    private static double meanRate(BenchContext ctx, Read read) throws Exception {
        long expected = ctx.config.accounts();
        check(read.rows(), expected);
        double[] rates = new double[2];
        for (int i = 0; i < rates.length; i++) {
            long t0 = System.nanoTime();
            long rows = read.rows();
            rates[i] = rows / ((System.nanoTime() - t0) / 1e9);
            check(rows, expected);
        }
        return Figures.median(rates);
    }

    private static void repeatFor(int seconds, Read read) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            read.rows();
        }
    }

    private static void check(long rows, long expected) throws IOException {
        if (rows != expected) {
            throw new IOException("read " + rows + " rows, expected " + expected);
        }
    }

    /** Streams every account (a portal fetched {@value #FETCH_SIZE} rows at a time), reading every column. */
    private static long readRows(BenchServer server, Properties props) throws SQLException {
        try (Connection c = server.connect(props)) {
            c.setAutoCommit(false); // pgjdbc streams with a fetch size only inside a transaction
            long rows = 0;
            long checksum = 0;
            try (PreparedStatement ps = c.prepareStatement(BULK)) {
                ps.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        checksum += rs.getInt(1) + rs.getInt(2) + rs.getInt(3) + rs.getString(4).length();
                        rows++;
                    }
                }
            }
            c.commit();
            if (checksum == 0) {
                throw new SQLException("empty accounts");
            }
            return rows;
        }
    }

    private static long copyRows(BenchServer server) throws SQLException, IOException {
        try (Connection c = server.connect(new Properties())) {
            LineCounter lines = new LineCounter();
            long reported = c.unwrap(PGConnection.class).getCopyAPI().copyOut(COPY, lines);
            if (reported != lines.lines) {
                throw new IOException("COPY reported " + reported + " rows but sent " + lines.lines);
            }
            return lines.lines;
        }
    }

    /** Counts the rows of COPY's text format without keeping them. */
    private static final class LineCounter extends OutputStream {
        long lines;

        @Override
        public void write(int b) {
            if (b == '\n') {
                lines++;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    lines++;
                }
            }
        }
    }

    /** Workload 8, second half: the first run of a query shape neither server has seen, then its median rerun. */
    static List<Measurement> newShape(BenchContext ctx) {
        ctx.sampleLoad();
        String workload = "8. Cold start";
        ctx.commands.add("pgjdbc, a new connection: " + NEW_SHAPE + " (first run, then 3 more)");
        double[][] runs = new double[2][];
        Measurement first = Probe.onBoth(ctx, workload, "first run of a new query shape", Unit.MILLIS, null,
                server -> {
                    try (Connection c = server.connect(new Properties());
                            PreparedStatement ps = c.prepareStatement(NEW_SHAPE)) {
                        double[] millis = new double[4];
                        for (int i = 0; i < millis.length; i++) {
                            long t0 = System.nanoTime();
                            readAll(ps);
                            millis[i] = Figures.millisSince(t0);
                        }
                        runs[server == ctx.postgres ? 0 : 1] = millis;
                        return millis[0];
                    }
                });
        Double pg = runs[0] == null ? null : Figures.median(Arrays.copyOfRange(runs[0], 1, 4));
        Double pw = runs[1] == null ? null : Figures.median(Arrays.copyOfRange(runs[1], 1, 4));
        Measurement again = new Measurement(workload, "the same query again (median of 3)", Unit.MILLIS, pg, pw,
                null, "");
        return List.of(first, again);
    }
}
