package dev.pgwire.sample.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgwire.runtime.spi.Rows;
import dev.pgwire.sample.model.Order;
import dev.pgwire.sample.model.OrderLine;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ActivityTest {
    private static final SeedData.Size SMALL = new SeedData.Size(200, 60, 2_000);

    @Test
    void ticksChangeStateButKeepTheSizeAndConsistency() {
        OrderService service = SeedData.populate(5, SMALL);
        Activity activity = new Activity(service, 9, SMALL.orders());
        long maxIdBefore = service.orders().stream().mapToLong(Order::id).max().orElseThrow();
        Instant now = SeedData.ANCHOR;
        for (int i = 0; i < 500; i++) {
            now = now.plus(Duration.ofMinutes(30));
            activity.tick(now);
        }
        assertTrue(service.orders().size() <= SMALL.orders(), "archiving holds the size: " + service.orders().size());
        assertTrue(service.orders().stream().anyMatch(o -> o.id() > maxIdBefore), "new orders were placed");
        assertTrue(service.order(1) == null, "the oldest finished orders were archived");
        Set<Long> orderIds = service.orders().stream().map(Order::id).collect(Collectors.toSet());
        Set<Long> lineOrderIds = service.orderLines().stream().map(OrderLine::orderId).collect(Collectors.toSet());
        assertEquals(orderIds, lineOrderIds, "no orphan lines and no order without lines");
    }

    @Test
    void pausedActivityDoesNothing() throws InterruptedException {
        OrderService service = SeedData.populate(5, SMALL);
        try (Activity activity = new Activity(service, 9, SMALL.orders())) {
            activity.pause();
            activity.start(Duration.ofMillis(5));
            Thread.sleep(100);
            assertEquals(0, activity.ticks());
            activity.resume();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (activity.ticks() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(activity.ticks() > 0);
        }
    }

    /** The plain ArrayList of order lines is read without the service's lock while writers change it. */
    @Test
    void runtimeSnapshotsOfThePlainListSurviveLiveMutation() throws InterruptedException {
        OrderService service = SeedData.populate(5, SMALL);
        try (Activity activity = new Activity(service, 11, SMALL.orders() - 200)) {
            activity.start(Duration.ofMillis(1));
            var rows = Rows.<OrderLine>ofCollection(() -> service.orderLines);
            long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            int scans = 0;
            while (System.nanoTime() < deadline) {
                int n = 0;
                for (Iterator<? extends OrderLine> it = rows.open(); it.hasNext(); ) {
                    it.next().amount();
                    n++;
                }
                assertTrue(n > 0);
                scans++;
            }
            assertTrue(scans > 0);
            assertTrue(activity.ticks() > 0, "the activity ran during the scans");
        }
    }
}
