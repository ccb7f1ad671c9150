package dev.pgwire.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Objects;

/**
 * A class that declares {@code @PgTable} sources, and the classes generated for it.
 *
 * @param owner         the declaring class
 * @param ownerType     the declaring class as a type, with {@code <?>} for each type parameter
 * @param tablesClass   generated {@code Bar_PgTables}: builds the table sources
 * @param providerClass generated {@code Bar_PgTableProvider}: the {@code ServiceLoader} entry
 * @param sources       the sources in declaration order
 */
public record TableOwnerModel(
        ClassName owner, TypeName ownerType, ClassName tablesClass, ClassName providerClass, List<SourceModel> sources) {

    public TableOwnerModel {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(ownerType, "ownerType");
        Objects.requireNonNull(tablesClass, "tablesClass");
        Objects.requireNonNull(providerClass, "providerClass");
        sources = List.copyOf(sources);
    }

    /** The model for {@code owner}, with the generated class names derived from it. */
    public static TableOwnerModel of(ClassName owner, TypeName ownerType, List<SourceModel> sources) {
        String flat = String.join("_", owner.simpleNames());
        return new TableOwnerModel(
                owner,
                ownerType,
                ClassName.get(owner.packageName(), flat + "_PgTables"),
                ClassName.get(owner.packageName(), flat + "_PgTableProvider"),
                sources);
    }

    /** Whether any source is static. */
    public boolean hasStaticSources() {
        return sources.stream().anyMatch(SourceModel::isStatic);
    }

    /** Whether any source is an instance member, which needs an {@code InstanceBinding}. */
    public boolean hasInstanceSources() {
        return sources.stream().anyMatch(s -> !s.isStatic());
    }
}
