package dev.pgwire.sample.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgwire.sample.SampleApp;
import dev.pgwire.sample.model.Dimensions;
import dev.pgwire.sample.model.Shipment;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PGInterval;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every column type, read back through pgjdbc in text and binary form and compared with the Java value
 * the service holds. {@code shipments} uses every type pgwire supports, boxed nullable ones included.
 */
@ExtendWith(QuietSample.class)
class ColumnTypesTest {
    private final SampleApp.Embedded sample;

    ColumnTypesTest(SampleApp.Embedded sample) {
        this.sample = sample;
    }

    @ParameterizedTest
    @EnumSource(QuietSample.Mode.class)
    void everyShipmentReadsBackAsTheJavaValue(QuietSample.Mode mode) throws SQLException {
        int rows = 0;
        try (Connection c = QuietSample.connect(sample, mode);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT * FROM shipments ORDER BY id")) {
            while (rs.next()) {
                Shipment expected = sample.service().shipmentOfOrder(rs.getLong("order_id"));
                assertShipment(expected, rs);
                rows++;
            }
        }
        assertEquals(sample.service().shipments().size(), rows);
    }

    @Test
    void resultSetMetadataHasPostgresTypes() throws SQLException {
        Map<String, Object[]> expected = new LinkedHashMap<>();
        // column -> {java.sql.Types, PostgreSQL type name}
        expected.put("id", new Object[] {Types.BIGINT, "int8"});
        expected.put("warehouse_id", new Object[] {Types.INTEGER, "int4"});
        expected.put("carrier", new Object[] {Types.VARCHAR, "text"});
        expected.put("tracking_number", new Object[] {Types.VARCHAR, "varchar"});
        expected.put("tracking_token", new Object[] {Types.OTHER, "uuid"});
        expected.put("service_level", new Object[] {Types.CHAR, "bpchar"});
        expected.put("signature_required", new Object[] {Types.BIT, "bool"});
        expected.put("parcels", new Object[] {Types.SMALLINT, "int2"});
        expected.put("priority", new Object[] {Types.SMALLINT, "int2"});
        expected.put("weight_kg", new Object[] {Types.REAL, "float4"});
        expected.put("volume_m3", new Object[] {Types.DOUBLE, "float8"});
        expected.put("declared_value", new Object[] {Types.NUMERIC, "numeric"});
        expected.put("sscc", new Object[] {Types.NUMERIC, "numeric"});
        expected.put("label_header", new Object[] {Types.BINARY, "bytea"});
        expected.put("ship_date", new Object[] {Types.DATE, "date"});
        expected.put("pickup_time", new Object[] {Types.TIME, "time"});
        expected.put("label_printed_at", new Object[] {Types.TIMESTAMP, "timestamp"});
        expected.put("handed_over_at", new Object[] {Types.TIMESTAMP, "timestamptz"});
        expected.put("delivered_at", new Object[] {Types.TIMESTAMP, "timestamptz"});
        expected.put("customs_cleared", new Object[] {Types.BIT, "bool"});
        expected.put("delivery_mode", new Object[] {Types.CHAR, "bpchar"});
        expected.put("notes", new Object[] {Types.VARCHAR, "text"});
        expected.put("handling_codes", new Object[] {Types.ARRAY, "_text"});
        expected.put("parcel_weights_g", new Object[] {Types.ARRAY, "_int4"});
        expected.put("dimensions", new Object[] {Types.OTHER, "jsonb"});
        expected.put("customs_reference", new Object[] {Types.VARCHAR, "text"});
        expected.put("promised_transit", new Object[] {Types.OTHER, "interval"});
        expected.put("return_window", new Object[] {Types.OTHER, "interval"});
        expected.put("window_start", new Object[] {Types.TIME, "timetz"});
        expected.put("label_printer", new Object[] {Types.OTHER, "inet"});
        expected.put("carrier_response", new Object[] {Types.OTHER, "jsonb"});
        try (Connection c = QuietSample.connect(sample);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT * FROM shipments LIMIT 1")) {
            ResultSetMetaData md = rs.getMetaData();
            Map<String, Integer> index = new LinkedHashMap<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                index.put(md.getColumnName(i), i);
            }
            assertFalse(index.containsKey("carrier_api_handle"), "@PgIgnore components are not columns");
            assertEquals(39, md.getColumnCount());
            expected.forEach((column, types) -> {
                int i = index.get(column);
                try {
                    assertEquals(types[0], md.getColumnType(i), column);
                    assertEquals(types[1], md.getColumnTypeName(i), column);
                } catch (SQLException e) {
                    throw new AssertionError(e);
                }
            });
            int declared = index.get("declared_value");
            assertEquals(12, md.getPrecision(declared), "numeric(12,2) precision");
            assertEquals(2, md.getScale(declared), "numeric(12,2) scale");
            assertEquals(24, md.getPrecision(index.get("tracking_number")), "varchar(24)");
        }
    }

    private static void assertShipment(Shipment s, ResultSet rs) throws SQLException {
        String at = "shipment " + s.id() + ": ";
        assertEquals(s.id(), rs.getLong("id"), at + "id");
        assertEquals(s.warehouseId(), rs.getInt("warehouse_id"), at);
        assertEquals(s.carrier().name(), rs.getString("carrier"), at);
        assertEquals(s.trackingNumber(), rs.getString("tracking_number"), at);
        assertEquals(s.trackingToken(), rs.getObject("tracking_token", UUID.class), at);
        assertEquals(String.valueOf(s.serviceLevel()), rs.getString("service_level"), at);
        assertEquals(s.signatureRequired(), rs.getBoolean("signature_required"), at);
        assertEquals(s.parcels(), rs.getShort("parcels"), at);
        assertEquals(s.priority(), rs.getShort("priority"), at);
        assertEquals(s.weightKg(), rs.getFloat("weight_kg"), at);
        assertEquals(s.volumeM3(), rs.getDouble("volume_m3"), at);
        assertEquals(s.declaredValue(), rs.getBigDecimal("declared_value"), at);
        assertEquals(0, new BigDecimal(s.sscc()).compareTo(rs.getBigDecimal("sscc")), at);
        assertArrayEquals(s.labelHeader(), rs.getBytes("label_header"), at);
        assertEquals(s.shipDate(), rs.getObject("ship_date", LocalDate.class), at);
        assertEquals(s.pickupTime(), rs.getObject("pickup_time", LocalTime.class), at);
        assertEquals(s.labelPrintedAt().truncatedTo(ChronoUnit.MILLIS), rs.getObject("label_printed_at", LocalDateTime.class), at);
        assertEquals(millis(s.handedOverAt()), rs.getObject("handed_over_at", OffsetDateTime.class).toInstant(), at);
        assertEquals(millis(s.promisedBy().toInstant()), rs.getObject("promised_by", OffsetDateTime.class).toInstant(), at);
        OffsetDateTime delivered = rs.getObject("delivered_at", OffsetDateTime.class);
        if (s.deliveredAt() == null) {
            assertNull(delivered, at);
        } else {
            assertEquals(millis(s.deliveredAt().toInstant()), delivered.toInstant(), at);
        }
        assertEquals(s.customsCleared(), rs.getObject("customs_cleared", Boolean.class), at);
        assertEquals(s.returnedParcels() == null ? null : s.returnedParcels().intValue(), rs.getObject("returned_parcels", Integer.class), at);
        assertEquals(s.damageGrade() == null ? null : s.damageGrade().intValue(), rs.getObject("damage_grade", Integer.class), at);
        assertEquals(s.deliveryAttempts(), rs.getObject("delivery_attempts", Integer.class), at);
        assertEquals(s.podReference(), rs.getObject("pod_reference", Long.class), at);
        assertEquals(s.temperatureC(), rs.getObject("temperature_c", Float.class), at);
        assertEquals(s.insuranceRate(), rs.getObject("insurance_rate", Double.class), at);
        assertEquals(s.deliveryMode() == null ? null : String.valueOf(s.deliveryMode()), rs.getString("delivery_mode"), at);
        assertEquals(s.notes(), rs.getString("notes"), at);
        assertTrue(rs.getObject("notes") == null || rs.getObject("notes") instanceof String, at);
        assertArrayEquals(s.handlingCodes().toArray(), (Object[]) rs.getArray("handling_codes").getArray(), at);
        assertArrayEquals(Arrays.stream(s.parcelWeightsG()).boxed().toArray(),
                (Object[]) rs.getArray("parcel_weights_g").getArray(), at);
        Dimensions d = s.dimensions();
        // jsonb sorts keys by length, then bytes.
        assertEquals(d == null ? null : "{\"widthCm\": " + d.widthCm() + ", \"heightCm\": " + d.heightCm()
                + ", \"lengthCm\": " + d.lengthCm() + "}", rs.getString("dimensions"), at);
        assertEquals(s.customsReference().orElse(null), rs.getString("customs_reference"), at);
        Duration transit = s.promisedTransit();
        assertEquals(new PGInterval(0, 0, 0, (int) transit.toHours(), transit.toMinutesPart(), 0),
                rs.getObject("promised_transit", PGInterval.class), at);
        Period window = s.returnWindow();
        assertEquals(new PGInterval(window.getYears(), window.getMonths(), window.getDays(), 0, 0, 0),
                rs.getObject("return_window", PGInterval.class), at);
        assertEquals(s.windowStart(), rs.getObject("window_start", OffsetTime.class), at);
        assertEquals(s.labelPrinter().getHostAddress(), rs.getString("label_printer"), at);
        assertEquals(normalisedBooking(s.carrierResponse()), rs.getString("carrier_response"), at);
    }

    /** The sample's booking JSON as jsonb prints it, rebuilt by hand (keys by length, then bytes; ": ", ", "). */
    private static String normalisedBooking(String compact) {
        Matcher m = Pattern.compile("\\{\"service\":\"(.)\",\"carrier\":\"(\\w+)\",\"booking\":(\\d+),"
                + "\"parcels\":(\\d+),\"pickup\":\\{\"confirmed\":true,\"slot\":null}}").matcher(compact);
        assertTrue(m.matches(), compact);
        return "{\"pickup\": {\"slot\": null, \"confirmed\": true}, \"booking\": " + m.group(3) + ", \"carrier\": \""
                + m.group(2) + "\", \"parcels\": " + m.group(4) + ", \"service\": \"" + m.group(1) + "\"}";
    }

    private static Instant millis(Instant i) {
        return i.truncatedTo(ChronoUnit.MILLIS);
    }
}
