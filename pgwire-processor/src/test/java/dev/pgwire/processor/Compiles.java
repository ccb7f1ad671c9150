package dev.pgwire.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.tools.JavaFileObject;

/** Compiles test sources with the processor. */
final class Compiles {
    private Compiles() {}

    /** A source file for class {@code qualifiedName}. */
    static JavaFileObject source(String qualifiedName, String... lines) {
        return JavaFileObjects.forSourceLines(qualifiedName, lines);
    }

    static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(new PgTableProcessor()).compile(sources);
    }

    /** The text of a generated source file. */
    static String generated(Compilation compilation, String qualifiedName) {
        JavaFileObject file = compilation
                .generatedSourceFile(qualifiedName)
                .orElseThrow(() -> new AssertionError("not generated: " + qualifiedName
                        + "; generated: " + compilation.generatedSourceFiles()));
        try {
            return file.getCharContent(false).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
