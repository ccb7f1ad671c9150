package dev.pgwire.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Runs javac with the processor on real directories, for what compile-testing's in-memory file manager
 * cannot show: the output of a failed compilation, and a second compilation into the same output.
 */
final class Javac {
    private Javac() {}

    /** The outcome of one compilation. */
    record Result(boolean success, String diagnostics) {}

    /**
     * Compiles {@code sources} (qualified class name → source text) into {@code out/classes}, with generated
     * sources in {@code out/generated} and {@code out/classes} also on the class path.
     */
    static Result compile(Path out, Map<String, String> sources) {
        return compile(out, sources, List.of());
    }

    /** As {@link #compile(Path, Map)}, with extra javac {@code options}. */
    static Result compile(Path out, Map<String, String> sources, List<String> options) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            Path src = Files.createDirectories(out.resolve("src"));
            Path classes = Files.createDirectories(out.resolve("classes"));
            Path generated = Files.createDirectories(out.resolve("generated"));
            List<Path> paths = new ArrayList<>();
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                paths.add(file);
            }
            List<Path> classPath = new ArrayList<>();
            classPath.add(classes);
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                classPath.add(Path.of(entry));
            }
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, classPath);
            JavaCompiler.CompilationTask task = javac.getTask(
                    null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(paths));
            task.setProcessors(List.of(new PgTableProcessor()));
            boolean success = task.call();
            return new Result(success, diagnostics.getDiagnostics().stream()
                    .map(d -> d.getKind() + ": " + d.getMessage(null))
                    .collect(Collectors.joining("\n")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files under {@code dir}, relative, sorted. */
    static List<String> filesUnder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
