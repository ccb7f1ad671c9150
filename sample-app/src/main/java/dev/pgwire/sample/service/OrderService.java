package dev.pgwire.sample.service;

import dev.pgwire.annotations.PgTable;
import dev.pgwire.sample.model.Customer;
import dev.pgwire.sample.model.Order;
import dev.pgwire.sample.model.OrderLine;
import dev.pgwire.sample.model.OrderStatus;
import dev.pgwire.sample.model.Product;
import dev.pgwire.sample.model.Shipment;
import dev.pgwire.sample.model.StockLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The order-management service: customers, the catalogue, orders and their lines, shipments and stock.
 *
 * <p>Concurrency model, as a real service would have it: every change runs under {@link #writeLock}
 * (one writer at a time), while readers, pgwire's queries included, never lock. The maps are
 * concurrent and the catalogue is copy-on-write, so readers see a consistent collection. The order
 * lines deliberately sit in a plain {@link ArrayList} that only writers touch under the lock; pgwire
 * reads it without that lock and copes by snapshotting and retrying (see {@code Rows}).
 *
 * <p>Every {@code @PgTable} member here is an instance source: its tables appear once the application
 * calls {@code PgWire.expose(service)}.
 */
public final class OrderService {
    /** Units a warehouse orders when a shelf cannot cover a shipment. */
    private static final int REPLENISHMENT = 200;

    private final Object writeLock = new Object();
    /** Used only under {@link #writeLock}. */
    private final Random random;
    private long nextOrderId = 1;
    private long nextShipmentId = 1;

    @PgTable
    final Map<Long, Customer> customers = new ConcurrentHashMap<>();

    @PgTable
    final List<Product> products = new CopyOnWriteArrayList<>();

    @PgTable
    final Map<Long, Order> orders = new ConcurrentHashMap<>();

    /** Guarded by {@link #writeLock} for writers; pgwire reads it unlocked. */
    @PgTable
    final List<OrderLine> orderLines = new ArrayList<>();

    @PgTable
    final Map<Long, Shipment> shipments = new ConcurrentHashMap<>();

    /** Stock counters; the {@code stock_levels} table is computed from them on every scan. */
    private final Map<StockKey, Stock> stock = new ConcurrentHashMap<>();

    @PgTable
    final Supplier<List<StockLevel>> stockLevels = this::countStock;

    public OrderService(long seed) {
        this.random = new Random(seed);
    }

    /** Orders that still need work: a view computed by a method, a fresh stream per scan. */
    @PgTable(name = "open_orders", description = "Orders neither delivered nor cancelled")
    Stream<Order> openOrders() {
        return orders.values().stream().filter(o -> o.status().isOpen());
    }

    // ---- catalogue and customers

    public void addProduct(Product product) {
        synchronized (writeLock) {
            products.add(product);
        }
    }

    public void addCustomer(Customer customer) {
        synchronized (writeLock) {
            customers.put(customer.id(), customer);
        }
    }

    public void updateCustomer(Customer customer) {
        synchronized (writeLock) {
            customers.replace(customer.id(), customer);
        }
    }

    /** Adds {@code units} of {@code sku} to a warehouse's shelves. */
    public void restock(int warehouseId, String sku, int units) {
        synchronized (writeLock) {
            stock.computeIfAbsent(new StockKey(warehouseId, sku), k -> new Stock()).onHand.addAndGet(units);
        }
    }

    // ---- orders

    /** What a customer asks for on one line. */
    public record LineRequest(Product product, int quantity, BigDecimal discountPct) {}

    /** Places an order; its lines are added before the order itself, so a join never finds orphan orders. */
    public Order placeOrder(long customerId, int warehouseId, List<LineRequest> lines, Instant now) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one line");
        }
        synchronized (writeLock) {
            long id = nextOrderId++;
            BigDecimal total = BigDecimal.ZERO;
            int lineNo = 1;
            for (LineRequest r : lines) {
                OrderLine line = new OrderLine(id, lineNo++, r.product().sku(), r.quantity(),
                        r.product().unitPrice(), r.discountPct());
                orderLines.add(line);
                total = total.add(line.amount());
                stockOf(warehouseId, line.sku()).reserved.addAndGet(line.quantity());
            }
            Order order = new Order(id, customerId, warehouseId, OrderStatus.NEW, now, now, lines.size(), total);
            orders.put(id, order);
            return order;
        }
    }

    /**
     * Moves an open order one step along the happy path; shipping creates its shipment and takes the
     * goods off the shelves, delivery completes the shipment.
     *
     * @return the updated order, or {@code null} when it is unknown or finished
     */
    public Order advance(long orderId, Instant now) {
        synchronized (writeLock) {
            Order order = orders.get(orderId);
            if (order == null || order.status().next() == null) {
                return null;
            }
            OrderStatus next = order.status().next();
            String country = countryOf(order.customerId());
            if (next == OrderStatus.SHIPPED) {
                long shipmentId = nextShipmentId++;
                shipments.put(orderId, ShipmentFactory.create(shipmentId, order, country, now, random));
                forEachLine(orderId, line -> {
                    Stock s = stockOf(order.warehouseId(), line.sku());
                    if (s.onHand.get() < line.quantity()) {
                        // The warehouse replenishes a shelf that cannot cover the shipment, so stock never goes negative.
                        s.onHand.addAndGet(REPLENISHMENT + line.quantity());
                    }
                    s.reserved.addAndGet(-line.quantity());
                    s.onHand.addAndGet(-line.quantity());
                });
            } else if (next == OrderStatus.DELIVERED) {
                shipments.computeIfPresent(orderId, (k, s) -> ShipmentFactory.deliver(s, country, now, random));
            }
            Order updated = order.withStatus(next, now);
            orders.put(orderId, updated);
            return updated;
        }
    }

    /** Cancels an order that has not shipped yet and releases its reservations. */
    public boolean cancel(long orderId, Instant now) {
        synchronized (writeLock) {
            Order order = orders.get(orderId);
            if (order == null || !order.status().isOpen() || order.status() == OrderStatus.SHIPPED) {
                return false;
            }
            forEachLine(orderId, line ->
                    stockOf(order.warehouseId(), line.sku()).reserved.addAndGet(-line.quantity()));
            orders.put(orderId, order.withStatus(OrderStatus.CANCELLED, now));
            return true;
        }
    }

    /**
     * Removes finished (delivered or cancelled) orders last updated before {@code before}, with their
     * lines and shipments, oldest first, at most {@code max} of them.
     *
     * @return how many orders were removed
     */
    public int archiveFinished(Instant before, int max) {
        synchronized (writeLock) {
            List<Long> victims = orders.values().stream()
                    .filter(o -> !o.status().isOpen() && o.updatedAt().isBefore(before))
                    .sorted(Comparator.comparing(Order::updatedAt))
                    .limit(max)
                    .map(Order::id)
                    .toList();
            if (victims.isEmpty()) {
                return 0;
            }
            Set<Long> ids = Set.copyOf(victims);
            // The order goes first so a join never meets a half-removed order from the other side.
            ids.forEach(orders::remove);
            ids.forEach(shipments::remove);
            orderLines.removeIf(line -> ids.contains(line.orderId()));
            return ids.size();
        }
    }

    // ---- reads (lock-free)

    public Customer customer(long id) {
        return customers.get(id);
    }

    public Order order(long id) {
        return orders.get(id);
    }

    /** The shipment of an order, or {@code null}. */
    public Shipment shipmentOfOrder(long orderId) {
        return shipments.get(orderId);
    }

    public Collection<Customer> customers() {
        return Collections.unmodifiableCollection(customers.values());
    }

    public List<Product> products() {
        return Collections.unmodifiableList(products);
    }

    public Collection<Order> orders() {
        return Collections.unmodifiableCollection(orders.values());
    }

    public Collection<Shipment> shipments() {
        return Collections.unmodifiableCollection(shipments.values());
    }

    /** A copy of the order lines, taken under the lock. */
    public List<OrderLine> orderLines() {
        synchronized (writeLock) {
            return List.copyOf(orderLines);
        }
    }

    public int orderLineCount() {
        synchronized (writeLock) {
            return orderLines.size();
        }
    }

    /** The current stock levels; what the {@code stock_levels} table shows. */
    public List<StockLevel> countStock() {
        List<StockLevel> levels = new ArrayList<>(stock.size());
        stock.forEach((k, s) -> levels.add(new StockLevel(k.warehouseId(), k.sku(), s.onHand.get(), s.reserved.get())));
        return levels;
    }

    private Stock stockOf(int warehouseId, String sku) {
        return stock.computeIfAbsent(new StockKey(warehouseId, sku), k -> new Stock());
    }

    private String countryOf(long customerId) {
        Customer c = customers.get(customerId);
        return c == null ? "NL" : c.country();
    }

    /** Visits an order's lines. Lines are appended in order-id order and removals keep that order, so binary search finds them. */
    private void forEachLine(long orderId, Consumer<OrderLine> action) {
        int lo = 0;
        int hi = orderLines.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (orderLines.get(mid).orderId() < orderId) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < orderLines.size() && orderLines.get(i).orderId() == orderId; i++) {
            action.accept(orderLines.get(i));
        }
    }

    private record StockKey(int warehouseId, String sku) {}

    private static final class Stock {
        final AtomicInteger onHand = new AtomicInteger();
        final AtomicInteger reserved = new AtomicInteger();
    }
}
