package dev.pgwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import org.junit.jupiter.api.Test;

/** Generated code compiles in strict builds: under every lint with {@code -Werror}, and without {@code java.compiler}. */
class LintTest {
    @Test
    void generatedCodeIsWarningFree() {
        Compilation compilation = javac()
                .withProcessors(new PgTableProcessor())
                .withOptions("-Xlint:all", "-Xlint:-processing", "-Werror")
                .compile(
                        JavaFileObjects.forResource("samples/shop/AllTypes.java"),
                        JavaFileObjects.forResource("samples/shop/Customer.java"),
                        JavaFileObjects.forResource("samples/shop/Party.java"),
                        JavaFileObjects.forResource("samples/shop/Shop.java"),
                        JavaFileObjects.forResource("samples/store/Order.java"),
                        JavaFileObjects.forResource("samples/store/Orders.java"),
                        Compiles.source("p.Box",
                                "package p;",
                                "import dev.pgwire.annotations.PgTable;",
                                "import java.util.List;",
                                "import java.util.function.Supplier;",
                                "public class Box<K, V> {",
                                "  public record Item(String name) {}",
                                "  @PgTable List<Item> items = List.of();",
                                "  @PgTable Supplier<Item[]> supplied = () -> new Item[0];",
                                "}"));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void generatedAnnotationIsLeftOutWhenTheCompilationCannotSeeIt() {
        // Without java.compiler in the module graph (e.g. a module that does not require it),
        // javax.annotation.processing.Generated does not resolve.
        Compilation compilation = javac()
                .withProcessors(new PgTableProcessor())
                .withOptions("--limit-modules", "java.base")
                .compile(JavaFileObjects.forResource("samples/store/Order.java"),
                        JavaFileObjects.forResource("samples/store/Orders.java"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("store.Order_PgRowType").contentsAsUtf8String()
                .doesNotContain("@Generated");
    }
}
