package dev.pgwire.processor.read;

import com.palantir.javapoet.ClassName;
import dev.pgwire.annotations.PgTable;
import dev.pgwire.processor.diag.ErrorReporter;
import dev.pgwire.processor.diag.Location;
import dev.pgwire.processor.diag.Locations;
import dev.pgwire.processor.diag.Messages;
import dev.pgwire.processor.model.ColumnModel;
import dev.pgwire.processor.model.RowTypeModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a row type: a record or class, annotated or merely used as the element type of a source. Results are
 * cached per round, so a row type shared by several sources is read (and its errors reported) once.
 */
public final class RowTypeReader {
    private final Elements elements;
    private final ErrorReporter reporter;
    private final Locations locations;
    private final ColumnCandidates candidates;
    private final ColumnReader columns;
    private final Predicate<TypeElement> inThisCompilation;
    private final DocComments docs;
    private final Map<String, Optional<RowTypeModel>> cache = new HashMap<>();

    /**
     * @param inThisCompilation whether a type's source is being compiled now (its descriptor must be written
     *                          now even if an older one is on the class path)
     */
    public RowTypeReader(
            Types types,
            Elements elements,
            ErrorReporter reporter,
            Locations locations,
            Predicate<TypeElement> inThisCompilation) {
        this.elements = elements;
        this.reporter = reporter;
        this.locations = locations;
        this.candidates = new ColumnCandidates(types, reporter);
        this.columns = new ColumnReader(types, elements, reporter, locations);
        this.inThisCompilation = inThisCompilation;
        this.docs = new DocComments(elements);
    }

    /**
     * The row type model of {@code type}, or empty after reporting why there is none.
     *
     * @param requestedBy where type-level problems are reported: the annotated type itself, or the source
     *                    that uses it
     */
    public Optional<RowTypeModel> read(TypeElement type, Location requestedBy) {
        String key = type.getQualifiedName().toString();
        Optional<RowTypeModel> cached = cache.get(key);
        if (cached == null) {
            cached = readUncached(type, requestedBy);
            cache.put(key, cached);
        }
        return cached;
    }

    /** Every row type read successfully so far. */
    public List<RowTypeModel> models() {
        return cache.values().stream().flatMap(Optional::stream).toList();
    }

    private Optional<RowTypeModel> readUncached(TypeElement type, Location at) {
        if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD) {
            if (at.element().equals(type)) {
                reporter.error(at, Messages.ROW_TYPE_KIND, kindName(type.getKind()), type.getQualifiedName());
            } else {
                reporter.error(at, Messages.SOURCE_ROW_TYPE_KIND, sourceName(at.element()),
                        kindName(type.getKind()) + " " + type.getQualifiedName());
            }
            return Optional.empty();
        }
        boolean ok = true;
        if (!type.getTypeParameters().isEmpty()) {
            reporter.error(at, Messages.ROW_TYPE_GENERIC, type.getQualifiedName());
            ok = false;
        }
        if (!Access.reachable(type)) {
            reporter.error(at, Messages.ROW_TYPE_INACCESSIBLE, type.getQualifiedName());
            ok = false;
        }
        ModuleElement module = elements.getModuleOf(type);
        boolean local = inThisCompilation.test(type);
        if (module != null && !module.isUnnamed() && !local) {
            reporter.error(at, Messages.ROW_TYPE_FOREIGN_MODULE, type.getQualifiedName(), module.getQualifiedName());
            return Optional.empty();
        }

        ClassName javaType = ClassName.get(type);
        ClassName descriptor = RowTypeModel.descriptorOf(javaType);
        PgTable table = type.getAnnotation(PgTable.class);
        String description = table != null && !table.description().isEmpty() ? table.description() : docs.of(type);
        if (ok && !local && elements.getTypeElement(descriptor.canonicalName()) != null) {
            // Compiled elsewhere with its descriptor: reuse that one as it is.
            RowTypeModel reused = model(type, table, description, descriptor, List.of(), false);
            return Optional.of(locations.put(reused, at));
        }

        List<Element> problems = new ArrayList<>();
        List<ColumnModel> read = new ArrayList<>();
        for (ColumnCandidate candidate : candidates.of(type, problems)) {
            Optional<ColumnModel> column = columns.read(candidate);
            column.ifPresent(read::add);
            ok &= column.isPresent();
        }
        if (!ok || !problems.isEmpty()) {
            return Optional.empty();
        }

        return Optional.of(locations.put(model(type, table, description, descriptor, read, true), at));
    }

    private static RowTypeModel model(TypeElement type, PgTable table, String description, ClassName descriptor,
            List<ColumnModel> columns, boolean generate) {
        return new RowTypeModel(
                ClassName.get(type),
                descriptor,
                Access.publicEverywhere(type),
                table == null ? "" : table.name(),
                table == null ? "public" : table.schema(),
                description,
                columns,
                generate);
    }

    private static String sourceName(Element source) {
        return source.getEnclosingElement().getSimpleName() + "." + source.getSimpleName();
    }

    private static String kindName(ElementKind kind) {
        return switch (kind) {
            case ANNOTATION_TYPE -> "annotation type";
            default -> kind.name().toLowerCase(Locale.ROOT);
        };
    }
}
