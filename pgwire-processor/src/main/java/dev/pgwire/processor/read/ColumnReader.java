package dev.pgwire.processor.read;

import dev.pgwire.annotations.PgColumn;
import dev.pgwire.processor.diag.ErrorReporter;
import dev.pgwire.processor.diag.Location;
import dev.pgwire.processor.diag.Locations;
import dev.pgwire.processor.diag.Messages;
import dev.pgwire.processor.model.ColumnMapping;
import dev.pgwire.processor.model.ColumnModel;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Turns one column candidate into a {@link ColumnModel}, reporting types that have no SQL mapping. */
final class ColumnReader {
    private final Types types;
    private final Elements elements;
    private final ErrorReporter reporter;
    private final Locations locations;
    private final DocComments docs;
    private final TypeMapper typeMapper;

    ColumnReader(Types types, Elements elements, ErrorReporter reporter, Locations locations) {
        this.typeMapper = new TypeMapper(types, elements);
        this.types = types;
        this.elements = elements;
        this.reporter = reporter;
        this.locations = locations;
        this.docs = new DocComments(elements);
    }

    /** The column, or empty after reporting why there is none. */
    Optional<ColumnModel> read(ColumnCandidate candidate) {
        Element annotated = annotated(candidate);
        PgColumn column = annotated == null ? null : annotated.getAnnotation(PgColumn.class);
        Location location = annotated == null
                ? Location.of(candidate.element())
                : new Location(annotated, Mirrors.annotation(annotated, PgColumn.class));
        String name = column == null || column.name().isEmpty() ? Names.snakeCase(candidate.javaName()) : column.name();

        if (Mirrors.unresolved(candidate.type())) {
            throw new UnresolvedTypeException(candidate.type().toString());
        }
        boolean ok = checkThrows(candidate);
        TypeMapper.Result result = typeMapper.map(candidate.type(), name, column == null ? "" : column.type());
        if (result.mapping() == null) {
            reporter.error(location, result.error(), result.args());
            return Optional.empty();
        }
        ColumnModel.Reference references = null;
        if (column != null && !column.references().isEmpty()) {
            references = ColumnModel.Reference.parse(column.references());
            if (references == null) {
                reporter.error(location, Messages.COLUMN_REFERENCE_SYNTAX, column.references(), name);
                ok = false;
            }
        }
        ColumnMapping mapping = result.mapping();
        if (!ok) {
            return Optional.empty();
        }
        ColumnModel model = new ColumnModel(
                name,
                candidate.member(),
                candidate.type().toString(),
                mapping,
                column == null ? -1 : column.length(),
                column == null ? -1 : column.precision(),
                column == null ? 0 : column.scale(),
                column == null ? PgColumn.Nullability.DEFAULT : column.nullable(),
                column != null && column.primaryKey(),
                column != null && !column.description().isEmpty() ? column.description() : javadoc(candidate),
                references);
        return Optional.of(locations.put(model, location));
    }

    /**
     * The column's Javadoc: a record component's {@code @param} text (or its accessor's comment), a
     * getter's comment (or its field's), a field's comment.
     */
    private String javadoc(ColumnCandidate candidate) {
        Element element = candidate.element();
        if (element.getKind() == ElementKind.FIELD && element.getEnclosingElement().getKind() == ElementKind.RECORD) {
            String param = docs.ofRecordComponent(element.getEnclosingElement(), candidate.javaName());
            return param.isEmpty() ? docs.of(candidate.alternate()) : param;
        }
        String own = docs.of(element);
        return own.isEmpty() ? docs.of(candidate.alternate()) : own;
    }

    /** The element whose {@code @PgColumn} applies: the declaring element's, else the alternate's. */
    private static Element annotated(ColumnCandidate candidate) {
        if (candidate.element().getAnnotation(PgColumn.class) != null) {
            return candidate.element();
        }
        if (candidate.alternate() != null && candidate.alternate().getAnnotation(PgColumn.class) != null) {
            return candidate.alternate();
        }
        return null;
    }

    private boolean checkThrows(ColumnCandidate candidate) {
        if (!(candidate.element() instanceof ExecutableElement method)) {
            return true;
        }
        for (TypeMirror thrown : method.getThrownTypes()) {
            if (Checked.isChecked(thrown, types, elements)) {
                reporter.error(Location.of(method), Messages.COLUMN_ACCESSOR_THROWS,
                        candidate.member(), thrown);
                return false;
            }
        }
        return true;
    }
}
