package dev.pgwire.sample.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pgwire.sample.SampleApp;
import dev.pgwire.sample.e2e.QuietSample;
import dev.pgwire.sample.model.Carrier;
import dev.pgwire.sample.model.Shipment;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** node-postgres ({@code pg}, version pinned in src/test/node/package-lock.json) against the sample. */
@ExtendWith(QuietSample.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NodePgTest {
    private final SampleApp.Embedded sample;
    private ClientProcess.Observations o;

    NodePgTest(SampleApp.Embedded sample) {
        this.sample = sample;
    }

    @BeforeAll
    void runScript() throws Exception {
        ClientProcess.assumeNodeModules();
        o = ClientProcess.node(sample, "pg-client.js", Map.of());
    }

    @Test
    void simpleQueryResultTypes() {
        Shipment s = ExpectedValues.shipment(sample, 1);
        assertEquals("id:20,carrier:25,declared_value:1700,handed_over_at:1184,label_header:17,"
                + "signature_required:16,weight_kg:700,ship_date:1082", o.get("simple.types"));
        // pg parses int8 and numeric as strings (no precision loss), timestamptz as Date, bytea as Buffer.
        assertEquals("string:1", o.get("simple.id"));
        assertEquals("string:" + s.carrier(), o.get("simple.carrier"));
        assertEquals("string:" + s.declaredValue().toPlainString(), o.get("simple.declared_value"));
        assertEquals("true:" + DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC)
                .format(s.handedOverAt()), o.get("simple.handed_over_at"));
        assertEquals("true:" + HexFormat.of().formatHex(s.labelHeader()), o.get("simple.label_header"));
        assertEquals("boolean:" + s.signatureRequired(), o.get("simple.signature_required"));
        assertEquals(s.weightKg(), Float.parseFloat(o.get("simple.weight_kg").substring("number:".length())));
    }

    @Test
    void untypedParameters() {
        assertEquals("3:" + ExpectedValues.shipment(sample, 3).trackingNumber(), o.get("param.by_id"));
        assertEquals(Long.toString(sample.service().shipments().stream()
                .filter(s -> s.carrier() == Carrier.UPS && s.handedOverAt() != null).count()), o.get("param.count"));
        assertEquals("42|hi|2.50", o.get("param.select"));
        assertEquals("23,25,1700", o.get("param.select_types"));
    }

    @Test
    void anyWithAJavaScriptArray() {
        assertEquals("1,2,3", o.get("any.ids"));
        assertEquals("AMS1,BER1", o.get("any.codes"));
    }

    @Test
    void namedPreparedStatementAndErrorRecovery() {
        assertEquals(Integer.toString(sample.service().orders().size()), o.get("prepared.total"));
        assertEquals("42703", o.get("error.sqlstate"));
        assertEquals("1", o.get("error.recovered"));
        o.assertNoErrors();
    }
}
