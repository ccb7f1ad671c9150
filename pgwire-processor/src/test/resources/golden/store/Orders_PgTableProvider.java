package store;

import dev.pgwire.runtime.spi.InstanceBinding;
import dev.pgwire.runtime.spi.PgTableProvider;
import dev.pgwire.runtime.spi.TableSource;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Registers the tables of {@link Orders} with {@link java.util.ServiceLoader}.
 */
@Generated("dev.pgwire.processor.PgTableProcessor")
public final class Orders_PgTableProvider implements PgTableProvider {
    /**
     * Called by {@link java.util.ServiceLoader}.
     */
    public Orders_PgTableProvider() {
    }

    @Override
    public List<TableSource<?>> staticTables() {
        return Orders_PgTables.staticTables();
    }

    @Override
    public List<InstanceBinding<?>> instanceBindings() {
        return List.of(new Orders_PgTables.Binding());
    }
}
