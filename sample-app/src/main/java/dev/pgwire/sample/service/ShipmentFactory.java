package dev.pgwire.sample.service;

import dev.pgwire.sample.model.Carrier;
import dev.pgwire.sample.model.Dimensions;
import dev.pgwire.sample.model.Order;
import dev.pgwire.sample.model.Shipment;
import dev.pgwire.sample.model.Warehouse;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/** Makes the carrier-side details of a shipment: tracking codes, label, promise, optional reports. */
final class ShipmentFactory {
    /** GS1 company prefix of the (fictional) shipper, used in SSCCs. */
    private static final String GS1_PREFIX = "8712345";
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final List<LocalTime> PICKUPS = List.of(LocalTime.of(11, 0), LocalTime.of(14, 30), LocalTime.of(17, 15));
    private static final List<String> NOTES = List.of(
            "Leave at reception", "Fragile: glass", "Call before delivery", "Gate code 4711");

    private ShipmentFactory() {}

    static Shipment create(long id, Order order, String customerCountry, Instant handedOverAt, Random rnd) {
        Warehouse wh = ReferenceData.warehouse(order.warehouseId());
        ZoneId whZone = ZoneId.of(wh.timeZone());
        ZoneId customerZone = ReferenceData.CUSTOMER_COUNTRIES.getOrDefault(customerCountry, whZone);
        Carrier carrier = Carrier.values()[rnd.nextInt(Carrier.values().length)];
        char level = "SSSSEEO".charAt(rnd.nextInt(7));
        short parcels = (short) (1 + rnd.nextInt(Math.min(order.lineCount(), 4)));
        BigDecimal declared = order.total();
        boolean nonEu = ReferenceData.NON_EU.contains(customerCountry);
        int transitDays = switch (level) {
            case 'O' -> 1;
            case 'E' -> 2;
            default -> 3 + rnd.nextInt(3);
        };
        return new Shipment(
                id,
                order.id(),
                wh.id(),
                carrier,
                carrier.name() + String.format("%012d", Math.floorMod(rnd.nextLong(), 1_000_000_000_000L)),
                new UUID(rnd.nextLong(), rnd.nextLong()),
                level,
                declared.compareTo(BigDecimal.valueOf(250)) >= 0,
                parcels,
                (byte) (level == 'O' ? 9 : rnd.nextInt(9)),
                round(0.2f + rnd.nextFloat() * 12f * parcels),
                Math.round((0.002 + rnd.nextDouble() * 0.08 * parcels) * 10_000) / 10_000.0,
                declared,
                sscc(id),
                label(rnd),
                handedOverAt.atZone(whZone).toLocalDate(),
                PICKUPS.get(rnd.nextInt(PICKUPS.size())),
                handedOverAt.minus(Duration.ofMinutes(20 + rnd.nextInt(200))).atZone(whZone).toLocalDateTime(),
                handedOverAt,
                OffsetDateTime.ofInstant(handedOverAt.plus(Duration.ofDays(transitDays)), customerZone)
                        .withHour(18).withMinute(0).withSecond(0).withNano(0),
                null,
                nonEu ? rnd.nextInt(10) > 0 : null,
                rnd.nextInt(40) == 0 ? (short) 1 : null,
                rnd.nextInt(30) == 0 ? (byte) (1 + rnd.nextInt(5)) : null,
                null,
                null,
                rnd.nextInt(20) == 0 ? 2.0f + rnd.nextInt(40) / 10f : null,
                declared.compareTo(BigDecimal.valueOf(100)) >= 0 ? 0.0125 : null,
                null,
                rnd.nextInt(12) == 0 ? NOTES.get(rnd.nextInt(NOTES.size())) : null,
                handlingCodes(declared, level, rnd),
                parcelWeights(parcels, rnd),
                rnd.nextInt(10) == 0 ? null
                        : new Dimensions(20 + rnd.nextInt(100), 15 + rnd.nextInt(60), 5 + rnd.nextInt(50)),
                nonEu ? Optional.of("MRN" + customsDigits(id)) : Optional.empty(),
                Duration.ofHours(24L * transitDays).plusMinutes(level == 'O' ? 0 : 30L * rnd.nextInt(8)),
                nonEu ? Period.ofDays(14) : Period.of(0, 1, 0),
                windowStart(handedOverAt, customerZone, transitDays, rnd),
                printer(wh.id(), rnd),
                booking(carrier, id, level, parcels),
                "carrier-session-" + Long.toHexString(rnd.nextLong()));
    }

    /** The shipment delivered in the customer's zone at {@code when}. */
    static Shipment deliver(Shipment s, String customerCountry, Instant when, Random rnd) {
        ZoneId zone = ReferenceData.CUSTOMER_COUNTRIES.getOrDefault(customerCountry, ZoneId.of("UTC"));
        int attempts = rnd.nextInt(8) == 0 ? 2 : 1;
        char mode = "DDDDDNP".charAt(rnd.nextInt(7));
        return s.delivered(ZonedDateTime.ofInstant(when, zone), attempts, 1_000_000_000L + s.id(), mode);
    }

    private static List<String> handlingCodes(BigDecimal declared, char level, Random rnd) {
        List<String> codes = new ArrayList<>(3);
        if (rnd.nextInt(6) == 0) {
            codes.add("FRAGILE");
        }
        if (rnd.nextInt(8) == 0) {
            codes.add("KEEP_DRY");
        }
        if (level == 'O' || declared.compareTo(BigDecimal.valueOf(500)) >= 0) {
            codes.add("PRIORITY");
        }
        return codes;
    }

    private static int[] parcelWeights(short parcels, Random rnd) {
        int[] grams = new int[parcels];
        for (int i = 0; i < parcels; i++) {
            grams[i] = 200 + rnd.nextInt(12_000);
        }
        return grams;
    }

    private static String customsDigits(long id) {
        return String.format("%014d", id * 7919 % 100_000_000_000_000L);
    }

    /** Delivery windows start on the hour or half hour, in the customer's offset on the promised day. */
    private static OffsetTime windowStart(Instant handedOverAt, ZoneId customerZone, int transitDays, Random rnd) {
        ZoneOffset offset = customerZone.getRules().getOffset(handedOverAt.plus(Duration.ofDays(transitDays)));
        return OffsetTime.of(8 + rnd.nextInt(10), rnd.nextBoolean() ? 0 : 30, 0, 0, offset);
    }

    /** Each warehouse's label printers sit in their own 10.x.0.0/16 network. */
    private static InetAddress printer(int warehouseId, Random rnd) {
        byte[] address = {10, (byte) warehouseId, 0, (byte) (10 + rnd.nextInt(4))};
        try {
            return InetAddress.getByAddress(address);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A carrier booking response as carriers send it: compact JSON with keys in their own order. */
    private static String booking(Carrier carrier, long id, char level, short parcels) {
        return "{\"service\":\"" + level + "\",\"carrier\":\"" + carrier.name() + "\",\"booking\":" + (900_000 + id)
                + ",\"parcels\":" + parcels + ",\"pickup\":{\"confirmed\":true,\"slot\":null}}";
    }

    /** An 18-digit SSCC: extension digit, company prefix, serial, GS1 mod-10 check digit. */
    static BigInteger sscc(long serial) {
        String body = "3" + GS1_PREFIX + String.format("%09d", serial % 1_000_000_000L);
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            sum += (i % 2 == 0) ? digit * 3 : digit;
        }
        return new BigInteger(body + (10 - sum % 10) % 10);
    }

    private static byte[] label(Random rnd) {
        byte[] header = new byte[16];
        System.arraycopy(PNG_SIGNATURE, 0, header, 0, PNG_SIGNATURE.length);
        for (int i = PNG_SIGNATURE.length; i < header.length; i++) {
            header[i] = (byte) rnd.nextInt(256);
        }
        return header;
    }

    /** Two decimals, so the float survives a text round trip unchanged. */
    private static float round(float kg) {
        return BigDecimal.valueOf(kg).setScale(2, RoundingMode.HALF_UP).floatValue();
    }
}
