package dev.pgwire.processor.read;

import com.palantir.javapoet.ClassName;
import dev.pgwire.annotations.PgTable;
import dev.pgwire.processor.diag.ErrorReporter;
import dev.pgwire.processor.diag.Location;
import dev.pgwire.processor.diag.Locations;
import dev.pgwire.processor.diag.Messages;
import dev.pgwire.processor.model.MemberRef;
import dev.pgwire.processor.model.RowTypeModel;
import dev.pgwire.processor.model.SourceModel;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads a field or method annotated with {@code @PgTable} into a {@link SourceModel}. */
public final class SourceReader {
    private static final String DEFAULT_SCHEMA = "public";

    private final Types types;
    private final Elements elements;
    private final ErrorReporter reporter;
    private final Locations locations;
    private final RowTypeReader rowTypes;
    private final SourceShapes shapes;
    private final DocComments docs;

    public SourceReader(
            Types types, Elements elements, ErrorReporter reporter, Locations locations, RowTypeReader rowTypes) {
        this.types = types;
        this.elements = elements;
        this.reporter = reporter;
        this.locations = locations;
        this.rowTypes = rowTypes;
        this.shapes = new SourceShapes(types, elements, reporter);
        this.docs = new DocComments(elements);
    }

    /**
     * Whether {@code member} is the private field javac derives from an annotated record component; the
     * component's accessor carries the same {@code @PgTable} and is the real source.
     */
    public static boolean isRecordComponentField(Element member) {
        return member.getKind() == ElementKind.FIELD
                && member.getEnclosingElement().getKind() == ElementKind.RECORD
                && !member.getModifiers().contains(Modifier.STATIC);
    }

    /** The source declared by {@code member}, or empty after reporting every problem found. */
    public Optional<SourceModel> read(Element member) {
        TypeElement owner = (TypeElement) member.getEnclosingElement();
        String name = owner.getSimpleName() + "." + member.getSimpleName();
        Location at = new Location(member, Mirrors.annotation(member, PgTable.class));
        boolean method = member.getKind() == ElementKind.METHOD;
        TypeMirror type = method ? ((ExecutableElement) member).getReturnType() : member.asType();
        if (Mirrors.unresolved(type)) {
            throw new UnresolvedTypeException(type.toString());
        }

        boolean ok = checkMember(member, owner, name, at);
        Optional<SourceShapes.Resolved> resolved = shapes.resolve(type, !method, at, name);
        if (resolved.isEmpty()) {
            return Optional.empty();
        }
        TypeElement rowElement = (TypeElement) types.asElement(resolved.get().row());
        Optional<RowTypeModel> row = rowTypes.read(rowElement, at);
        if (!ok || row.isEmpty()) {
            return Optional.empty();
        }

        PgTable table = member.getAnnotation(PgTable.class);
        RowTypeModel rowType = row.get();
        SourceModel model = new SourceModel(
                !DEFAULT_SCHEMA.equals(table.schema()) ? table.schema() : rowType.schema(),
                !table.name().isEmpty()
                        ? table.name()
                        : !rowType.tableName().isEmpty()
                                ? rowType.tableName()
                                : Names.tableNameOf(member.getSimpleName().toString(), method),
                description(table, member, rowType),
                new MemberRef(member.getSimpleName().toString(), method),
                member.getModifiers().contains(Modifier.STATIC),
                resolved.get().shape(),
                resolved.get().supplied(),
                rowType.javaType(),
                rowType.descriptor(),
                resolved.get().mapKey() == null ? null
                        : ClassName.get((TypeElement) resolved.get().mapKey().asElement()));
        return Optional.of(locations.put(model, at));
    }

    /** Its own description, else its Javadoc, else the row type's description (or Javadoc). */
    private String description(PgTable table, Element member, RowTypeModel rowType) {
        if (!table.description().isEmpty()) {
            return table.description();
        }
        String doc = docs.of(member);
        return doc.isEmpty() ? rowType.description() : doc;
    }

    /** Checks what does not depend on the member's type; reports every problem and returns whether there was none. */
    private boolean checkMember(Element member, TypeElement owner, String name, Location at) {
        boolean ok = true;
        if (member.getModifiers().contains(Modifier.PRIVATE)) {
            reporter.error(at, Messages.SOURCE_INACCESSIBLE, name);
            ok = false;
        }
        if (!Access.reachable(owner)) {
            reporter.error(at, Messages.SOURCE_OWNER_INACCESSIBLE, name, owner.getQualifiedName());
            ok = false;
        }
        if (Access.inner(owner)) {
            reporter.error(at, Messages.SOURCE_INNER_CLASS, name, owner.getQualifiedName());
            ok = false;
        }
        if (member instanceof ExecutableElement method) {
            if (!method.getParameters().isEmpty()) {
                reporter.error(at, Messages.SOURCE_METHOD_PARAMETERS, name);
                ok = false;
            }
            for (TypeMirror thrown : method.getThrownTypes()) {
                if (Checked.isChecked(thrown, types, elements)) {
                    reporter.error(at, Messages.SOURCE_METHOD_THROWS, name, thrown);
                    ok = false;
                    break;
                }
            }
        }
        return ok;
    }
}
