package dev.pgwire.sample.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgwire.sample.SampleApp;
import dev.pgwire.sample.e2e.QuietSample;
import dev.pgwire.sample.service.ReferenceData;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SQLAlchemy 2.x reflection and Core over psycopg2 (client-side parameters) and psycopg 3 (server-side
 * parameters), and pandas.read_sql over the same engine. The catalog queries behind {@code inspect()}
 * are SQLAlchemy's own: unnest and generate_subscripts in select lists, json_build_object, casts to
 * regclass, pg_collation_is_visible, current_setting('default_table_access_method').
 */
@ExtendWith(QuietSample.class)
class SqlAlchemyTest {
    private static final String TABLES =
            "categories,customers,open_orders,order_lines,orders,products,shipments,stock_levels,warehouses";
    private final SampleApp.Embedded sample;

    SqlAlchemyTest(SampleApp.Embedded sample) {
        this.sample = sample;
    }

    @ParameterizedTest
    @ValueSource(strings = {"psycopg2", "psycopg"})
    void inspectReflectCoreAndPandas(String driver) throws Exception {
        ClientProcess.assumePythonModules("sqlalchemy", "pandas", driver);
        ClientProcess.Observations o = ClientProcess.python(sample, "sqlalchemy_client.py", Map.of(), driver);
        o.assertNoErrors();

        assertEquals("information_schema,public", o.get("schemas"));
        assertEquals(TABLES, o.get("tables"));
        assertEquals("", o.get("views"));

        // Types with their modifiers, nullability from the record components, comments from @PgColumn.
        assertEquals("BIGINT()|False|None", o.get("column.id"));
        assertEquals("BIGINT()|False|References orders.id", o.get("column.order_id"));
        assertEquals("VARCHAR(length=24)|True|Carrier's tracking number", o.get("column.tracking_number"));
        assertEquals("UUID()|True|Token of the public tracking page", o.get("column.tracking_token"));
        assertEquals("CHAR(length=1)|False|S standard, E express, O overnight", o.get("column.service_level"));
        assertEquals("NUMERIC(precision=12, scale=2)|True|Declared value, EUR", o.get("column.declared_value"));
        assertEquals("REAL()|False|None", o.get("column.weight_kg"));
        assertEquals("DOUBLE_PRECISION(precision=53)|False|None", o.get("column.volume_m3"));
        assertEquals("BYTEA()|True|First bytes of the printed label", o.get("column.label_header"));
        assertEquals("TIME()|True|Agreed pickup time, warehouse local time", o.get("column.pickup_time"));
        assertEquals("TIMESTAMP()|True|When the label was printed, warehouse local time",
                o.get("column.label_printed_at"));
        assertEquals("TIMESTAMP(timezone=True)|True|None", o.get("column.handed_over_at"));
        assertEquals("SMALLINT()|True|Damage grade 1-5 reported by the carrier; NULL when none",
                o.get("column.damage_grade"));

        assertEquals("shipments_pkey:id", o.get("pk"));
        // No foreign keys, secondary indexes, unique or check constraints are declared on the sample yet.
        assertEquals("", o.get("indexes"));
        assertEquals("", o.get("unique"));
        assertEquals("", o.get("checks"));
        assertEquals("Shipments handed to carriers; one per shipped order", o.get("comment"));

        assertEquals(TABLES, o.get("reflect.tables"));
        assertEquals("id", o.get("reflect.pk"));
        assertEquals("1:" + ExpectedValues.shipment(sample, 1).carrier() + ";2:"
                + ExpectedValues.shipment(sample, 2).carrier() + ";3:" + ExpectedValues.shipment(sample, 3).carrier(),
                o.get("core.rows"));

        assertEquals("3:id,declared_value,handed_over_at:1,2,3", o.get("pandas.query"));
        // numeric arrives as Decimal, which read_sql coerces to float; timestamptz as UTC datetimes.
        assertTrue(o.get("pandas.query_types").matches("int64,float64,datetime64\\[[a-z]+, UTC\\]"),
                o.get("pandas.query_types"));
        assertEquals(ReferenceData.WAREHOUSES.size() + ":id,code,city,country,time_zone,latitude,longitude,opened",
                o.get("pandas.table"));
        assertTrue(o.values().containsKey("fk.order_lines"), o.output());
    }
}
