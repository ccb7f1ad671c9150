package shop;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;

/** Values the behaviour test puts into the sources (it cannot name the sample's types directly). */
public final class Fixtures {
    private Fixtures() {}

    public static AllTypes allTypes() {
        return new AllTypes(
                true, Boolean.FALSE,
                (byte) -7, (byte) 8,
                (short) -300, (short) 301,
                -70000, 70001,
                -5_000_000_000L, 5_000_000_001L,
                1.5f, -2.25f,
                3.125, -4.0625,
                new BigDecimal("1234.56"), new BigInteger("123456789012345678901234567890"),
                "text", "CODE-1",
                'x', 'y',
                AllTypes.Color.GREEN,
                new byte[] {1, 2, 3},
                UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
                LocalDate.of(2024, 2, 29),
                LocalTime.of(13, 14, 15, 16_000_000),
                LocalDateTime.of(2024, 2, 29, 13, 14, 15, 16_000_000),
                Instant.ofEpochMilli(1_700_000_000_123L),
                OffsetDateTime.of(2024, 2, 29, 13, 14, 15, 0, ZoneOffset.ofHours(2)),
                ZonedDateTime.of(2024, 2, 29, 13, 14, 15, 0, ZoneId.of("UTC")));
    }

    /** Every wrapper and object column NULL (the primitives cannot be). */
    public static AllTypes nulls() {
        return new AllTypes(
                false, null, (byte) 0, null, (short) 0, null, 0, null, 0L, null, 0f, null, 0d, null,
                null, null, null, null, 'z', null, null, null, null, null, null, null, null, null, null);
    }

    public static Customer customer(long id, String name, boolean active) {
        Customer c = new Customer(id, name, active);
        c.note = "note " + id;
        c.visits = (int) id * 10;
        return c;
    }

    public static void addCustomer(Customer c) {
        Shop.customersById.put(c.getId(), c);
    }

    public static void setTags(String... labels) {
        Shop.Tag[] tags = new Shop.Tag[labels.length];
        for (int i = 0; i < labels.length; i++) {
            tags[i] = new Shop.Tag(labels[i], i);
        }
        Shop.tagArray = tags;
    }

    public static void addOwnTag(Shop shop, String label) {
        shop.ownTags.add(new Shop.Tag(label, -1));
    }
}
