package dev.pgwire.processor.read;

import dev.pgwire.processor.diag.ErrorReporter;
import dev.pgwire.processor.diag.Location;
import dev.pgwire.processor.diag.Messages;
import dev.pgwire.processor.model.SourceShape;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Recognises the container a source holds its rows in and finds the row type inside it. The checks run in
 * this order: {@code Supplier} (unwrapped once), arrays, {@code Stream}, {@code Map} (values), {@code Collection},
 * {@code Iterable}; subtypes count ({@code class Orders extends ArrayList<Order>} is a collection of orders).
 * A row type argument may be {@code ? extends R}, which reads as {@code R}.
 */
final class SourceShapes {
    /**
     * A recognised source type.
     *
     * @param shape    the container
     * @param supplied whether it is wrapped in a {@code Supplier}
     * @param row      the row type (a declared type)
     * @param mapKey   for a map, its key type when that is a plain class ({@code Map<Long, R>}), else null
     */
    record Resolved(SourceShape shape, boolean supplied, DeclaredType row, DeclaredType mapKey) {}

    /** Map key classes a primary-key lookup can use: the engine's classes for int2/int4/int8, text and uuid. */
    private static final Set<String> LOOKUP_KEYS = Set.of(
            "java.lang.Short", "java.lang.Integer", "java.lang.Long", "java.lang.String", "java.util.UUID");

    private final Types types;
    private final Elements elements;
    private final ErrorReporter reporter;

    SourceShapes(Types types, Elements elements, ErrorReporter reporter) {
        this.types = types;
        this.elements = elements;
        this.reporter = reporter;
    }

    /**
     * Resolves {@code type}, or reports why it is not a source and returns empty.
     *
     * @param field  whether the source is a field (a field cannot hold a one-shot {@code Stream})
     * @param source the source's name, for messages
     */
    Optional<Resolved> resolve(TypeMirror type, boolean field, Location at, String source) {
        TypeMirror container = type;
        boolean supplied = false;
        if (isA(container, "java.util.function.Supplier")) {
            Optional<TypeMirror> inner = argument(container, "java.util.function.Supplier", 0, at, source);
            if (inner.isEmpty()) {
                return Optional.empty();
            }
            container = inner.get();
            supplied = true;
        }
        if (container.getKind() == TypeKind.ARRAY) {
            TypeMirror component = ((ArrayType) container).getComponentType();
            if (component.getKind().isPrimitive()) {
                reporter.error(at, Messages.SOURCE_NO_ROWS, source, type);
                return Optional.empty();
            }
            return row(component, SourceShape.ARRAY, supplied, at, source);
        }
        if (isA(container, "java.util.stream.Stream")) {
            if (field && !supplied) {
                reporter.error(at, Messages.SOURCE_STREAM_FIELD, source);
                return Optional.empty();
            }
            return shaped(container, "java.util.stream.Stream", 0, SourceShape.STREAM, supplied, at, source);
        }
        if (isA(container, "java.util.Map")) {
            DeclaredType key = mapKey(container);
            return shaped(container, "java.util.Map", 1, SourceShape.MAP_VALUES, supplied, at, source)
                    .map(r -> new Resolved(r.shape(), r.supplied(), r.row(), key));
        }
        if (isA(container, "java.util.Collection")) {
            return shaped(container, "java.util.Collection", 0, SourceShape.COLLECTION, supplied, at, source);
        }
        if (isA(container, "java.lang.Iterable")) {
            return shaped(container, "java.lang.Iterable", 0, SourceShape.ITERABLE, supplied, at, source);
        }
        reporter.error(at, Messages.SOURCE_NO_ROWS, source, type);
        return Optional.empty();
    }

    private Optional<Resolved> shaped(
            TypeMirror container, String target, int index, SourceShape shape, boolean supplied, Location at,
            String source) {
        return argument(container, target, index, at, source).flatMap(row -> row(row, shape, supplied, at, source));
    }

    private Optional<Resolved> row(TypeMirror row, SourceShape shape, boolean supplied, Location at, String source) {
        if (row.getKind() == TypeKind.TYPEVAR) {
            reporter.error(at, Messages.SOURCE_TYPE_VARIABLE, source, row);
            return Optional.empty();
        }
        if (row.getKind() != TypeKind.DECLARED) {
            reporter.error(at, Messages.SOURCE_ROW_TYPE_KIND, source, row);
            return Optional.empty();
        }
        return Optional.of(new Resolved(shape, supplied, (DeclaredType) row, null));
    }

    /**
     * The key type of a map type when it is one the runtime can look primary keys up with (the classes of
     * integer, text and uuid column values); null otherwise.
     */
    private DeclaredType mapKey(TypeMirror map) {
        DeclaredType found = supertype(map, elements.getTypeElement("java.util.Map"));
        if (found == null || found.getTypeArguments().isEmpty()) {
            return null;
        }
        TypeMirror key = found.getTypeArguments().get(0);
        if (key.getKind() != TypeKind.DECLARED) {
            return null;
        }
        String name = ((TypeElement) types.asElement(key)).getQualifiedName().toString();
        return LOOKUP_KEYS.contains(name) ? (DeclaredType) key : null;
    }

    /**
     * Type argument {@code index} of {@code target} as a supertype of {@code type}, with {@code ? extends X}
     * read as {@code X}; empty after reporting a raw type or another wildcard.
     */
    private Optional<TypeMirror> argument(TypeMirror type, String target, int index, Location at, String source) {
        DeclaredType found = supertype(type, elements.getTypeElement(target));
        if (found == null || found.getTypeArguments().isEmpty()) {
            reporter.error(at, Messages.SOURCE_RAW_TYPE, source, type);
            return Optional.empty();
        }
        TypeMirror argument = found.getTypeArguments().get(index);
        if (argument.getKind() == TypeKind.WILDCARD) {
            TypeMirror bound = ((WildcardType) argument).getExtendsBound();
            if (bound == null) {
                reporter.error(at, Messages.SOURCE_WILDCARD, source, argument);
                return Optional.empty();
            }
            return Optional.of(bound);
        }
        return Optional.of(argument);
    }

    /** {@code type} viewed as {@code target} (a supertype), or {@code null}. */
    private DeclaredType supertype(TypeMirror type, TypeElement target) {
        Deque<TypeMirror> queue = new ArrayDeque<>(List.of(type));
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            TypeMirror t = queue.poll();
            if (t.getKind() != TypeKind.DECLARED || !seen.add(t.toString())) {
                continue;
            }
            if (types.asElement(t).equals(target)) {
                return (DeclaredType) t;
            }
            queue.addAll(types.directSupertypes(t));
        }
        return null;
    }

    private boolean isA(TypeMirror type, String qualifiedName) {
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        TypeElement target = elements.getTypeElement(qualifiedName);
        return types.isSubtype(types.erasure(type), types.erasure(target.asType()));
    }
}
