package dev.pgwire.sample.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pgwire.sample.SampleApp;
import dev.pgwire.sample.e2e.QuietSample;
import dev.pgwire.sample.model.Carrier;
import dev.pgwire.sample.model.Shipment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** psycopg2 (libpq, parameters interpolated client-side, text results) against the sample. */
@ExtendWith(QuietSample.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Psycopg2Test {
    private final SampleApp.Embedded sample;
    private List<Long> ids;
    private ClientProcess.Observations o;

    Psycopg2Test(SampleApp.Embedded sample) {
        this.sample = sample;
    }

    @BeforeAll
    void runScript() throws Exception {
        ClientProcess.assumePythonModules("psycopg2");
        ids = ExpectedValues.variedShipments(sample.service().shipments());
        o = ClientProcess.python(sample, "psycopg2_client.py", Map.of("SHIPMENT_IDS", ExpectedValues.ids(ids)));
    }

    @Test
    void everyColumnTypeReadsBackAsTheServiceValue() {
        assertEquals("150000", o.get("server_version"));
        for (long id : ids) {
            ExpectedValues.assertShipment(ExpectedValues.shipment(sample, id), o, "shipment." + id, Map.of());
        }
    }

    @Test
    void clientSideInterpolatedParameters() {
        long ups = sample.service().shipments().stream()
                .filter(s -> s.carrier() == Carrier.UPS && s.notes() == null && s.shipDate() != null
                        && s.shipDate().getYear() >= 2000).count();
        assertEquals(Long.toString(ups), o.get("param.count_ups"));
        assertEquals("AMS1,BER1", o.get("param.codes"));
        assertEquals("str:it's quoted|int:42", o.get("param.literals"));
        o.assertNoErrors("named.error");
    }

    @Test
    @Disabled("psycopg2's named cursors send DECLARE/FETCH, which this branch does not have yet (SQL cursors)")
    void namedServerSideCursorIteratesInBatches() {
        List<Shipment> all = List.copyOf(sample.service().shipments());
        assertEquals(Integer.toString(all.size()), o.get("named.count"));
        assertEquals(Long.toString(all.stream().mapToLong(Shipment::id).sum()), o.get("named.sum"));
    }
}
