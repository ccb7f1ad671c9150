package dev.pgwire.sample.clients;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pgwire.sample.SampleApp;
import dev.pgwire.sample.e2e.QuietSample;
import dev.pgwire.sample.model.Shipment;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqlclient.data.Numeric;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Vert.x reactive PostgreSQL client (5.0.x): extended protocol only, binary results, and prepared
 * queries pipelined on one connection (sent without waiting for earlier responses).
 */
@ExtendWith(QuietSample.class)
class VertxPgClientTest {
    private static final long TIMEOUT_SECONDS = 60;
    private final SampleApp.Embedded sample;
    private Vertx vertx;
    private PgConnection conn;

    VertxPgClientTest(SampleApp.Embedded sample) {
        this.sample = sample;
    }

    @BeforeEach
    void connect() throws Exception {
        vertx = Vertx.vertx();
        conn = await(PgConnection.connect(vertx, new PgConnectOptions()
                .setHost("127.0.0.1").setPort(sample.port()).setDatabase("sample").setUser("test")
                .setPipeliningLimit(32)));
    }

    @AfterEach
    void close() throws Exception {
        if (conn != null) {
            await(conn.close());
        }
        await(vertx.close());
    }

    @Test
    void pipelinedPreparedQueriesAnswerInOrder() throws Exception {
        List<Long> ids = ExpectedValues.variedShipments(sample.service().shipments());
        List<Future<RowSet<Row>>> pending = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (long id : ids) {
                // All queued before the first response arrives: the pipelining limit allows 32 in flight.
                pending.add(conn.preparedQuery("SELECT id, tracking_number FROM shipments WHERE id = $1")
                        .execute(Tuple.of(id)));
            }
        }
        pending.add(conn.preparedQuery("SELECT count(*) FROM orders WHERE warehouse_id = $1").execute(Tuple.of(1)));
        for (int i = 0; i < pending.size() - 1; i++) {
            long id = ids.get(i % ids.size());
            Row row = await(pending.get(i)).iterator().next();
            assertEquals(id, row.getLong("id"));
            assertEquals(ExpectedValues.shipment(sample, id).trackingNumber(), row.getString("tracking_number"));
        }
        long inWarehouse = sample.service().orders().stream().filter(o -> o.warehouseId() == 1).count();
        assertEquals(inWarehouse, await(pending.get(pending.size() - 1)).iterator().next().getLong(0));
    }

    @Test
    void everyColumnTypeInBinary() throws Exception {
        for (long id : ExpectedValues.variedShipments(sample.service().shipments())) {
            Shipment s = ExpectedValues.shipment(sample, id);
            Row row = await(conn.preparedQuery("SELECT * FROM shipments WHERE id = $1").execute(Tuple.of(id)))
                    .iterator().next();
            for (Map.Entry<String, Object> column : ExpectedValues.columns(s).entrySet()) {
                assertColumn(column.getValue(), row.getValue(column.getKey()), id + "." + column.getKey());
            }
        }
    }

    @Test
    void parametersOfSeveralTypes() throws Exception {
        Shipment s = ExpectedValues.shipment(sample, 1);
        Row row = await(conn.preparedQuery("SELECT count(*) FROM shipments WHERE tracking_token = $1"
                + " AND ship_date = $2 AND declared_value = $3 AND signature_required = $4 AND handed_over_at = $5")
                .execute(Tuple.of(s.trackingToken(), s.shipDate(), s.declaredValue(), s.signatureRequired(),
                        s.handedOverAt().atOffset(java.time.ZoneOffset.UTC)))).iterator().next();
        assertEquals(1L, row.getLong(0));
    }

    /** Vert.x's decoding of each PostgreSQL type, compared with the service's Java value. */
    private static void assertColumn(Object expected, Object actual, String what) {
        if (expected == null) {
            assertNull(actual, what);
        } else if (expected instanceof Enum<?> || expected instanceof Character) {
            assertEquals(expected.toString(), actual, what);
        } else if (expected instanceof Integer || expected instanceof Short || expected instanceof Long
                || expected instanceof Byte) {
            assertEquals(((Number) expected).longValue(), ((Number) actual).longValue(), what);
        } else if (expected instanceof BigDecimal d) {
            assertEquals(0, d.compareTo(assertInstanceOf(Numeric.class, actual, what).bigDecimalValue()), what);
        } else if (expected instanceof java.math.BigInteger i) {
            assertEquals(i, assertInstanceOf(Numeric.class, actual, what).bigDecimalValue().toBigIntegerExact(), what);
        } else if (expected instanceof byte[] b) {
            assertArrayEquals(b, assertInstanceOf(Buffer.class, actual, what).getBytes(), what);
        } else if (expected instanceof Instant t) {
            assertEquals(t.truncatedTo(ChronoUnit.MICROS), assertInstanceOf(OffsetDateTime.class, actual, what)
                    .toInstant(), what);
        } else if (expected instanceof OffsetDateTime t) {
            assertEquals(t.toInstant(), assertInstanceOf(OffsetDateTime.class, actual, what).toInstant(), what);
        } else if (expected instanceof java.time.ZonedDateTime t) {
            assertEquals(t.toInstant(), assertInstanceOf(OffsetDateTime.class, actual, what).toInstant(), what);
        } else if (expected instanceof LocalDateTime || expected instanceof LocalDate || expected instanceof LocalTime
                || expected instanceof UUID || expected instanceof String || expected instanceof Boolean
                || expected instanceof Float || expected instanceof Double) {
            assertEquals(expected, actual, what);
        } else {
            throw new AssertionError("no comparison for " + expected.getClass());
        }
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
