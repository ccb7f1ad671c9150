package dev.pgwire.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry aggregates across compilations into the same output, as incremental builds do. */
class ServiceFileTest {
    private static final String REGISTRY = "classes/META-INF/services/dev.pgwire.runtime.spi.PgTableProvider";

    @Test
    void laterCompilationMergesWithTheExistingRegistry(@TempDir Path out) throws IOException {
        compile(out, "b.Second");
        assertEquals("b.Second_PgTableProvider\n", Files.readString(out.resolve(REGISTRY)));

        compile(out, "a.First");
        assertEquals("a.First_PgTableProvider\nb.Second_PgTableProvider\n", Files.readString(out.resolve(REGISTRY)));

        compile(out, "a.First"); // recompiling a class does not list it twice
        assertEquals("a.First_PgTableProvider\nb.Second_PgTableProvider\n", Files.readString(out.resolve(REGISTRY)));
    }

    @Test
    void providersThatNoLongerExistAreDropped(@TempDir Path out) throws IOException {
        compile(out, "a.First");
        Files.delete(out.resolve("classes/a/First_PgTableProvider.class"));
        compile(out, "b.Second");
        assertEquals("b.Second_PgTableProvider\n", Files.readString(out.resolve(REGISTRY)));
    }

    private static void compile(Path out, String className) {
        String pkg = className.substring(0, className.lastIndexOf('.'));
        String simple = className.substring(className.lastIndexOf('.') + 1);
        Javac.Result result = Javac.compile(out, Map.of(
                className,
                "package " + pkg + ";\n"
                        + "import dev.pgwire.annotations.PgTable;\n"
                        + "import java.util.List;\n"
                        + "public class " + simple + " {\n"
                        + "  public record Row(int id) {}\n"
                        + "  @PgTable(name = \"" + simple.toLowerCase() + "\") static List<Row> rows = List.of();\n"
                        + "}\n"));
        assertTrue(result.success(), result.diagnostics());
    }
}
