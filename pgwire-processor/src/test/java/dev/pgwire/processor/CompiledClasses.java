package dev.pgwire.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.tools.JavaFileObject;

/**
 * The class files and resources of a compile-testing compilation, written to a directory and loaded in a
 * child of the test's class loader (which provides the runtime), so generated code runs for real.
 */
final class CompiledClasses implements AutoCloseable {
    private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

    private final URLClassLoader loader;

    private CompiledClasses(URLClassLoader loader) {
        this.loader = loader;
    }

    static CompiledClasses load(Compilation compilation, Path dir) {
        try {
            for (JavaFileObject file : compilation.generatedFiles()) {
                String uri = file.toUri().getPath();
                int at = uri.indexOf(CLASS_OUTPUT);
                if (at < 0) {
                    continue;
                }
                Path target = dir.resolve(uri.substring(at + CLASS_OUTPUT.length()));
                Files.createDirectories(target.getParent());
                try (InputStream in = file.openInputStream()) {
                    Files.copy(in, target);
                }
            }
            return new CompiledClasses(new URLClassLoader(
                    new URL[] {dir.toUri().toURL()}, CompiledClasses.class.getClassLoader()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ClassLoader loader() {
        return loader;
    }

    Class<?> type(String name) {
        try {
            return Class.forName(name, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** Calls public static method {@code method} of {@code className} (matched by name and arity). */
    Object call(String className, String method, Object... args) {
        Method m = Arrays.stream(type(className).getMethods())
                .filter(x -> x.getName().equals(method) && x.getParameterCount() == args.length)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no method " + className + "." + method));
        try {
            return m.invoke(null, args);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }
}
