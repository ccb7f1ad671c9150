package dev.pgwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The same input gives the same output, whatever order javac sees the files in. */
class DeterminismTest {
    private static final List<String> SAMPLES = List.of(
            "samples/shop/AllTypes.java",
            "samples/shop/Customer.java",
            "samples/shop/Party.java",
            "samples/shop/Shop.java",
            "samples/shop/Fixtures.java",
            "samples/store/Order.java",
            "samples/store/Orders.java");

    @Test
    void compilingAgainInAnotherOrderGivesIdenticalOutput() {
        List<String> reversed = new ArrayList<>(SAMPLES);
        Collections.reverse(reversed);
        Map<String, String> first = generated(compile(SAMPLES));
        Map<String, String> second = generated(compile(reversed));

        assertEquals(first, second);
        assertEquals(
                List.of(
                        "/CLASS_OUTPUT/META-INF/services/dev.pgwire.runtime.spi.PgTableProvider",
                        "/SOURCE_OUTPUT/shop/AllTypes_PgRowType.java",
                        "/SOURCE_OUTPUT/shop/Customer_PgRowType.java",
                        "/SOURCE_OUTPUT/shop/Shop_PgTableProvider.java",
                        "/SOURCE_OUTPUT/shop/Shop_PgTables.java",
                        "/SOURCE_OUTPUT/shop/Shop_Tag_PgRowType.java",
                        "/SOURCE_OUTPUT/store/Order_PgRowType.java",
                        "/SOURCE_OUTPUT/store/Orders_PgTableProvider.java",
                        "/SOURCE_OUTPUT/store/Orders_PgTables.java"),
                List.copyOf(first.keySet()));
        assertEquals("shop.Shop_PgTableProvider\nstore.Orders_PgTableProvider\n",
                first.get("/CLASS_OUTPUT/META-INF/services/dev.pgwire.runtime.spi.PgTableProvider"));
    }

    private static Compilation compile(List<String> resources) {
        Compilation compilation = Compiles.compile(
                resources.stream().map(JavaFileObjects::forResource).toArray(JavaFileObject[]::new));
        assertThat(compilation).succeededWithoutWarnings();
        return compilation;
    }

    /** Generated sources and resources (not class files, which javac need not reproduce byte for byte). */
    private static Map<String, String> generated(Compilation compilation) {
        Map<String, String> out = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                continue;
            }
            try {
                out.put(file.toUri().getPath(), file.getCharContent(false).toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
