package dev.pgwire.runtime.tables;

import dev.pgwire.runtime.spi.InstanceBinding;
import dev.pgwire.runtime.spi.PgTableProvider;
import dev.pgwire.runtime.spi.TableSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The tables a server exposes: static sources discovered from generated {@link PgTableProvider}s plus
 * the sources of instances the application registered. Readers take an immutable {@link Snapshot};
 * every change bumps the version, so caches keyed by it invalidate themselves.
 */
public final class TableRegistry {
    private final List<InstanceBinding<?>> bindings = new CopyOnWriteArrayList<>();
    private final List<TableSource<?>> tables = new ArrayList<>();
    private volatile Snapshot snapshot = new Snapshot(0, List.of());

    /** An empty registry. */
    public TableRegistry() {}

    /** A registry with every provider found by {@link ServiceLoader} on this class loader. */
    public static TableRegistry discover(ClassLoader loader) {
        TableRegistry registry = new TableRegistry();
        for (PgTableProvider provider : ServiceLoader.load(PgTableProvider.class, loader)) {
            registry.addProvider(provider);
        }
        return registry;
    }

    /** Adds a provider's static tables and remembers its instance bindings. */
    public synchronized void addProvider(PgTableProvider provider) {
        bindings.addAll(provider.instanceBindings());
        for (TableSource<?> t : provider.staticTables()) {
            addLocked(t);
        }
        publish();
    }

    /** Adds one table. */
    public synchronized void addTable(TableSource<?> table) {
        addLocked(table);
        publish();
    }

    /**
     * Exposes the instance-member sources of {@code instance}.
     *
     * @return the tables added
     * @throws IllegalArgumentException when no {@code @PgTable} source is declared on its class
     */
    public synchronized List<TableSource<?>> expose(Object instance) {
        List<TableSource<?>> added = new ArrayList<>();
        for (InstanceBinding<?> binding : bindings) {
            if (binding.ownerType().isInstance(instance)) {
                added.addAll(tablesOf(binding, instance));
            }
        }
        if (added.isEmpty()) {
            throw new IllegalArgumentException(instance.getClass().getName()
                    + " declares no @PgTable fields or methods on instance members"
                    + " (or the pgwire-processor did not run when it was compiled)");
        }
        for (TableSource<?> t : added) {
            addLocked(t);
        }
        publish();
        return added;
    }

    /** The current tables; immutable. */
    public Snapshot snapshot() {
        return snapshot;
    }

    private static <T> List<TableSource<?>> tablesOf(InstanceBinding<T> binding, Object instance) {
        return binding.tables(binding.ownerType().cast(instance));
    }

    private void addLocked(TableSource<?> table) {
        for (TableSource<?> t : tables) {
            if (t.schema().equals(table.schema()) && t.name().equals(table.name())) {
                throw new IllegalArgumentException("table " + table.qualifiedName() + " is already exposed");
            }
        }
        tables.add(table);
    }

    private void publish() {
        List<TableSource<?>> sorted = new ArrayList<>(tables);
        sorted.sort(Comparator.comparing((TableSource<?> t) -> t.schema()).thenComparing(TableSource::name));
        snapshot = new Snapshot(snapshot.version() + 1, List.copyOf(sorted));
    }

    /**
     * The exposed tables at one moment, sorted by schema and name.
     *
     * @param version increases with every change
     */
    public record Snapshot(long version, List<TableSource<?>> tables) {}
}
