package dev.pgwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated sources, character for character. When generation changes on purpose, review the diff and
 * update {@code src/test/resources/golden/}.
 */
class GoldenTest {
    @ParameterizedTest
    @ValueSource(strings = {"store.Order_PgRowType", "store.Orders_PgTables", "store.Orders_PgTableProvider"})
    void generatedSourceMatchesGoldenFile(String generatedClass) throws IOException {
        Compilation compilation = Compiles.compile(
                JavaFileObjects.forResource("samples/store/Order.java"),
                JavaFileObjects.forResource("samples/store/Orders.java"));
        assertThat(compilation).succeededWithoutWarnings();

        assertEquals(golden(generatedClass), Compiles.generated(compilation, generatedClass));
    }

    private static String golden(String generatedClass) throws IOException {
        String path = "/golden/" + generatedClass.replace('.', '/') + ".java";
        try (InputStream in = GoldenTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new AssertionError("missing golden file " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
