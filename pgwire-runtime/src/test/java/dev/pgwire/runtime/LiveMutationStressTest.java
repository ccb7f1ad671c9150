package dev.pgwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgwire.runtime.spi.Column;
import dev.pgwire.runtime.spi.ColumnType;
import dev.pgwire.runtime.spi.RowType;
import dev.pgwire.runtime.spi.Rows;
import dev.pgwire.runtime.spi.TableSource;
import dev.pgwire.runtime.tables.TableRegistry;
import dev.pgwire.runtime.testing.LogCapture;
import dev.pgwire.runtime.testing.NettyLeaks;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Many pgjdbc clients query (simple and extended protocol, fetch sizes, aggregates) through the real Calcite
 * engine while the application replaces, adds and removes rows as fast as it can, in a concurrent map and in
 * a plain {@code ArrayList}. Every row carries a checksum over its other columns, so a torn or wrong row shows;
 * no query may fail, nothing may be logged as an error, no buffer may leak.
 */
class LiveMutationStressTest {
    private static final int ACCOUNTS = 500;
    private static final int CLIENTS = 4;
    private static final long RUN_MILLIS = 2_500;

    /** An immutable row whose checksum ties its columns together. */
    record Account(int id, long version, long balance, long checksum) {
        static Account of(int id, long version, long balance) {
            return new Account(id, version, balance, checksum(id, version, balance));
        }

        static long checksum(long id, long version, long balance) {
            return id * 1_000_003L + version * 7_919L + balance;
        }
    }

    private static final RowType<Account> ACCOUNT = new RowType<>() {
        private final List<Column> columns = List.of(Column.of("id", ColumnType.INT4, false),
                Column.of("revision", ColumnType.INT8, false), Column.of("balance", ColumnType.INT8, false),
                Column.of("checksum", ColumnType.INT8, false));

        @Override
        public Class<Account> javaType() {
            return Account.class;
        }

        @Override
        public List<Column> columns() {
            return columns;
        }

        @Override
        public void extract(Account a, Object[] out) {
            out[0] = a.id();
            out[1] = a.version();
            out[2] = a.balance();
            out[3] = a.checksum();
        }
    };

    @Test
    void clientsSeeOnlyConsistentRowsWhileTheApplicationMutates() throws Exception {
        NettyLeaks.install();
        Map<Integer, Account> accounts = new ConcurrentHashMap<>();
        List<Account> history = new ArrayList<>(); // deliberately not thread-safe, as applications do
        for (int i = 0; i < ACCOUNTS; i++) {
            accounts.put(i, Account.of(i, 0, i));
            history.add(Account.of(i, 0, i));
        }
        TableRegistry registry = new TableRegistry();
        registry.addTable(new TableSource<>("public", "accounts", "", ACCOUNT, Rows.ofMapValues(() -> accounts)));
        registry.addTable(new TableSource<>("public", "history", "", ACCOUNT, Rows.ofCollection(() -> history)));

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong mutations = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
        try (LogCapture logs = LogCapture.start();
                PgWireServer server = PgWireServer.builder().port(0).registry(registry).start()) {
            Future<?> mutator = pool.submit(() -> {
                ThreadLocalRandom r = ThreadLocalRandom.current();
                while (running.get()) {
                    int id = r.nextInt(ACCOUNTS * 2);
                    if (r.nextInt(10) == 0) {
                        accounts.remove(id);
                    } else {
                        Account old = accounts.get(id);
                        accounts.put(id, Account.of(id, old == null ? 0 : old.version() + 1, r.nextLong(-1_000_000, 1_000_000)));
                    }
                    history.add(Account.of(id, mutations.get(), r.nextInt(1000)));
                    if (history.size() > ACCOUNTS * 2) {
                        history.subList(0, ACCOUNTS).clear();
                    }
                    if (mutations.incrementAndGet() % 200 == 0) {
                        Thread.sleep(1); // leave the two CI cores to the clients now and then
                    }
                }
                return null;
            });
            List<Future<Long>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(pool.submit(() -> runClient(server.jdbcUrl(), client, running)));
            }
            Thread.sleep(RUN_MILLIS);
            running.set(false);
            long rowsChecked = 0;
            for (Future<Long> f : clients) {
                rowsChecked += f.get(120, TimeUnit.SECONDS);
            }
            mutator.get(10, TimeUnit.SECONDS);
            assertTrue(mutations.get() > 1_000, "the application mutated at a high rate: " + mutations.get());
            assertTrue(rowsChecked > 1_000, "clients checked " + rowsChecked + " rows");
            logs.assertNoWarnings();
        } finally {
            running.set(false);
            pool.shutdownNow();
        }
        NettyLeaks.assertNone();
    }

    /** Queries until told to stop; returns the number of rows checked. Any SQLException fails the test. */
    private static long runClient(String url, int client, AtomicBoolean running) throws SQLException {
        long checked = 0;
        try (Connection c = DriverManager.getConnection(url + "&prepareThreshold=1")) {
            PreparedStatement byRange = c.prepareStatement(
                    "SELECT id, revision, balance, checksum FROM accounts WHERE id BETWEEN ? AND ? ORDER BY id");
            Statement s = c.createStatement();
            int round = 0;
            while (running.get() || round < 3) {
                int kind = (client + round++) % 4;
                try {
                switch (kind) {
                    case 0 -> checked += checkRows(s.executeQuery("SELECT * FROM accounts"), true);
                    case 1 -> {
                        byRange.setInt(1, round % ACCOUNTS);
                        byRange.setInt(2, round % ACCOUNTS + 500);
                        checked += checkRows(byRange.executeQuery(), true);
                    }
                    case 2 -> {
                        // Fetch size in a transaction: a suspended portal resumed while the map changes.
                        c.setAutoCommit(false);
                        s.setFetchSize(100);
                        checked += checkRows(s.executeQuery("SELECT id, revision, balance, checksum FROM history"), false);
                        c.commit();
                        c.setAutoCommit(true);
                        s.setFetchSize(0);
                    }
                    default -> {
                        // The engine computes over live rows: the checksum holds for every one of them.
                        try (ResultSet rs = s.executeQuery("SELECT count(*), count(*) FILTER (WHERE checksum <> "
                                + "id * 1000003 + revision * 7919 + balance) FROM accounts")) {
                            assertTrue(rs.next());
                            long n = rs.getLong(1);
                            assertTrue(n > 0 && n <= 2L * ACCOUNTS, "count " + n);
                            assertEquals(0, rs.getLong(2), "rows whose checksum does not hold");
                            checked += n;
                        }
                    }
                }
                } catch (SQLException e) {
                    throw new SQLException("client " + client + " round " + round + " kind " + kind + ": " + e, e);
                }
            }
        }
        return checked;
    }

    private static long checkRows(ResultSet rs, boolean uniqueIds) throws SQLException {
        long n = 0;
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        try (rs) {
            while (rs.next()) {
                int id = rs.getInt(1);
                long version = rs.getLong(2);
                long balance = rs.getLong(3);
                assertEquals(Account.checksum(id, version, balance), rs.getLong(4), "torn row " + id);
                assertTrue(!uniqueIds || seen.add(id), "id " + id + " twice in one result");
                n++;
            }
        }
        return n;
    }
}
