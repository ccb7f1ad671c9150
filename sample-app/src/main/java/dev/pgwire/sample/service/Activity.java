package dev.pgwire.sample.service;

import dev.pgwire.sample.model.Customer;
import dev.pgwire.sample.model.CustomerTier;
import dev.pgwire.sample.model.Order;
import dev.pgwire.sample.model.Product;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Simulated live traffic: every tick places new orders, moves open ones along, now and then cancels
 * one or promotes a customer, and archives the oldest finished orders so the data set keeps its size.
 * Runs on one daemon thread, so it never keeps the JVM alive; {@link #pause()} and {@link #resume()}
 * switch it without losing the schedule.
 */
public final class Activity implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Activity.class.getName());

    private final OrderService service;
    private final Random rnd;
    private final int targetOrders;
    private final ScheduledExecutorService scheduler;
    private final AtomicLong ticks = new AtomicLong();
    private volatile boolean paused;

    /**
     * @param targetOrders order count to hold steady by archiving finished orders
     */
    public Activity(OrderService service, long seed, int targetOrders) {
        this.service = service;
        this.rnd = new Random(seed);
        this.targetOrders = targetOrders;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sample-activity");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts ticking every {@code interval}; call once. */
    public Activity start(Duration interval) {
        long ms = Math.max(1, interval.toMillis());
        scheduler.scheduleWithFixedDelay(this::safeTick, ms, ms, TimeUnit.MILLISECONDS);
        return this;
    }

    public void pause() {
        paused = true;
    }

    public void resume() {
        paused = false;
    }

    public boolean isPaused() {
        return paused;
    }

    /** Ticks run so far. */
    public long ticks() {
        return ticks.get();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }

    private void safeTick() {
        if (paused) {
            return;
        }
        try {
            tick(Instant.now());
            ticks.incrementAndGet();
        } catch (RuntimeException e) {
            // A failed tick must not cancel the schedule (the executor would drop it silently).
            LOG.log(Level.WARNING, "activity tick failed", e);
        }
    }

    /** One round of traffic at {@code now}. */
    void tick(Instant now) {
        List<Product> sellable = service.products().stream().filter(p -> !p.discontinued()).toList();
        List<Customer> customers = List.copyOf(service.customers());
        int newOrders = 1 + rnd.nextInt(3);
        for (int i = 0; i < newOrders; i++) {
            Customer c = customers.get(rnd.nextInt(customers.size()));
            int warehouseId = 1 + rnd.nextInt(ReferenceData.WAREHOUSES.size());
            service.placeOrder(c.id(), warehouseId, SeedData.lines(rnd, sellable), now);
        }
        List<Order> open = service.orders().stream().filter(o -> o.status().isOpen()).toList();
        for (int i = 0; i < 4 && !open.isEmpty(); i++) {
            Order o = open.get(rnd.nextInt(open.size()));
            if (rnd.nextInt(25) == 0) {
                service.cancel(o.id(), now);
            } else {
                service.advance(o.id(), now);
            }
        }
        if (rnd.nextInt(20) == 0) {
            Customer c = customers.get(rnd.nextInt(customers.size()));
            CustomerTier[] tiers = CustomerTier.values();
            service.updateCustomer(c.withTier(tiers[Math.min(c.tier().ordinal() + 1, tiers.length - 1)]));
        }
        int excess = service.orders().size() - targetOrders;
        if (excess > 0) {
            service.archiveFinished(now, excess);
        }
    }
}
