package dev.pgwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/** Sources whose row type another processor generates are read in a later round, once the type exists. */
class DeferralTest {
    /** Generates one class in the first round, as e.g. an Immutables-style processor would. */
    @SupportedAnnotationTypes("*")
    static final class GeneratesClass extends AbstractProcessor {
        private final String name;
        private final String source;
        private boolean done;

        GeneratesClass(String name, String source) {
            this.name = name;
            this.source = source;
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                try (Writer out = processingEnv.getFiler().createSourceFile(name).openWriter()) {
                    out.write(source);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    @Test
    void rowTypeGeneratedByAnotherProcessor() {
        Compilation compilation = javac()
                .withProcessors(new PgTableProcessor(),
                        new GeneratesClass("p.Gen", "package p; public record Gen(String label, long size) {}"))
                .compile(Compiles.source("p.Holder",
                        "package p;",
                        "import dev.pgwire.annotations.PgTable;",
                        "import java.util.List;",
                        "class Holder {",
                        "  @PgTable static List<Gen> gens = List.of();",
                        "}"));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("p.Gen_PgRowType").contentsAsUtf8String()
                .contains("new Column(\"size\", ColumnType.INT8");
        assertThat(compilation).generatedSourceFile("p.Holder_PgTables").contentsAsUtf8String()
                .contains("Gen_PgRowType.INSTANCE");
    }

    @Test
    void superclassGeneratedByAnotherProcessor() {
        Compilation compilation = javac()
                .withProcessors(new PgTableProcessor(), new GeneratesClass("p.GenBase",
                        "package p; public class GenBase { public String getLabel() { return \"l\"; } }"))
                .compile(Compiles.source("p.Child",
                        "package p;",
                        "import dev.pgwire.annotations.PgTable;",
                        "@PgTable public class Child extends GenBase {",
                        "  public int extra;",
                        "}"));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("p.Child_PgRowType").contentsAsUtf8String()
                .contains("out[0] = row.getLabel();\n        out[1] = row.extra;");
    }

    @Test
    void errorsOfADeferredClassAreReportedOnceAndNothingIsGenerated() {
        Compilation compilation = javac()
                .withProcessors(new PgTableProcessor(),
                        new GeneratesClass("p.Gen", "package p; public record Gen(String label) {}"))
                .compile(Compiles.source("p.Holder",
                        "package p;",
                        "import dev.pgwire.annotations.PgTable;",
                        "import java.util.List;",
                        "class Holder {",
                        "  @PgTable static String broken;",
                        "  @PgTable static List<Gen> gens = List.of();",
                        "}"));

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("which holds no rows").inFile(compilation.sourceFiles().get(0))
                .onLineContaining("String broken");
    }

    @Test
    void typeThatNeverAppearsIsReportedByJavac() {
        Compilation compilation = Compiles.compile(Compiles.source("p.Holder",
                "package p;",
                "import dev.pgwire.annotations.PgTable;",
                "import java.util.List;",
                "class Holder {",
                "  @PgTable static List<Missing> rows;",
                "}"));

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("cannot find symbol");
        assertThat(compilation).hadErrorCount(1);
    }
}
