package dev.pgwire.processor.read;

import com.palantir.javapoet.ClassName;
import dev.pgwire.annotations.PgColumn;
import dev.pgwire.annotations.PgIgnore;
import dev.pgwire.processor.diag.Messages;
import dev.pgwire.processor.model.ColumnMapping;
import dev.pgwire.processor.model.ColumnMapping.Facet;
import dev.pgwire.processor.model.MemberRef;
import dev.pgwire.processor.model.NestedRecord;
import dev.pgwire.processor.model.SqlType;
import dev.pgwire.processor.model.ValueStep;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Maps a member's Java type to a column: scalars ({@link ColumnTypes}); {@code Optional}s of anything mappable and
 * {@code OptionalInt}/{@code Long}/{@code Double} as the nullable type; {@code List}s, {@code Set}s (any
 * {@code Collection}) and arrays of scalars as one-dimensional arrays; {@code Map}s with {@code String} keys,
 * records, collections of those, and {@code String}s marked {@code @PgColumn(type = "jsonb")} as jsonb.
 */
final class TypeMapper {
    /** The {@code @PgColumn(type)} value that marks a String as JSON text. */
    static final String JSONB = "jsonb";

    private final Types types;
    private final TypeMirror collection;
    private final TypeMirror map;
    private final TypeMirror object;

    TypeMapper(Types types, Elements elements) {
        this.types = types;
        this.collection = types.erasure(elements.getTypeElement("java.util.Collection").asType());
        this.map = types.erasure(elements.getTypeElement("java.util.Map").asType());
        this.object = elements.getTypeElement("java.lang.Object").asType();
    }

    /** A mapping, or the diagnostic (with its arguments) that explains why there is none. */
    record Result(ColumnMapping mapping, Messages error, Object... args) {
        static Result of(ColumnMapping mapping) {
            return new Result(mapping, null);
        }

        static Result fail(Messages error, Object... args) {
            return new Result(null, error, args);
        }
    }

    /**
     * The column mapping of {@code type}.
     *
     * @param column  the column's name, for diagnostics
     * @param sqlType {@code @PgColumn(type)}, empty when not given
     */
    Result map(TypeMirror type, String column, String sqlType) {
        Optional<ColumnMapping> primitiveOptional = primitiveOptional(type);
        if (primitiveOptional.isPresent() && sqlType.isEmpty()) {
            return Result.of(primitiveOptional.get());
        }
        if (Mirrors.isType(type, "java.util.Optional")) {
            TypeMirror inner = typeArgument(type, 0);
            if (inner == null || Mirrors.isType(inner, "java.util.Optional")) {
                return Result.fail(Messages.COLUMN_TYPE_UNSUPPORTED, type, column, ColumnTypes.supported());
            }
            Result r = map(inner, column, sqlType);
            if (r.mapping() == null) {
                return r;
            }
            ColumnMapping m = r.mapping();
            return Result.of(new ColumnMapping(m.type(), prepend(new ValueStep.Call("orNull"), m.steps()), false,
                    m.facet()));
        }
        if (!sqlType.isEmpty()) {
            if (sqlType.equals(JSONB) && Mirrors.isType(type, "java.lang.String")) {
                return Result.of(ColumnMapping.of(SqlType.JSONB, "jsonbText", false, Facet.NONE));
            }
            return Result.fail(Messages.COLUMN_SQL_TYPE_UNSUPPORTED, column, sqlType, type);
        }
        Optional<ColumnMapping> scalar = ColumnTypes.map(type);
        if (scalar.isPresent()) {
            return Result.of(scalar.get());
        }
        TypeMirror element = elementOf(type);
        if (element != null) {
            return array(type, element, column);
        }
        if (isRecord(type) || isMap(type)) {
            return jsonb(type, column);
        }
        return Result.fail(Messages.COLUMN_TYPE_UNSUPPORTED, type, column, ColumnTypes.supported());
    }

    private Result jsonb(TypeMirror type, String column) {
        List<ValueStep> steps = new ArrayList<>();
        String problem = json(type, steps, new ArrayDeque<>());
        if (problem != null) {
            return Result.fail(Messages.COLUMN_JSON_UNSUPPORTED, column, type, problem);
        }
        steps.add(new ValueStep.Call("jsonb"));
        return Result.of(new ColumnMapping(SqlType.JSONB, steps, false, Facet.NONE));
    }

    private Result array(TypeMirror type, TypeMirror element, String column) {
        Optional<ColumnMapping> scalar = ColumnTypes.map(element);
        if (scalar.isPresent() && scalar.get().type().arrayType() != null) {
            ColumnMapping e = scalar.get();
            // Primitive arrays have one Values.list overload each, which also converts char to text.
            List<ValueStep> steps = element.getKind().isPrimitive()
                    ? List.of(new ValueStep.Call("list"))
                    : List.of(new ValueStep.Each(e.steps()));
            return Result.of(new ColumnMapping(e.type().arrayType(), steps, false, e.facet()));
        }
        if (isRecord(element) || isMap(element)) {
            return jsonb(type, column);
        }
        return Result.fail(Messages.COLUMN_ELEMENT_UNSUPPORTED, column, element, ColumnTypes.supported());
    }

    private static Optional<ColumnMapping> primitiveOptional(TypeMirror type) {
        if (Mirrors.isType(type, "java.util.OptionalInt")) {
            return Optional.of(ColumnMapping.of(SqlType.INT4, "int4", false, Facet.NONE));
        }
        if (Mirrors.isType(type, "java.util.OptionalLong")) {
            return Optional.of(ColumnMapping.of(SqlType.INT8, "int8", false, Facet.NONE));
        }
        if (Mirrors.isType(type, "java.util.OptionalDouble")) {
            return Optional.of(ColumnMapping.of(SqlType.FLOAT8, "float8", false, Facet.NONE));
        }
        return Optional.empty();
    }

    /**
     * Adds the steps that make a value of {@code type} printable by the runtime's JSON writer (which handles
     * scalars, maps, collections, arrays and optionals itself; records need generated code) and returns null, or
     * returns what cannot be written.
     */
    private String json(TypeMirror type, List<ValueStep> steps, Deque<String> enclosing) {
        if (type.getKind().isPrimitive() || type.getKind() == TypeKind.WILDCARD && unbounded(type)) {
            return null;
        }
        if (type.getKind() == TypeKind.WILDCARD) {
            return json(bound(type), steps, enclosing);
        }
        if (type.getKind() == TypeKind.ARRAY) {
            return jsonElements(((ArrayType) type).getComponentType(), steps, enclosing);
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return type + " is not a concrete type";
        }
        if (Mirrors.isType(type, "java.lang.Object") || ColumnTypes.map(type).isPresent()
                || primitiveOptional(type).isPresent()) {
            return null;
        }
        if (Mirrors.isType(type, "java.util.Optional")) {
            TypeMirror inner = typeArgument(type, 0);
            if (inner == null) {
                return type + " has no type argument";
            }
            List<ValueStep> innerSteps = new ArrayList<>();
            String problem = json(inner, innerSteps, enclosing);
            if (problem == null && !innerSteps.isEmpty()) {
                steps.add(new ValueStep.Call("orNull"));
                steps.addAll(innerSteps);
            }
            return problem;
        }
        if (isCollection(type)) {
            return jsonElements(elementArgument(type), steps, enclosing);
        }
        if (isMap(type)) {
            TypeMirror key = typeArgument(type, 0);
            TypeMirror value = valueArgument(type, 1);
            if (key == null || value == null || !Mirrors.isType(key, "java.lang.String")) {
                return type + " does not have String keys";
            }
            List<ValueStep> valueSteps = new ArrayList<>();
            String problem = json(value, valueSteps, enclosing);
            if (problem == null && !valueSteps.isEmpty()) {
                steps.add(new ValueStep.EachValue(valueSteps));
            }
            return problem;
        }
        if (isRecord(type)) {
            return record((TypeElement) ((DeclaredType) type).asElement(), steps, enclosing);
        }
        return type + " is neither a record, a map, a collection nor a scalar";
    }

    private String jsonElements(TypeMirror element, List<ValueStep> steps, Deque<String> enclosing) {
        List<ValueStep> elementSteps = new ArrayList<>();
        String problem = json(element, elementSteps, enclosing);
        if (problem == null && !elementSteps.isEmpty()) {
            steps.add(new ValueStep.Each(elementSteps));
        }
        return problem;
    }

    private String record(TypeElement record, List<ValueStep> steps, Deque<String> enclosing) {
        String name = record.getQualifiedName().toString();
        if (enclosing.contains(name)) {
            return "record " + name + " contains itself";
        }
        if (!record.getTypeParameters().isEmpty()) {
            return "record " + name + " has type parameters";
        }
        for (Element e = record; e instanceof TypeElement; e = e.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                return "record " + name + " is private";
            }
        }
        enclosing.push(name);
        List<NestedRecord.Field> fields = new ArrayList<>();
        for (RecordComponentElement component : record.getRecordComponents()) {
            if (component.getAnnotation(PgIgnore.class) != null
                    || component.getAccessor().getAnnotation(PgIgnore.class) != null) {
                continue;
            }
            List<ValueStep> componentSteps = new ArrayList<>();
            String problem = json(component.asType(), componentSteps, enclosing);
            if (problem != null) {
                enclosing.pop();
                return problem;
            }
            PgColumn column = component.getAnnotation(PgColumn.class);
            String key = column != null && !column.name().isEmpty() ? column.name()
                    : component.getSimpleName().toString();
            fields.add(new NestedRecord.Field(key, new MemberRef(component.getAccessor().getSimpleName().toString(),
                    true), componentSteps));
        }
        enclosing.pop();
        steps.add(new ValueStep.ToMap(new NestedRecord(ClassName.get(record), fields)));
        return null;
    }

    /** The element type of an array (other than {@code byte[]}, which is bytea) or a collection; else null. */
    private TypeMirror elementOf(TypeMirror type) {
        if (type.getKind() == TypeKind.ARRAY) {
            return ((ArrayType) type).getComponentType();
        }
        return isCollection(type) ? elementArgument(type) : null;
    }

    private boolean isCollection(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED && types.isAssignable(types.erasure(type), collection);
    }

    private boolean isMap(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED && types.isAssignable(types.erasure(type), map);
    }

    private static boolean isRecord(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED
                && ((DeclaredType) type).asElement().getKind() == ElementKind.RECORD;
    }

    /**
     * Type argument {@code index} as written ({@code ? extends X} gives X), or null when raw. Only for the
     * interfaces' own parameters: collections and maps declared with their usual type parameters.
     */
    private static TypeMirror typeArgument(TypeMirror type, int index) {
        List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
        if (args.size() <= index) {
            return null;
        }
        TypeMirror arg = args.get(index);
        if (arg.getKind() == TypeKind.WILDCARD) {
            return unbounded(arg) ? null : bound(arg);
        }
        return arg;
    }

    /** A collection's element type; {@code ?} and raw types give Object, which no array can hold. */
    private TypeMirror elementArgument(TypeMirror type) {
        return valueArgument(type, 0);
    }

    private TypeMirror valueArgument(TypeMirror type, int index) {
        TypeMirror arg = typeArgument(type, index);
        return arg == null ? object : arg;
    }

    private static boolean unbounded(TypeMirror wildcard) {
        WildcardType w = (WildcardType) wildcard;
        return w.getExtendsBound() == null;
    }

    private static TypeMirror bound(TypeMirror wildcard) {
        return ((WildcardType) wildcard).getExtendsBound();
    }

    private static List<ValueStep> prepend(ValueStep first, List<ValueStep> rest) {
        List<ValueStep> out = new ArrayList<>(rest.size() + 1);
        out.add(first);
        out.addAll(rest);
        return out;
    }
}
