package dev.pgwire.processor.read;

import dev.pgwire.processor.model.ColumnMapping;
import dev.pgwire.processor.model.ColumnMapping.Facet;
import dev.pgwire.processor.model.SqlType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The Java type → SQL type table of scalars. Rules are tried in order; shapes built from scalars (arrays, lists,
 * {@code Optional}, jsonb) are {@link TypeMapper}'s.
 */
public final class ColumnTypes {
    /** Maps some Java types to columns. */
    @FunctionalInterface
    interface TypeRule {
        Optional<ColumnMapping> map(TypeMirror type);
    }

    /** Exact types, keyed by {@link #key(TypeMirror)}; display order of the "supported" list. */
    private static final Map<String, ColumnMapping> KNOWN = new LinkedHashMap<>();

    static {
        primitive("boolean", "java.lang.Boolean", SqlType.BOOL, "");
        primitive("byte", "java.lang.Byte", SqlType.INT2, "int2");
        primitive("short", "java.lang.Short", SqlType.INT2, "");
        primitive("int", "java.lang.Integer", SqlType.INT4, "");
        primitive("long", "java.lang.Long", SqlType.INT8, "");
        primitive("float", "java.lang.Float", SqlType.FLOAT4, "");
        primitive("double", "java.lang.Double", SqlType.FLOAT8, "");
        primitive("char", "java.lang.Character", SqlType.CHAR, "text");
        object("java.math.BigDecimal", SqlType.NUMERIC, "", Facet.PRECISION);
        object("java.math.BigInteger", SqlType.NUMERIC, "numeric", Facet.PRECISION);
        object("java.lang.String", SqlType.TEXT, "", Facet.LENGTH);
        object("byte[]", SqlType.BYTEA, "", Facet.NONE);
        object("java.util.UUID", SqlType.UUID, "", Facet.NONE);
        object("java.time.LocalDate", SqlType.DATE, "date", Facet.NONE);
        object("java.time.LocalTime", SqlType.TIME, "time", Facet.NONE);
        object("java.time.LocalDateTime", SqlType.TIMESTAMP, "timestamp", Facet.NONE);
        object("java.time.Instant", SqlType.TIMESTAMPTZ, "timestamptz", Facet.NONE);
        object("java.time.OffsetDateTime", SqlType.TIMESTAMPTZ, "timestamptz", Facet.NONE);
        object("java.time.ZonedDateTime", SqlType.TIMESTAMPTZ, "timestamptz", Facet.NONE);
        object("java.time.OffsetTime", SqlType.TIMETZ, "timetz", Facet.NONE);
        object("java.time.Duration", SqlType.INTERVAL, "interval", Facet.NONE);
        object("java.time.Period", SqlType.INTERVAL, "interval", Facet.NONE);
        object("java.net.InetAddress", SqlType.INET, "inet", Facet.NONE);
        object("java.net.Inet4Address", SqlType.INET, "inet", Facet.NONE);
        object("java.net.Inet6Address", SqlType.INET, "inet", Facet.NONE);
    }

    private static final List<TypeRule> RULES = List.of(
            type -> Optional.ofNullable(KNOWN.get(key(type))),
            ColumnTypes::enumRule);

    private ColumnTypes() {}

    /** The column mapping of scalar {@code type}, or empty when it is not a supported scalar. */
    public static Optional<ColumnMapping> map(TypeMirror type) {
        for (TypeRule rule : RULES) {
            Optional<ColumnMapping> mapping = rule.map(type);
            if (mapping.isPresent()) {
                return mapping;
            }
        }
        return Optional.empty();
    }

    /** The supported Java types, for the "unsupported column type" message. */
    public static String supported() {
        return KNOWN.keySet().stream()
                        .filter(k -> !k.startsWith("java.net.Inet") || k.equals("java.net.InetAddress"))
                        .map(k -> k.substring(k.lastIndexOf('.') + 1))
                        .collect(Collectors.joining(", "))
                + ", enums; List, Set or arrays of those; Optional of any; Map<String, ?> and records (jsonb)";
    }

    private static Optional<ColumnMapping> enumRule(TypeMirror type) {
        if (type.getKind() == TypeKind.DECLARED
                && ((DeclaredType) type).asElement().getKind() == ElementKind.ENUM) {
            return Optional.of(ColumnMapping.of(SqlType.TEXT, "text", false, Facet.NONE));
        }
        return Optional.empty();
    }

    /** {@code int}, {@code java.lang.String}, {@code byte[]}; type arguments and annotations are ignored. */
    static String key(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return type.getKind().name().toLowerCase(java.util.Locale.ROOT);
        }
        if (type.getKind() == TypeKind.DECLARED) {
            return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
        }
        if (type.getKind() == TypeKind.ARRAY) {
            String component = key(((ArrayType) type).getComponentType());
            return component == null ? null : component + "[]";
        }
        return null;
    }

    private static void primitive(String primitive, String wrapper, SqlType type, String conversion) {
        KNOWN.put(primitive, ColumnMapping.of(type, conversion, true, Facet.NONE));
        KNOWN.put(wrapper, ColumnMapping.of(type, conversion, false, Facet.NONE));
    }

    private static void object(String name, SqlType type, String conversion, Facet facet) {
        KNOWN.put(name, ColumnMapping.of(type, conversion, false, facet));
    }
}
