package dev.pgwire.runtime.spi;

import java.util.List;

/**
 * Generated registry of one compilation's {@code @PgTable} sources, discovered by the runtime with
 * {@link java.util.ServiceLoader} ({@code META-INF/services/dev.pgwire.runtime.spi.PgTableProvider}).
 */
public interface PgTableProvider {
    /** Tables backed by static fields and methods; served without registration. */
    List<TableSource<?>> staticTables();

    /** Bindings for classes with instance-member sources; applied to registered instances. */
    List<InstanceBinding<?>> instanceBindings();
}
