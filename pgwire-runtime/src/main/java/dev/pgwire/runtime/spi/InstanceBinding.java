package dev.pgwire.runtime.spi;

import java.util.List;

/**
 * Generated for each class that declares {@code @PgTable} sources on instance members: given an
 * instance the application registered, the tables it exposes.
 *
 * @param <T> the declaring class
 */
public interface InstanceBinding<T> {
    /** The class whose instances this binding applies to (also to instances of its subclasses). */
    Class<T> ownerType();

    /** The tables of one registered instance. */
    List<TableSource<?>> tables(T instance);
}
