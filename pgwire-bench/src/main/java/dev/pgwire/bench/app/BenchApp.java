package dev.pgwire.bench.app;

import dev.pgwire.runtime.PgWireServer;
import dev.pgwire.runtime.tables.TableRegistry;
import java.util.Locale;

/**
 * The benchmark's service: pgbench's tables at a given scale, served by pgwire.
 *
 * <pre>java -cp ... dev.pgwire.bench.app.BenchApp [--scale 10] [--source map|list] [--port 5433]
 *      [--max-connections 1100]</pre>
 *
 * <p>It builds the rows first (a service has its state before it serves it), then binds, then prints one
 * line {@code pgwire-bench ready port=P accounts=N loadMillis=L startMillis=S} that the harness reads.
 */
public final class BenchApp {
    private BenchApp() {}

    /** The accounts table's backing collection. */
    public enum Source { MAP, LIST }

    public static void main(String[] args) throws InterruptedException {
        int scale = 10;
        Source source = Source.MAP;
        int port = 5433;
        int maxConnections = 1100;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--scale" -> scale = Integer.parseInt(require(args[i], value));
                case "--source" -> source = Source.valueOf(require(args[i], value).toUpperCase(Locale.ROOT));
                case "--port" -> port = Integer.parseInt(require(args[i], value));
                case "--max-connections" -> maxConnections = Integer.parseInt(require(args[i], value));
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --scale N, --source map|list, --port P, --max-connections N)");
            }
            i++;
        }
        long t0 = System.nanoTime();
        TableRegistry registry = TableRegistry.discover(BenchApp.class.getClassLoader());
        int accounts;
        PgWireServer.Builder builder = PgWireServer.builder().registry(registry);
        if (source == Source.MAP) {
            AccountsByKey byKey = new AccountsByKey(scale);
            accounts = byKey.size();
            builder.expose(byKey);
        } else {
            AccountsInList list = new AccountsInList(scale);
            accounts = list.size();
            registry.addTable(list.table());
        }
        builder.expose(new PgbenchTables(scale));
        long loaded = System.nanoTime();
        PgWireServer server = builder.port(port).maxConnections(maxConnections).start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "pgwire-bench-shutdown"));
        long started = System.nanoTime();
        System.out.printf(Locale.ROOT,
                "pgwire-bench ready port=%d accounts=%d source=%s loadMillis=%d startMillis=%d%n",
                server.port(), accounts, source.name().toLowerCase(Locale.ROOT),
                (loaded - t0) / 1_000_000, (started - loaded) / 1_000_000);
        System.out.flush();
        server.awaitClose();
    }

    private static String require(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
