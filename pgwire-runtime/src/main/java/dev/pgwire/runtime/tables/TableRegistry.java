package dev.pgwire.runtime.tables;

import dev.pgwire.runtime.spi.InstanceBinding;
import dev.pgwire.runtime.spi.PgTableProvider;
import dev.pgwire.runtime.spi.TableSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        List<PgTableProvider> providers = new ArrayList<>();
        ServiceLoader.load(PgTableProvider.class, loader).forEach(providers::add);
        // One batch, so that foreign keys may reference tables of providers loaded later.
        registry.addProviders(providers);
        return registry;
    }

    /** Adds a provider's static tables and remembers its instance bindings. */
    public void addProvider(PgTableProvider provider) {
        addProviders(List.of(provider));
    }

    /**
     * Adds the static tables of several providers at once and remembers their instance bindings.
     *
     * @throws IllegalArgumentException when a table is already exposed
     * @throws IllegalStateException    when a foreign key does not resolve; nothing is added then
     */
    public synchronized void addProviders(List<PgTableProvider> providers) {
        List<TableSource<?>> added = new ArrayList<>();
        for (PgTableProvider provider : providers) {
            added.addAll(provider.staticTables());
        }
        addAll(added);
        for (PgTableProvider provider : providers) {
            bindings.addAll(provider.instanceBindings());
        }
    }

    /**
     * Adds one table.
     *
     * @throws IllegalStateException when one of its foreign keys does not resolve
     */
    public synchronized void addTable(TableSource<?> table) {
        addAll(List.of(table));
    }

    /**
     * Adds several tables at once; their foreign keys may reference each other.
     *
     * @throws IllegalStateException when a foreign key does not resolve; nothing is added then
     */
    public synchronized void addTables(List<TableSource<?>> added) {
        addAll(List.copyOf(added));
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
        addAll(added);
        return added;
    }

    /** The current tables; immutable. */
    public Snapshot snapshot() {
        return snapshot;
    }

    private static <T> List<TableSource<?>> tablesOf(InstanceBinding<T> binding, Object instance) {
        return binding.tables(binding.ownerType().cast(instance));
    }

    /** Adds {@code added} and publishes, or adds nothing when a name is taken or a foreign key does not resolve. */
    private void addAll(List<TableSource<?>> added) {
        Map<String, TableSource<?>> byName = new HashMap<>();
        for (TableSource<?> t : tables) {
            byName.put(t.qualifiedName(), t);
        }
        for (TableSource<?> t : added) {
            if (byName.putIfAbsent(t.qualifiedName(), t) != null) {
                throw new IllegalArgumentException("table " + t.qualifiedName() + " is already exposed");
            }
        }
        for (TableSource<?> t : added) {
            ForeignKeys.resolve(t, byName);
        }
        tables.addAll(added);
        publish();
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
