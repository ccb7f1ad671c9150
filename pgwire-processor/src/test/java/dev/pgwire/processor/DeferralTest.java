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
    /** Generates {@code p.Gen} in the first round, as e.g. an immutables-style processor would. */
    @SupportedAnnotationTypes("*")
    static final class GeneratesRowType extends AbstractProcessor {
        private boolean done;

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                try (Writer out = processingEnv.getFiler().createSourceFile("p.Gen").openWriter()) {
                    out.write("package p;\npublic record Gen(String label, long size) {}\n");
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
                .withProcessors(new PgTableProcessor(), new GeneratesRowType())
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
