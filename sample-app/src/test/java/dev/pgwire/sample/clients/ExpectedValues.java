package dev.pgwire.sample.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pgwire.sample.model.Shipment;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The service's own values, and the comparison with a client's canonical {@code type:text} form (see
 * {@code clientlib.py}). Floats compare as numbers, since a float4 read as text or binary gives different
 * doubles of the same float; numerics compare by value.
 */
final class ExpectedValues {
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");

    private ExpectedValues() {}

    /** Every column of {@code shipments}, in table order, with the Java value the service holds. */
    static Map<String, Object> columns(Shipment s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("order_id", s.orderId());
        m.put("warehouse_id", s.warehouseId());
        m.put("carrier", s.carrier());
        m.put("tracking_number", s.trackingNumber());
        m.put("tracking_token", s.trackingToken());
        m.put("service_level", s.serviceLevel());
        m.put("signature_required", s.signatureRequired());
        m.put("parcels", s.parcels());
        m.put("priority", s.priority());
        m.put("weight_kg", s.weightKg());
        m.put("volume_m3", s.volumeM3());
        m.put("declared_value", s.declaredValue());
        m.put("sscc", s.sscc());
        m.put("label_header", s.labelHeader());
        m.put("ship_date", s.shipDate());
        m.put("pickup_time", s.pickupTime());
        m.put("label_printed_at", s.labelPrintedAt());
        m.put("handed_over_at", s.handedOverAt());
        m.put("promised_by", s.promisedBy());
        m.put("delivered_at", s.deliveredAt());
        m.put("customs_cleared", s.customsCleared());
        m.put("returned_parcels", s.returnedParcels());
        m.put("damage_grade", s.damageGrade());
        m.put("delivery_attempts", s.deliveryAttempts());
        m.put("pod_reference", s.podReference());
        m.put("temperature_c", s.temperatureC());
        m.put("insurance_rate", s.insuranceRate());
        m.put("delivery_mode", s.deliveryMode());
        m.put("notes", s.notes());
        return m;
    }

    /**
     * Asserts that the client read every column of {@code s} as its value, under {@code prefix.column}.
     *
     * @param pythonTypes type name the client uses per Java class where it differs from the default
     *                    (e.g. psycopg2 reads uuid as {@code UUID} only once registered)
     */
    static void assertShipment(Shipment s, ClientProcess.Observations o, String prefix, Map<Class<?>, String> pythonTypes) {
        for (Map.Entry<String, Object> e : columns(s).entrySet()) {
            String key = prefix + "." + e.getKey();
            assertValue(e.getValue(), o.get(key), key, pythonTypes);
        }
    }

    static void assertValue(Object expected, String observed, String what, Map<Class<?>, String> pythonTypes) {
        int colon = observed.indexOf(':');
        String type = observed.substring(0, colon);
        String text = observed.substring(colon + 1);
        if (expected == null) {
            assertEquals("NoneType:", observed, what);
            return;
        }
        String expectedType = pythonTypes.getOrDefault(expected.getClass(), pythonType(expected));
        assertEquals(expectedType, type, what + " type, value " + observed);
        if (expected instanceof Float f) {
            assertEquals(f, Float.parseFloat(text), what);
        } else if (expected instanceof Double d) {
            assertEquals(d, Double.parseDouble(text), what);
        } else if (expected instanceof BigDecimal d) {
            assertEquals(0, d.compareTo(new BigDecimal(text)), what + ": " + text + " vs " + d);
        } else if (expected instanceof BigInteger i) {
            assertEquals(i, new BigDecimal(text).toBigIntegerExact(), what);
        } else if (expected instanceof byte[] b) {
            assertEquals(HexFormat.of().formatHex(b), text, what);
        } else if (expected instanceof LocalTime t) {
            assertEquals(TIME.format(t.truncatedTo(ChronoUnit.MICROS)), text, what);
        } else if (expected instanceof LocalDateTime t) {
            assertEquals(DATETIME.format(t.truncatedTo(ChronoUnit.MICROS)), text, what);
        } else if (expected instanceof Instant t) {
            assertEquals(utc(t), text, what);
        } else if (expected instanceof OffsetDateTime t) {
            assertEquals(utc(t.toInstant()), text, what);
        } else if (expected instanceof ZonedDateTime t) {
            assertEquals(utc(t.toInstant()), text, what);
        } else {
            assertEquals(expected.toString(), text, what);
        }
    }

    /** Python's type for a Java value as a PostgreSQL driver decodes the column it maps to. */
    static String pythonType(Object v) {
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return "int";
        }
        if (v instanceof Float || v instanceof Double) {
            return "float";
        }
        if (v instanceof BigDecimal || v instanceof BigInteger) {
            return "Decimal";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof UUID) {
            return "UUID";
        }
        if (v instanceof byte[]) {
            return "bytes";
        }
        if (v instanceof LocalDate) {
            return "date";
        }
        if (v instanceof LocalTime) {
            return "time";
        }
        if (v instanceof LocalDateTime) {
            return "datetime";
        }
        if (v instanceof Instant || v instanceof OffsetDateTime || v instanceof ZonedDateTime) {
            return "datetime_tz";
        }
        if (v instanceof String || v instanceof Character || v instanceof Enum<?>) {
            return "str";
        }
        return fail("no Python type for " + v.getClass());
    }

    /** Ids of a few shipments that between them have every boxed column both null and set. */
    static List<Long> variedShipments(java.util.Collection<Shipment> all) {
        Map<String, Long> picks = new LinkedHashMap<>();
        for (Shipment s : all.stream().sorted(java.util.Comparator.comparingLong(Shipment::id)).toList()) {
            picks.putIfAbsent(s.deliveredAt() == null ? "undelivered" : "delivered", s.id());
            if (s.customsCleared() != null) {
                picks.putIfAbsent("customs", s.id());
            }
            if (s.temperatureC() != null) {
                picks.putIfAbsent("chilled", s.id());
            }
            if (s.returnedParcels() != null || s.damageGrade() != null) {
                picks.putIfAbsent("returned", s.id());
            }
            if (s.notes() != null) {
                picks.putIfAbsent("notes", s.id());
            }
        }
        return picks.values().stream().distinct().sorted().toList();
    }

    static Shipment shipment(dev.pgwire.sample.SampleApp.Embedded sample, long id) {
        return sample.service().shipments().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String utc(Instant t) {
        return DATETIME.format(t.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC).toLocalDateTime());
    }
}
