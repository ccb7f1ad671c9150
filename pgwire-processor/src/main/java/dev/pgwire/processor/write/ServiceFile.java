package dev.pgwire.processor.write;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The {@code META-INF/services/dev.pgwire.runtime.spi.PgTableProvider} registry. It aggregates all providers
 * of a compilation and is written once, in the last round, merged with the entries of an earlier
 * (incremental) compilation that still exist.
 */
public final class ServiceFile {
    /** Resource path of the registry. */
    public static final String PATH = "META-INF/services/dev.pgwire.runtime.spi.PgTableProvider";

    private final Filer filer;

    public ServiceFile(Filer filer) {
        this.filer = filer;
    }

    /**
     * Provider names listed by an earlier compilation in the class output; empty when there is none.
     *
     * @param stillExists filters out providers whose class no longer exists
     */
    public Set<String> existing(Predicate<String> stillExists) {
        Set<String> names = new TreeSet<>();
        try {
            FileObject old = filer.getResource(StandardLocation.CLASS_OUTPUT, "", PATH);
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(old.openInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String name = line.replaceFirst("#.*", "").trim();
                    if (!name.isEmpty() && stillExists.test(name)) {
                        names.add(name);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // No earlier registry (the usual case for a clean build): nothing to merge.
        }
        return names;
    }

    /** Writes the registry with {@code providers}, sorted, one per line. */
    public void write(Set<String> providers, Element... origins) throws IOException {
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH, origins);
        try (Writer out = new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
            for (String provider : new TreeSet<>(providers)) {
                out.write(provider);
                out.write('\n');
            }
        }
    }
}
