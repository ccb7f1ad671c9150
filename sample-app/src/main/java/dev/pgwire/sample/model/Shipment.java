package dev.pgwire.sample.model;

import dev.pgwire.annotations.PgColumn;
import dev.pgwire.annotations.PgIgnore;
import dev.pgwire.annotations.PgTable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The parcels of one shipped order. Carrier data is naturally varied, so this row type uses every column
 * type pgwire supports, including boxed components that stay {@code null} until the carrier reports them.
 */
@PgTable(description = "Shipments handed to carriers; one per shipped order")
public record Shipment(
        @PgColumn(primaryKey = true) long id,
        @PgColumn(references = "orders", description = "References orders.id") long orderId,
        @PgColumn(references = "warehouses", description = "References warehouses.id") int warehouseId,
        Carrier carrier,
        @PgColumn(length = 24, description = "Carrier's tracking number") String trackingNumber,
        @PgColumn(description = "Token of the public tracking page") UUID trackingToken,
        @PgColumn(description = "S standard, E express, O overnight") char serviceLevel,
        boolean signatureRequired,
        short parcels,
        @PgColumn(description = "Loading priority, 0 (low) to 9") byte priority,
        float weightKg,
        double volumeM3,
        @PgColumn(precision = 12, scale = 2, description = "Declared value, EUR") BigDecimal declaredValue,
        @PgColumn(description = "GS1 serial shipping container code, 18 digits") BigInteger sscc,
        @PgColumn(description = "First bytes of the printed label") byte[] labelHeader,
        LocalDate shipDate,
        @PgColumn(description = "Agreed pickup time, warehouse local time") LocalTime pickupTime,
        @PgColumn(description = "When the label was printed, warehouse local time") LocalDateTime labelPrintedAt,
        Instant handedOverAt,
        @PgColumn(description = "Delivery promised to the customer, in the customer's offset") OffsetDateTime promisedBy,
        @PgColumn(description = "NULL until delivered") ZonedDateTime deliveredAt,
        @PgColumn(description = "Whether customs cleared it; NULL inside the EU") Boolean customsCleared,
        @PgColumn(description = "Parcels sent back; NULL unless returned") Short returnedParcels,
        @PgColumn(description = "Damage grade 1-5 reported by the carrier; NULL when none") Byte damageGrade,
        @PgColumn(description = "NULL until delivered") Integer deliveryAttempts,
        @PgColumn(description = "Proof-of-delivery reference; NULL until delivered") Long podReference,
        @PgColumn(description = "Cold-chain temperature, Celsius; NULL when not chilled") Float temperatureC,
        @PgColumn(description = "Insurance premium rate; NULL when uninsured") Double insuranceRate,
        @PgColumn(description = "D doorstep, N neighbour, P pickup point; NULL until delivered") Character deliveryMode,
        String notes,
        @PgColumn(description = "Handling instructions printed on the label") List<String> handlingCodes,
        @PgColumn(description = "Weight of each parcel, grams") int[] parcelWeightsG,
        @PgColumn(description = "Outer dimensions of the largest parcel") Dimensions dimensions,
        @PgColumn(description = "Customs declaration number; NULL inside the EU") Optional<String> customsReference,
        @PgColumn(description = "Transit time the carrier committed to") Duration promisedTransit,
        @PgColumn(description = "How long the customer may send it back") Period returnWindow,
        @PgColumn(description = "Start of the delivery window, in the customer's offset") OffsetTime windowStart,
        @PgColumn(description = "Label printer that printed the label") InetAddress labelPrinter,
        @PgColumn(type = "jsonb", description = "The carrier's booking response, as received") String carrierResponse,
        @PgIgnore String carrierApiHandle) {

    /** This shipment delivered at {@code when} after {@code attempts} attempts. */
    public Shipment delivered(ZonedDateTime when, int attempts, long pod, char mode) {
        return new Shipment(id, orderId, warehouseId, carrier, trackingNumber, trackingToken, serviceLevel,
                signatureRequired, parcels, priority, weightKg, volumeM3, declaredValue, sscc, labelHeader,
                shipDate, pickupTime, labelPrintedAt, handedOverAt, promisedBy, when, customsCleared,
                returnedParcels, damageGrade, attempts, pod, temperatureC, insuranceRate, mode, notes,
                handlingCodes, parcelWeightsG, dimensions, customsReference, promisedTransit, returnWindow,
                windowStart, labelPrinter, carrierResponse, carrierApiHandle);
    }
}
