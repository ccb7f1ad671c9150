package dev.pgwire.sample.service;

import dev.pgwire.sample.model.Category;
import dev.pgwire.sample.model.Customer;
import dev.pgwire.sample.model.CustomerTier;
import dev.pgwire.sample.model.Order;
import dev.pgwire.sample.model.OrderStatus;
import dev.pgwire.sample.model.Product;
import dev.pgwire.sample.model.Warehouse;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Fills an {@link OrderService} with a few months of history, deterministically: the same seed and
 * size always give the same rows, timestamps included (they count back from {@link #ANCHOR}, not from
 * the wall clock). History goes through the service's own operations, so it obeys the same rules as
 * live traffic.
 */
public final class SeedData {
    /** "Now" for the generated history. */
    public static final Instant ANCHOR = Instant.parse("2026-11-01T00:00:00Z");
    private static final Duration HISTORY = Duration.ofDays(120);

    private static final String[] FIRST = {"Anna", "Bram", "Chloé", "Dieter", "Elena", "Finn", "Greta", "Hugo",
        "Ines", "Jan", "Kasia", "Luca", "Marta", "Noah", "Olga", "Pablo", "Quinn", "Rosa", "Sven", "Tess"};
    private static final String[] LAST = {"de Vries", "Müller", "Martin", "García", "Kowalski", "Peeters",
        "Rossi", "Silva", "Meier", "Smith", "Hansen", "Jansen", "Schmidt", "Bernard", "López", "Nowak"};
    private static final String[] ADJECTIVES = {"Compact", "Deluxe", "Eco", "Classic", "Smart", "Mini", "Pro",
        "Family", "Travel", "Solid"};
    private static final String[] WEIGHTED_COUNTRIES = {"NL", "NL", "NL", "DE", "DE", "DE", "FR", "FR", "ES",
        "PL", "BE", "BE", "IT", "PT", "CH", "GB", "NO"};

    private SeedData() {}

    /** How much data to make. */
    public record Size(int customers, int products, int orders) {
        /** About 2,000 customers, 400 products, 30,000 orders and 120,000 order lines. */
        public static final Size DEFAULT = new Size(2_000, 400, 30_000);
    }

    /** A new service holding {@code size} worth of history generated from {@code seed}. */
    public static OrderService populate(long seed, Size size) {
        Random rnd = new Random(seed);
        OrderService service = new OrderService(seed ^ 0x5DEECE66DL);
        List<Product> catalogue = products(rnd, size.products());
        catalogue.forEach(service::addProduct);
        for (int id = 1; id <= size.customers(); id++) {
            service.addCustomer(customer(rnd, id));
        }
        for (Warehouse w : ReferenceData.WAREHOUSES) {
            for (Product p : catalogue) {
                service.restock(w.id(), p.sku(), 50 + rnd.nextInt(450));
            }
        }
        List<Product> sellable = catalogue.stream().filter(p -> !p.discontinued()).toList();
        Instant start = ANCHOR.minus(HISTORY);
        long step = HISTORY.toMillis() / Math.max(1, size.orders());
        for (int i = 0; i < size.orders(); i++) {
            Instant placed = start.plusMillis(i * step + rnd.nextInt((int) Math.max(1, step)));
            long customerId = 1 + rnd.nextInt(size.customers());
            int warehouseId = 1 + rnd.nextInt(ReferenceData.WAREHOUSES.size());
            Order order = service.placeOrder(customerId, warehouseId, lines(rnd, sellable), placed);
            age(service, order, finalStatus(rnd, Duration.between(placed, ANCHOR)), rnd);
        }
        return service;
    }

    /** Random order lines: 1 to 7 distinct-enough products, mostly undiscounted. */
    static List<OrderService.LineRequest> lines(Random rnd, List<Product> sellable) {
        int n = 1 + rnd.nextInt(7);
        List<OrderService.LineRequest> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Product p = sellable.get(rnd.nextInt(sellable.size()));
            int quantity = rnd.nextInt(5) == 0 ? 2 + rnd.nextInt(9) : 1;
            BigDecimal discount = switch (rnd.nextInt(10)) {
                case 0 -> new BigDecimal("10.00");
                case 1 -> new BigDecimal("5.00");
                default -> BigDecimal.ZERO.setScale(2);
            };
            lines.add(new OrderService.LineRequest(p, quantity, discount));
        }
        return lines;
    }

    /** Where an order of this age has got to. */
    private static OrderStatus finalStatus(Random rnd, Duration age) {
        long days = age.toDays();
        int roll = rnd.nextInt(100);
        if (roll < 6) {
            return OrderStatus.CANCELLED;
        }
        if (days >= 8) {
            return OrderStatus.DELIVERED;
        }
        if (days >= 3) {
            return roll < 60 ? OrderStatus.DELIVERED : OrderStatus.SHIPPED;
        }
        OrderStatus[] recent = {OrderStatus.NEW, OrderStatus.PAID, OrderStatus.PICKING, OrderStatus.SHIPPED};
        return recent[roll % recent.length];
    }

    /** Replays an order's history up to {@code target}, a few hours per step. */
    private static void age(OrderService service, Order order, OrderStatus target, Random rnd) {
        Instant when = order.placedAt();
        if (target == OrderStatus.CANCELLED) {
            service.cancel(order.id(), when.plus(Duration.ofMinutes(5 + rnd.nextInt(600))));
            return;
        }
        OrderStatus status = order.status();
        while (status != target) {
            when = when.plus(Duration.ofMinutes(status == OrderStatus.SHIPPED ? 1_440 + rnd.nextInt(4_000) : 30 + rnd.nextInt(600)));
            status = service.advance(order.id(), when).status();
        }
    }

    private static List<Product> products(Random rnd, int count) {
        List<Category> categories = List.copyOf(ReferenceData.CATEGORIES.values());
        List<Product> out = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            Category c = categories.get(rnd.nextInt(categories.size()));
            String name = ADJECTIVES[rnd.nextInt(ADJECTIVES.length)] + " " + c.name().toLowerCase(Locale.ROOT) + " item " + i;
            BigDecimal price = BigDecimal.valueOf(199 + rnd.nextInt(49_800), 2);
            float weight = (50 + rnd.nextInt(9_950)) / 1000f;
            LocalDate introduced = LocalDate.of(2019, 1, 1).plusDays(rnd.nextInt(2_400));
            out.add(new Product(String.format("SKU-%05d", i), name, c.code(), price, weight, rnd.nextInt(20) == 0, introduced));
        }
        return out;
    }

    private static Customer customer(Random rnd, long id) {
        String first = FIRST[rnd.nextInt(FIRST.length)];
        String last = LAST[rnd.nextInt(LAST.length)];
        String email = Normalizer.normalize(first + "." + last, Normalizer.Form.NFD).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + id + "@example.com";
        CustomerTier tier = CustomerTier.values()[Math.min(rnd.nextInt(10) / 3, 3)];
        Instant created = ANCHOR.minus(Duration.ofHours(24 + rnd.nextInt(3 * 365 * 24)));
        BigDecimal credit = BigDecimal.valueOf(500L * (1 + rnd.nextInt(20))).setScale(2);
        byte[] salt = new byte[8];
        rnd.nextBytes(salt);
        return new Customer(id, first + " " + last, email, WEIGHTED_COUNTRIES[rnd.nextInt(WEIGHTED_COUNTRIES.length)],
                tier, created, credit, rnd.nextInt(30) != 0, HexFormat.of().formatHex(salt));
    }
}
