package dev.pgwire.sample.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pgwire.sample.SampleApp;
import dev.pgwire.sample.e2e.QuietSample;
import dev.pgwire.sample.model.Carrier;
import dev.pgwire.sample.model.Warehouse;
import dev.pgwire.sample.service.ReferenceData;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** psycopg 3: server-side parameters, text and binary results, prepared statements, pipeline mode, TypeInfo. */
@ExtendWith(QuietSample.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PsycopgTest {
    private final SampleApp.Embedded sample;
    private List<Long> ids;
    private ClientProcess.Observations o;

    PsycopgTest(SampleApp.Embedded sample) {
        this.sample = sample;
    }

    @BeforeAll
    void runScript() throws Exception {
        ClientProcess.assumePythonModules("psycopg");
        ids = ExpectedValues.variedShipments(sample.service().shipments());
        o = ClientProcess.python(sample, "psycopg_client.py", Map.of("SHIPMENT_IDS", ExpectedValues.ids(ids)));
    }

    @Test
    void everyColumnTypeInTextAndBinary() {
        assertEquals("150000", o.get("server_version"));
        for (long id : ids) {
            ExpectedValues.assertShipment(ExpectedValues.shipment(sample, id), o, "text." + id, Map.of());
            ExpectedValues.assertShipment(ExpectedValues.shipment(sample, id), o, "binary." + id, Map.of());
        }
    }

    @Test
    void serverSideParametersOfSeveralTypes() {
        long expected = sample.service().shipments().stream()
                .filter(s -> s.carrier() == Carrier.UPS && s.declaredValue() != null
                        && s.declaredValue().compareTo(new BigDecimal("100.50")) > 0
                        && s.shipDate() != null && s.shipDate().getYear() >= 2000 && s.handedOverAt() != null)
                .count();
        assertEquals(Long.toString(expected), o.get("param.count"));
        assertEquals("1,2,3", o.get("param.any"));
        assertEquals("int:42|str:hi!", o.get("param.literals"));
    }

    @Test
    void preparedStatementsAndPipelineMode() {
        String orders = Integer.toString(sample.service().orders().size());
        assertEquals(orders, o.get("prepared.total"));
        assertEquals(orders, o.get("pipeline.total"));
        assertEquals(warehouseCodes(), o.get("pipeline.codes"));
    }

    @Test
    void typeInfoFetch() {
        assertEquals("int4:23:1007", o.get("typeinfo.int4"));
        assertEquals("numeric:1700:1231", o.get("typeinfo.numeric"));
        assertEquals("uuid:2950:2951", o.get("typeinfo.uuid"));
        assertEquals("timestamptz:1184:1185", o.get("typeinfo.timestamptz"));
        assertEquals("_text:1009:0", o.get("typeinfo.text[]"));
        // The row type of a table: user OIDs start at 16384.
        String[] orders = o.get("typeinfo.orders").split(":");
        assertEquals("orders", orders[0]);
        assertEquals(true, Integer.parseInt(orders[1]) >= 16384, o.get("typeinfo.orders"));
        o.assertNoErrors();
    }

    static String warehouseCodes() {
        return ReferenceData.WAREHOUSES.stream().sorted(Comparator.comparingInt(Warehouse::id))
                .map(Warehouse::code).collect(Collectors.joining(","));
    }
}
