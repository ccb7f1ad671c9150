package store;

import dev.pgwire.annotations.PgTable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

public class Orders {
    @PgTable(name = "orders")
    static final List<Order> ALL = new CopyOnWriteArrayList<>();

    @PgTable(schema = "archive")
    static Supplier<Order[]> archived = () -> new Order[0];

    private final Map<Long, Order> open = Map.of();

    @PgTable(description = "orders not shipped yet")
    Map<Long, Order> getOpenOrders() {
        return open;
    }
}
