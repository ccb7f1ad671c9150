package dev.pgwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.pgwire.runtime.spi.Column;
import dev.pgwire.runtime.spi.ColumnType;
import dev.pgwire.runtime.spi.PgTableProvider;
import dev.pgwire.runtime.spi.RowType;
import dev.pgwire.runtime.spi.TableSource;
import dev.pgwire.runtime.tables.TableRegistry;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Arrays, jsonb, optionals, inet, timetz and intervals: the generated column list and what the generated extractor
 * hands the engine (canonical text for the types Calcite lacks, lists for arrays, normalised jsonb).
 */
class RichTypesTest {
    private static final String GEO = "{\"lat\": 52.5, \"lon\": 13.25}";
    /** Keys sorted as jsonb sorts them: by length, then bytes; the @PgIgnore component is left out. */
    private static final String HOME = "{\"geo\": " + GEO + ", \"named\": {\"x\": " + GEO + "}, \"stops\": [" + GEO
            + "], \"street\": \"Main \\\"St\\\"\", \"zip_code\": \"12345\"}";

    @TempDir
    static Path classes;

    private static CompiledClasses compiled;
    private static TableSource<?> rich;

    @BeforeAll
    static void compileSample() {
        Compilation compilation = Compiles.compile(
                JavaFileObjects.forResource("samples/rich/RichTypes.java"),
                JavaFileObjects.forResource("samples/rich/Catalog.java"));
        assertThat(compilation).succeededWithoutWarnings();
        compiled = CompiledClasses.load(compilation, classes);
        TableRegistry registry = new TableRegistry();
        ServiceLoader.load(PgTableProvider.class, compiled.loader()).stream()
                .filter(p -> p.type().getClassLoader() == compiled.loader())
                .forEach(p -> registry.addProvider(p.get()));
        rich = registry.snapshot().tables().stream()
                .filter(t -> t.name().equals("rich"))
                .findFirst()
                .orElseThrow();
    }

    @AfterAll
    static void close() throws Exception {
        compiled.close();
    }

    @Test
    void columnsHaveArrayJsonbAndScalarTypes() {
        List<Column> expected = List.of(
                new Column("id", ColumnType.INT4, -1, -1, 0, false, true, ""),
                Column.of("address", ColumnType.INET, true),
                Column.of("opens_at", ColumnType.TIMETZ, true),
                Column.of("timeout", ColumnType.INTERVAL, true),
                Column.of("validity", ColumnType.INTERVAL, true),
                Column.of("ints", ColumnType.INT4_ARRAY, true),
                Column.of("tags", ColumnType.TEXT_ARRAY, true),
                Column.of("primitive_ints", ColumnType.INT4_ARRAY, true),
                Column.of("letters", ColumnType.CHAR_ARRAY, true),
                Column.of("small_numbers", ColumnType.INT2_ARRAY, true),
                Column.of("dates", ColumnType.DATE_ARRAY, true),
                new Column("codes", ColumnType.VARCHAR_ARRAY, 5, -1, 0, true, false, ""),
                new Column("amounts", ColumnType.NUMERIC_ARRAY, -1, 6, 2, true, false, ""),
                Column.of("ids", ColumnType.UUID_ARRAY, true),
                Column.of("blobs", ColumnType.BYTEA_ARRAY, true),
                Column.of("levels", ColumnType.TEXT_ARRAY, true),
                Column.of("waits", ColumnType.INTERVAL_ARRAY, true),
                Column.of("attributes", ColumnType.JSONB, true),
                Column.of("home", ColumnType.JSONB, true),
                Column.of("previous", ColumnType.JSONB, true),
                Column.of("raw", ColumnType.JSONB, true),
                Column.of("nickname", ColumnType.TEXT, true),
                Column.of("birthday", ColumnType.DATE, true),
                Column.of("rank", ColumnType.INT4, true),
                Column.of("visits", ColumnType.INT8, true),
                Column.of("score", ColumnType.FLOAT8, true),
                Column.of("lucky", ColumnType.INT4_ARRAY, true),
                Column.of("office", ColumnType.JSONB, true));
        assertEquals(expected, rich.rowType().columns());
    }

    @Test
    void extractsEngineValues() {
        Object[] out = extract(compiled.call("rich.RichTypes", "full"));
        byte[] blob = (byte[]) ((List<?>) out[14]).get(0);
        assertArrayEquals(new byte[] {1, 2}, blob);
        out[14] = null;
        Object[] expected = {
            1,
            "2001:db8::1",
            "09:30:00.123456+05:30",
            "36:00:00.000001",
            "1 year 2 mons 3 days",
            Arrays.asList(1, null, 3),
            List.of("b", "a"),
            List.of(7, 8),
            List.of("x", "y"),
            Arrays.asList((short) 1, null),
            List.of(1),
            List.of("ab"),
            List.of(new BigDecimal("1.50")),
            List.of(UUID.fromString("123e4567-e89b-12d3-a456-426614174000")),
            null,
            List.of("HIGH"),
            List.of("01:30:00"),
            "{\"a\": [1, 2], \"ok\": true, \"size\": 42}",
            HOME,
            "[" + HOME + "]",
            "{\"a\": null, \"b\": [1, 2.50]}",
            "Bob",
            0,
            3,
            4L,
            0.5,
            List.of(7),
            HOME
        };
        assertArrayEquals(expected, out);
    }

    @Test
    void absentValuesAreNull() {
        Object[] out = extract(compiled.call("rich.RichTypes", "empty"));
        assertEquals(2, out[0]);
        for (int i = 1; i < out.length; i++) {
            assertNull(out[i], rich.rowType().columns().get(i).name());
        }
    }

    private static Object[] extract(Object row) {
        return extractAs(rich.rowType(), row);
    }

    private static <R> Object[] extractAs(RowType<R> rowType, Object row) {
        Object[] out = new Object[rowType.columns().size()];
        rowType.extract(rowType.javaType().cast(row), out);
        return out;
    }
}
