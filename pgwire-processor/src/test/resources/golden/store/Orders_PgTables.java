package store;

import dev.pgwire.runtime.spi.InstanceBinding;
import dev.pgwire.runtime.spi.Rows;
import dev.pgwire.runtime.spi.TableSource;
import java.util.List;
import java.util.function.Supplier;
import javax.annotation.processing.Generated;

/**
 * The tables declared by {@link Orders}.
 */
@Generated("dev.pgwire.processor.PgTableProcessor")
final class Orders_PgTables {
    private Orders_PgTables() {
    }

    /**
     * Tables backed by static members.
     */
    static List<TableSource<?>> staticTables() {
        return List.of(
                new TableSource<>("public", "orders", "customer orders",
                        Order_PgRowType.INSTANCE, Rows.ofCollection(() -> Orders.ALL)),
                new TableSource<>("archive", "archived", "customer orders",
                        Order_PgRowType.INSTANCE, Rows.ofArray(() -> get(Orders.archived))));
    }

    private static <T> T get(Supplier<? extends T> supplier) {
        return supplier == null ? null : supplier.get();
    }

    /**
     * Tables of one registered {@link Orders}.
     */
    static final class Binding implements InstanceBinding<Orders> {
        @Override
        public Class<Orders> ownerType() {
            return Orders.class;
        }

        @Override
        public List<TableSource<?>> tables(Orders instance) {
            return List.of(
                    new TableSource<>("public", "open_orders", "orders not shipped yet",
                            Order_PgRowType.INSTANCE, Rows.ofKeyedMap(Long.class, () -> instance.getOpenOrders())));
        }
    }
}
