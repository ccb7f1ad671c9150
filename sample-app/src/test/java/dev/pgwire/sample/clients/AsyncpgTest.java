package dev.pgwire.sample.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pgwire.sample.SampleApp;
import dev.pgwire.sample.e2e.QuietSample;
import dev.pgwire.sample.model.Carrier;
import dev.pgwire.sample.model.Shipment;
import dev.pgwire.sample.service.ReferenceData;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * asyncpg: binary protocol throughout, its type introspection at connect and for unknown types,
 * prepared statements with typed parameters, and a pool that resets each connection on release.
 */
@ExtendWith(QuietSample.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AsyncpgTest {
    private final SampleApp.Embedded sample;
    private List<Long> ids;
    private ClientProcess.Observations o;

    AsyncpgTest(SampleApp.Embedded sample) {
        this.sample = sample;
    }

    @BeforeAll
    void runScript() throws Exception {
        ClientProcess.assumePythonModules("asyncpg");
        ids = ExpectedValues.variedShipments(sample.service().shipments());
        Shipment first = ExpectedValues.shipment(sample, ids.get(0));
        o = ClientProcess.python(sample, "asyncpg_client.py", Map.of("SHIPMENT_IDS", ExpectedValues.ids(ids),
                "TRACKING_TOKEN", first.trackingToken().toString()));
    }

    @Test
    void everyColumnTypeInBinary() {
        assertEquals("15.0", o.get("server_version"));
        for (long id : ids) {
            ExpectedValues.assertShipment(ExpectedValues.shipment(sample, id), o, "shipment." + id, Map.of());
        }
    }

    @Test
    void parametersOfSeveralTypes() {
        assertEquals(count(s -> s.id() <= 10), o.get("param.int8"));
        assertEquals(count(s -> s.carrier() == Carrier.UPS), o.get("param.text"));
        assertEquals(count(s -> s.declaredValue() != null
                && s.declaredValue().compareTo(new java.math.BigDecimal("100.50")) > 0), o.get("param.numeric"));
        assertEquals(count(s -> s.signatureRequired()), o.get("param.bool"));
        assertEquals(count(s -> s.volumeM3() > 0.05), o.get("param.float8"));
        assertEquals(Long.toString(ids.get(0)), o.get("param.uuid"));
        assertEquals(count(s -> s.shipDate() != null), o.get("param.date"));
        assertEquals(count(s -> s.handedOverAt() != null), o.get("param.timestamptz"));
        assertEquals(count(s -> s.id() >= 1 && s.id() <= 3), o.get("param.any"));
        o.assertNoErrors();
    }

    @Test
    void preparedStatementDescribesAndRebinds() {
        assertEquals("int4", o.get("prepared.params"));
        assertEquals("id:int4,code:varchar", o.get("prepared.columns"));
        assertEquals(PsycopgTest.warehouseCodes(), o.get("prepared.first"));
        assertEquals(String.join(",", ReferenceData.WAREHOUSES.stream().filter(w -> w.id() > 3)
                .sorted(java.util.Comparator.comparingInt(w -> w.id())).map(w -> w.code()).toList()),
                o.get("prepared.second"));
    }

    @Test
    void poolResetsConnectionsOnRelease() {
        String n = Integer.toString(ReferenceData.WAREHOUSES.size());
        assertEquals(n + "," + n + "," + n, o.get("pool.counts"));
        // RESET ALL on release undid the SET: back to the (empty) startup value.
        assertEquals("", o.get("pool.after_reset"));
    }

    private String count(Predicate<Shipment> p) {
        return Long.toString(sample.service().shipments().stream().filter(p).count());
    }
}
