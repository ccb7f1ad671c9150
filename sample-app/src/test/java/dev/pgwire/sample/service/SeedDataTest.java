package dev.pgwire.sample.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgwire.sample.model.Order;
import dev.pgwire.sample.model.OrderLine;
import dev.pgwire.sample.model.OrderStatus;
import dev.pgwire.sample.model.Shipment;
import dev.pgwire.sample.model.StockLevel;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SeedDataTest {
    private static final SeedData.Size SMALL = new SeedData.Size(200, 60, 3_000);

    @Test
    void sameSeedGivesSameData() {
        OrderService a = SeedData.populate(42, SMALL);
        OrderService b = SeedData.populate(42, SMALL);
        assertEquals(sorted(a.orders()), sorted(b.orders()));
        assertEquals(a.orderLines(), b.orderLines());
        assertEquals(a.countStock().stream().collect(Collectors.toSet()), b.countStock().stream().collect(Collectors.toSet()));
        assertEquals(trackingNumbers(a), trackingNumbers(b));
        assertNotEquals(sorted(a.orders()), sorted(SeedData.populate(43, SMALL).orders()));
    }

    @Test
    void defaultSizeHasMoreThanHundredThousandLines() {
        OrderService service = SeedData.populate(1, SeedData.Size.DEFAULT);
        assertEquals(SeedData.Size.DEFAULT.orders(), service.orders().size());
        assertTrue(service.orderLineCount() >= 100_000, "lines: " + service.orderLineCount());
    }

    @Test
    void stockNeverGoesNegative() {
        OrderService service = SeedData.populate(1, SeedData.Size.DEFAULT);
        List<StockLevel> negative = service.countStock().stream()
                .filter(s -> s.onHand() < 0 || s.reserved() < 0)
                .toList();
        assertEquals(List.of(), negative);
    }

    @Test
    void totalsAndLineCountsMatchTheLines() {
        OrderService service = SeedData.populate(7, SMALL);
        Map<Long, List<OrderLine>> byOrder = service.orderLines().stream().collect(Collectors.groupingBy(OrderLine::orderId));
        for (Order o : service.orders()) {
            List<OrderLine> lines = byOrder.get(o.id());
            assertEquals(o.lineCount(), lines.size(), "order " + o.id());
            assertEquals(o.total(), lines.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
    }

    @Test
    void shipmentsFollowOrderStatus() {
        OrderService service = SeedData.populate(7, SMALL);
        for (Order o : service.orders()) {
            Shipment s = service.shipmentOfOrder(o.id());
            switch (o.status()) {
                case SHIPPED -> {
                    assertNotNull(s);
                    assertNull(s.deliveredAt());
                    assertNull(s.deliveryAttempts());
                }
                case DELIVERED -> {
                    assertNotNull(s);
                    assertNotNull(s.deliveredAt());
                    assertNotNull(s.deliveryMode());
                }
                default -> assertNull(s, o.status() + " order " + o.id());
            }
        }
        assertTrue(service.orders().stream().anyMatch(o -> o.status() == OrderStatus.CANCELLED));
        assertTrue(service.orders().stream().anyMatch(o -> o.status() == OrderStatus.NEW));
    }

    @Test
    void everyNullableShipmentColumnHasNullsAndValues() {
        OrderService service = SeedData.populate(3, SMALL);
        List<Function<Shipment, Object>> nullable = List.of(Shipment::deliveredAt, Shipment::customsCleared,
                Shipment::returnedParcels, Shipment::damageGrade, Shipment::deliveryAttempts, Shipment::podReference,
                Shipment::temperatureC, Shipment::insuranceRate, Shipment::deliveryMode, Shipment::notes);
        for (int i = 0; i < nullable.size(); i++) {
            Function<Shipment, Object> column = nullable.get(i);
            assertTrue(service.shipments().stream().anyMatch(s -> column.apply(s) == null), "column " + i + " has nulls");
            assertTrue(service.shipments().stream().anyMatch(s -> column.apply(s) != null), "column " + i + " has values");
        }
    }

    @Test
    void ssccHasEighteenDigitsAndAValidCheckDigit() {
        BigInteger sscc = ShipmentFactory.sscc(123);
        String digits = sscc.toString();
        assertEquals(18, digits.length());
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int d = digits.charAt(i) - '0';
            sum += (i % 2 == 0) ? d * 3 : d;
        }
        assertEquals((10 - sum % 10) % 10, digits.charAt(17) - '0');
    }

    private static List<Order> sorted(java.util.Collection<Order> orders) {
        return orders.stream().sorted(Comparator.comparingLong(Order::id)).toList();
    }

    private static List<String> trackingNumbers(OrderService s) {
        return s.shipments().stream().sorted(Comparator.comparingLong(Shipment::id)).map(Shipment::trackingNumber).toList();
    }
}
