package dev.pgwire.processor.read;

import dev.pgwire.annotations.PgColumn;
import dev.pgwire.annotations.PgIgnore;
import dev.pgwire.processor.diag.ErrorReporter;
import dev.pgwire.processor.diag.Location;
import dev.pgwire.processor.diag.Messages;
import dev.pgwire.processor.model.MemberRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Finds the members of a row type that become columns, in declaration order: record components for records;
 * for classes, getters ({@code getX()}, {@code isX()}) and then the fields no getter covers, walking the
 * superclasses first. Members generated code cannot read are skipped, unless {@code @PgColumn} asks for them.
 */
final class ColumnCandidates {
    private final Types types;
    private final ErrorReporter reporter;

    ColumnCandidates(Types types, ErrorReporter reporter) {
        this.types = types;
        this.reporter = reporter;
    }

    /**
     * The candidates of {@code type}.
     *
     * @param problems receives one entry per member that was reported as an error
     */
    List<ColumnCandidate> of(TypeElement type, List<Element> problems) {
        DeclaredType owner = (DeclaredType) type.asType();
        return type.getKind() == ElementKind.RECORD ? ofRecord(type, owner) : ofClass(type, owner, problems);
    }

    private List<ColumnCandidate> ofRecord(TypeElement type, DeclaredType owner) {
        // javac cannot place diagnostics on record components (they have no position of their own), so the
        // component's private field stands for it: it carries the component's annotations and position.
        Map<String, Element> fields = new LinkedHashMap<>();
        for (Element e : type.getEnclosedElements()) {
            if (e.getKind() == ElementKind.FIELD && !e.getModifiers().contains(Modifier.STATIC)) {
                fields.put(e.getSimpleName().toString(), e);
            }
        }
        List<ColumnCandidate> out = new ArrayList<>();
        for (RecordComponentElement component : type.getRecordComponents()) {
            String name = component.getSimpleName().toString();
            ExecutableElement accessor = component.getAccessor();
            Element field = fields.getOrDefault(name, component);
            if (ignored(component) || ignored(field) || ignored(accessor)) {
                continue;
            }
            TypeMirror valueType = ((ExecutableType) types.asMemberOf(owner, accessor)).getReturnType();
            out.add(new ColumnCandidate(name, new MemberRef(name, true), valueType, field, accessor));
        }
        return out;
    }

    private List<ColumnCandidate> ofClass(TypeElement type, DeclaredType owner, List<Element> problems) {
        PackageElement from = Access.packageOf(type);
        Map<String, Element> members = membersTopDown(type);
        Map<String, VariableElement> fields = new LinkedHashMap<>();
        for (Element member : members.values()) {
            if (member instanceof VariableElement field) {
                fields.put(field.getSimpleName().toString(), field);
            }
        }

        List<ColumnCandidate> out = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (Element member : members.values()) {
            if (!(member instanceof ExecutableElement method)) {
                continue;
            }
            TypeMirror valueType = ((ExecutableType) types.asMemberOf(owner, method)).getReturnType();
            String property = getterProperty(method, valueType);
            if (property == null) {
                continue;
            }
            if (!Access.readable(method, from)) {
                reportIfRequested(method, problems);
                continue;
            }
            covered.add(property);
            VariableElement backing = fields.get(property);
            if (ignored(method) || ignored(backing)) {
                continue;
            }
            String name = method.getSimpleName().toString();
            out.add(new ColumnCandidate(property, new MemberRef(name, true), valueType, method, backing));
        }
        for (VariableElement field : fields.values()) {
            String name = field.getSimpleName().toString();
            if (covered.contains(name) || ignored(field)) {
                continue;
            }
            if (!Access.readable(field, from)) {
                reportIfRequested(field, problems);
                continue;
            }
            out.add(new ColumnCandidate(name, new MemberRef(name, false), types.asMemberOf(owner, field), field, null));
        }
        return out;
    }

    /**
     * Non-static fields and no-argument methods of {@code type} and its superclasses (not {@code Object}),
     * superclasses first; a member redeclared in a subclass keeps its first position but uses the
     * subclass's declaration (and annotations).
     */
    private Map<String, Element> membersTopDown(TypeElement type) {
        List<TypeElement> chain = new ArrayList<>();
        for (TypeElement t = type; t != null; t = superclassOf(t)) {
            chain.add(0, t);
        }
        Map<String, Element> members = new LinkedHashMap<>();
        for (TypeElement t : chain) {
            for (Element e : t.getEnclosedElements()) {
                if (e.getModifiers().contains(Modifier.STATIC)) {
                    continue;
                }
                if (e.getKind() == ElementKind.FIELD) {
                    members.put("f:" + e.getSimpleName(), e);
                } else if (e.getKind() == ElementKind.METHOD && ((ExecutableElement) e).getParameters().isEmpty()) {
                    members.put("m:" + e.getSimpleName(), e);
                }
            }
        }
        return members;
    }

    private TypeElement superclassOf(TypeElement type) {
        TypeMirror superclass = type.getSuperclass();
        if (superclass.getKind() == TypeKind.ERROR) {
            throw new UnresolvedTypeException(superclass.toString()); // its getters are columns too
        }
        if (superclass.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement element = (TypeElement) types.asElement(superclass);
        return element.getQualifiedName().contentEquals("java.lang.Object") ? null : element;
    }

    /** The property a no-argument method reads, or {@code null} if it is not a getter. */
    private static String getterProperty(ExecutableElement method, TypeMirror valueType) {
        if (valueType.getKind() == TypeKind.VOID
                || !method.getTypeParameters().isEmpty()
                || method.getSimpleName().contentEquals("getClass")) {
            return null;
        }
        boolean bool = valueType.getKind() == TypeKind.BOOLEAN || Mirrors.isType(valueType, "java.lang.Boolean");
        return Names.propertyOf(method.getSimpleName().toString(), bool);
    }

    private void reportIfRequested(Element member, List<Element> problems) {
        if (member.getAnnotation(PgColumn.class) != null && !ignored(member)) {
            reporter.error(
                    new Location(member, Mirrors.annotation(member, PgColumn.class)),
                    Messages.COLUMN_INACCESSIBLE,
                    member.getEnclosingElement().getSimpleName() + "." + member.getSimpleName());
            problems.add(member);
        }
    }

    private static boolean ignored(Element element) {
        return element != null && element.getAnnotation(PgIgnore.class) != null;
    }
}
