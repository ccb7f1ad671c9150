package dev.pgwire.sample.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pgwire.sample.SampleApp;
import dev.pgwire.sample.e2e.QuietSample;
import dev.pgwire.sample.model.Carrier;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** pg8000's native API: a pure-Python driver on the extended protocol with driver-typed parameters. */
@ExtendWith(QuietSample.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Pg8000Test {
    private final SampleApp.Embedded sample;
    private List<Long> ids;
    private ClientProcess.Observations o;

    Pg8000Test(SampleApp.Embedded sample) {
        this.sample = sample;
    }

    @BeforeAll
    void runScript() throws Exception {
        ClientProcess.assumePythonModules("pg8000");
        ids = ExpectedValues.variedShipments(sample.service().shipments());
        o = ClientProcess.python(sample, "pg8000_client.py", Map.of("SHIPMENT_IDS", ExpectedValues.ids(ids)));
    }

    @Test
    void everyColumnType() {
        for (long id : ids) {
            ExpectedValues.assertShipment(ExpectedValues.shipment(sample, id), o, "shipment." + id, Map.of());
        }
    }

    @Test
    void parametersAndPreparedStatements() {
        assertEquals(Long.toString(sample.service().shipments().stream()
                .filter(s -> s.carrier() == Carrier.UPS && s.handedOverAt() != null).count()), o.get("param.count"));
        assertEquals("1,2,3", o.get("param.any"));
        assertEquals(PsycopgTest.warehouseCodes(), o.get("prepared.codes"));
        o.assertNoErrors();
    }
}
