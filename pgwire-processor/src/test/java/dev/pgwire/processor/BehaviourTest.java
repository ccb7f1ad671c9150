package dev.pgwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.pgwire.runtime.spi.Column;
import dev.pgwire.runtime.spi.ColumnType;
import dev.pgwire.runtime.spi.PgTableProvider;
import dev.pgwire.runtime.spi.RowType;
import dev.pgwire.runtime.spi.TableSource;
import dev.pgwire.runtime.tables.TableRegistry;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the generated code: discovery, metadata, extraction with conversions, live rows, instance bindings. */
class BehaviourTest {
    @TempDir
    static Path classes;

    private static CompiledClasses compiled;
    private static TableRegistry registry;

    @BeforeAll
    static void compileSample() {
        Compilation compilation = Compiles.compile(
                JavaFileObjects.forResource("samples/shop/AllTypes.java"),
                JavaFileObjects.forResource("samples/shop/Customer.java"),
                JavaFileObjects.forResource("samples/shop/Party.java"),
                JavaFileObjects.forResource("samples/shop/Shop.java"),
                JavaFileObjects.forResource("samples/shop/Fixtures.java"));
        assertThat(compilation).succeededWithoutWarnings();
        compiled = CompiledClasses.load(compilation, classes);
        registry = new TableRegistry();
        // Only the sample's providers: the test class path may hold others.
        ServiceLoader.load(PgTableProvider.class, compiled.loader()).stream()
                .filter(p -> p.type().getClassLoader() == compiled.loader())
                .forEach(p -> registry.addProvider(p.get()));
    }

    @AfterAll
    static void close() throws Exception {
        compiled.close();
    }

    @Test
    void serviceLoaderFindsEveryStaticTable() {
        assertEquals(
                List.of("crm.customers_by_id", "public.all_types", "public.iterable_tags", "public.streamed_tags",
                        "public.supplied_tags", "public.tags"),
                names(registry.snapshot().tables()));
        TableSource<?> customers = table("crm.customers_by_id");
        assertEquals("registered customers", customers.description());
        assertEquals("every column type", table("public.all_types").description());
        // Without a description, the row class's Javadoc (first paragraph) is the table comment.
        assertEquals("A tag; not annotated: only used as a row type.", table("public.tags").description());
    }

    @Test
    void rowTypeIsSharedAcrossTables() {
        assertSame(table("public.tags").rowType(), table("public.iterable_tags").rowType());
        assertEquals(compiled.type("shop.Shop$Tag"), table("public.tags").rowType().javaType());
    }

    @Test
    void columnsOfEveryType() {
        List<Column> expected = List.of(
                new Column("p_bool", ColumnType.BOOL, -1, -1, 0, false, false, ""),
                new Column("bool", ColumnType.BOOL, -1, -1, 0, true, false, ""),
                new Column("p_byte", ColumnType.INT2, -1, -1, 0, false, false, ""),
                new Column("a_byte", ColumnType.INT2, -1, -1, 0, true, false, ""),
                new Column("p_short", ColumnType.INT2, -1, -1, 0, false, false, ""),
                new Column("a_short", ColumnType.INT2, -1, -1, 0, true, false, ""),
                new Column("p_int", ColumnType.INT4, -1, -1, 0, false, false, ""),
                new Column("an_int", ColumnType.INT4, -1, -1, 0, false, true, ""),
                new Column("p_long", ColumnType.INT8, -1, -1, 0, false, false, ""),
                new Column("a_long", ColumnType.INT8, -1, -1, 0, true, false, ""),
                new Column("p_float", ColumnType.FLOAT4, -1, -1, 0, false, false, ""),
                new Column("a_float", ColumnType.FLOAT4, -1, -1, 0, true, false, ""),
                new Column("p_double", ColumnType.FLOAT8, -1, -1, 0, false, false, ""),
                new Column("a_double", ColumnType.FLOAT8, -1, -1, 0, true, false, ""),
                new Column("decimal", ColumnType.NUMERIC, -1, 12, 2, true, false, ""),
                new Column("big_integer", ColumnType.NUMERIC, -1, -1, 0, true, false, ""),
                new Column("text", ColumnType.TEXT, -1, -1, 0, true, false, ""),
                new Column("code", ColumnType.VARCHAR, 8, -1, 0, false, false, "short code"),
                new Column("p_char", ColumnType.CHAR, -1, -1, 0, false, false, ""),
                new Column("a_char", ColumnType.CHAR, -1, -1, 0, true, false, ""),
                new Column("color", ColumnType.TEXT, -1, -1, 0, true, false, ""),
                new Column("bytes", ColumnType.BYTEA, -1, -1, 0, true, false, ""),
                new Column("uuid", ColumnType.UUID, -1, -1, 0, true, false, ""),
                new Column("date", ColumnType.DATE, -1, -1, 0, true, false, ""),
                new Column("time", ColumnType.TIME, -1, -1, 0, true, false, ""),
                new Column("timestamp", ColumnType.TIMESTAMP, -1, -1, 0, true, false, ""),
                new Column("instant", ColumnType.TIMESTAMPTZ, -1, -1, 0, true, false, ""),
                new Column("offset_date_time", ColumnType.TIMESTAMPTZ, -1, -1, 0, true, false, ""),
                new Column("zoned_date_time", ColumnType.TIMESTAMPTZ, -1, -1, 0, true, false, ""));
        assertEquals(expected, table("public.all_types").rowType().columns());
    }

    @Test
    void extractConvertsEveryType() {
        Object row = compiled.call("shop.Fixtures", "allTypes");
        Object[] out = extract(table("public.all_types"), row);
        byte[] bytes = (byte[]) out[21];
        out[21] = null;
        Object[] expected = {
            true, false,
            (short) -7, (short) 8,
            (short) -300, (short) 301,
            -70000, 70001,
            -5_000_000_000L, 5_000_000_001L,
            1.5f, -2.25f,
            3.125, -4.0625,
            new BigDecimal("1234.56"), new BigDecimal(new BigInteger("123456789012345678901234567890")),
            "text", "CODE-1",
            "x", "y",
            "GREEN",
            null,
            UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
            (int) LocalDate.of(2024, 2, 29).toEpochDay(),
            (int) (LocalTime.of(13, 14, 15).toSecondOfDay() * 1000L + 16),
            LocalDateTime.of(2024, 2, 29, 13, 14, 15).toEpochSecond(ZoneOffset.UTC) * 1000 + 16,
            1_700_000_000_123L,
            OffsetDateTime.of(2024, 2, 29, 11, 14, 15, 0, ZoneOffset.UTC).toInstant().toEpochMilli(),
            ZonedDateTime.of(2024, 2, 29, 13, 14, 15, 0, ZoneId.of("UTC")).toInstant().toEpochMilli()
        };
        assertArrayEquals(expected, out);
        assertArrayEquals(new byte[] {1, 2, 3}, bytes);
    }

    @Test
    void extractKeepsNulls() {
        Object[] out = extract(table("public.all_types"), compiled.call("shop.Fixtures", "nulls"));
        List<Column> columns = table("public.all_types").rowType().columns();
        for (int i = 0; i < out.length; i++) {
            if (columns.get(i).name().startsWith("p_")) {
                assertEquals(columns.get(i).name().equals("p_char"), out[i] instanceof String, columns.get(i).name());
            } else {
                assertNull(out[i], columns.get(i).name());
            }
        }
        assertEquals("z", out[18]);
    }

    @Test
    void classRowTypeUsesGettersThenFields() {
        TableSource<?> customers = table("crm.customers_by_id");
        assertEquals(
                List.of(
                        new Column("active", ColumnType.BOOL, -1, -1, 0, false, false, ""),
                        new Column("id", ColumnType.INT8, -1, -1, 0, false, true, ""),
                        new Column("name", ColumnType.TEXT, -1, -1, 0, true, false, ""),
                        new Column("note", ColumnType.TEXT, -1, -1, 0, true, false, ""),
                        new Column("visits", ColumnType.INT4, -1, -1, 0, false, false, "")),
                customers.rowType().columns());
        compiled.call("shop.Fixtures", "addCustomer", compiled.call("shop.Fixtures", "customer", 7L, "Ann", true));
        List<Object[]> rows = rows(customers);
        assertEquals(1, rows.size());
        assertArrayEquals(new Object[] {true, 7L, "Ann", "note 7", 70}, rows.get(0));
    }

    @Test
    void rowsReflectLaterMutations() {
        compiled.call("shop.Fixtures", "setTags", (Object) new String[0]);
        for (String table : List.of("public.tags", "public.iterable_tags", "public.streamed_tags",
                "public.supplied_tags")) {
            assertEquals(List.of(), labels(table(table)), table);
        }
        compiled.call("shop.Fixtures", "setTags", (Object) new String[] {"a", "b"});
        for (String table : List.of("public.tags", "public.iterable_tags", "public.streamed_tags",
                "public.supplied_tags")) {
            assertEquals(List.of("a", "b"), labels(table(table)), table);
        }
    }

    @Test
    void instanceBindingExposesEachRegisteredInstance() throws Exception {
        TableRegistry own = new TableRegistry();
        ServiceLoader.load(PgTableProvider.class, compiled.loader()).stream()
                .filter(p -> p.type().getClassLoader() == compiled.loader())
                .forEach(p -> own.addProvider(p.get()));
        Object shop = compiled.type("shop.Shop").getConstructor().newInstance();
        List<TableSource<?>> added = own.expose(shop);
        assertEquals(List.of("public.shop_tags"), names(added));
        TableSource<?> tags = added.get(0);
        assertEquals(List.of(), labels(tags));
        compiled.call("shop.Fixtures", "addOwnTag", shop, "mine");
        assertEquals(List.of("mine"), labels(tags));
        assertEquals(List.of("label", "weight"),
                tags.rowType().columns().stream().map(Column::name).collect(Collectors.toList()));
    }

    private static TableSource<?> table(String qualifiedName) {
        return registry.snapshot().tables().stream()
                .filter(t -> t.qualifiedName().equals(qualifiedName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table " + qualifiedName));
    }

    private static List<String> names(List<TableSource<?>> tables) {
        return tables.stream().map(TableSource::qualifiedName).collect(Collectors.toList());
    }

    private static List<String> labels(TableSource<?> tags) {
        return rows(tags).stream().map(r -> (String) r[0]).collect(Collectors.toList());
    }

    private static <R> List<Object[]> rows(TableSource<R> table) {
        List<Object[]> rows = new ArrayList<>();
        for (Iterator<? extends R> it = table.rows().open(); it.hasNext(); ) {
            Object[] out = new Object[table.rowType().columns().size()];
            table.rowType().extract(it.next(), out);
            rows.add(out);
        }
        return rows;
    }

    private static Object[] extract(TableSource<?> table, Object row) {
        return extractAs(table.rowType(), row);
    }

    private static <R> Object[] extractAs(RowType<R> rowType, Object row) {
        Object[] out = new Object[rowType.columns().size()];
        rowType.extract(rowType.javaType().cast(row), out);
        return out;
    }
}
