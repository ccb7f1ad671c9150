package dev.pgwire.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.pgwire.processor.model.SourceModel;
import dev.pgwire.processor.model.SourceShape;
import dev.pgwire.processor.model.TableOwnerModel;
import java.util.List;
import java.util.function.Supplier;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Bar_PgTables}: the {@code TableSource}s of {@code Bar}'s static members, and a nested
 * {@code Binding} ({@code InstanceBinding<Bar>}) that builds the tables of a registered instance. Each table
 * reads its member afresh on every scan, so queries see the collection as it is now.
 */
public final class TablesWriter {
    static final String STATIC_TABLES = "staticTables";
    static final String BINDING = "Binding";

    private static final TypeName TABLE_LIST = ParameterizedTypeName.get(
            ClassName.get(List.class), ParameterizedTypeName.get(Spi.TABLE_SOURCE, WildcardTypeName.subtypeOf(Object.class)));

    private final GeneratedFiles generated;

    public TablesWriter(GeneratedFiles generated) {
        this.generated = generated;
    }

    /** The tables class for {@code owner}, generated from {@code origin}. */
    public JavaFile write(TableOwnerModel owner, Element origin) {
        TypeSpec.Builder type = generated.classBuilder(owner.tablesClass(), origin)
                .addJavadoc("The tables declared by {@link $T}.\n", owner.owner())
                .addModifiers(Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        if (owner.hasStaticSources()) {
            type.addMethod(MethodSpec.methodBuilder(STATIC_TABLES)
                    .addJavadoc("Tables backed by static members.\n")
                    .addModifiers(Modifier.STATIC)
                    .returns(TABLE_LIST)
                    .addStatement("return $L", tableList(owner, CodeBlock.of("$T", owner.owner()), true))
                    .build());
        }
        if (owner.hasInstanceSources()) {
            type.addType(binding(owner));
        }
        if (owner.sources().stream().anyMatch(SourceModel::supplied)) {
            type.addMethod(supplierGetter());
        }
        return GeneratedFiles.file(owner.tablesClass(), type.build());
    }

    private static TypeSpec binding(TableOwnerModel owner) {
        TypeName ownerType = owner.ownerType();
        TypeName classOfOwner = ParameterizedTypeName.get(ClassName.get(Class.class), ownerType);
        MethodSpec.Builder ownerTypeMethod = MethodSpec.methodBuilder("ownerType")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(classOfOwner);
        if (ownerType.equals(owner.owner())) {
            ownerTypeMethod.addStatement("return $T.class", owner.owner());
        } else {
            // Bar<?>.class does not exist; the class literal of a generic class is Class<Bar>.
            ownerTypeMethod
                    .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                            .addMember("value", "$S", "unchecked")
                            .build())
                    .addStatement("return ($T) ($T<?>) $T.class", classOfOwner, Class.class, owner.owner());
        }
        return TypeSpec.classBuilder(BINDING)
                .addJavadoc("Tables of one registered {@link $T}.\n", owner.owner())
                .addModifiers(Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(Spi.INSTANCE_BINDING, ownerType))
                .addMethod(ownerTypeMethod.build())
                .addMethod(MethodSpec.methodBuilder("tables")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(ownerType, "instance")
                        .returns(TABLE_LIST)
                        .addStatement("return $L", tableList(owner, CodeBlock.of("instance"), false))
                        .build())
                .build();
    }

    /** {@code List.of(new TableSource<>(...), ...)} over the static or the instance sources. */
    private static CodeBlock tableList(TableOwnerModel owner, CodeBlock receiver, boolean statics) {
        // Statement continuation lines are already indented twice by JavaPoet.
        CodeBlock.Builder code = CodeBlock.builder().add("$T.of(", List.class);
        boolean first = true;
        for (SourceModel source : owner.sources()) {
            if (source.isStatic() != statics) {
                continue;
            }
            code.add(first ? "\n" : ",\n").add(tableSource(source, receiver));
            first = false;
        }
        return code.add(")").build();
    }

    private static CodeBlock tableSource(SourceModel source, CodeBlock receiver) {
        CodeBlock read = CodeBlock.of("$L.$L", receiver, source.member());
        if (source.supplied()) {
            read = CodeBlock.of("get($L)", read);
        }
        CodeBlock rows = source.shape() == SourceShape.MAP_VALUES && source.mapKey() != null
                // The runtime reads the map by key when its keys are the primary key's values.
                ? CodeBlock.of("$T.ofKeyedMap($T.class, () -> $L)", Spi.ROWS, source.mapKey(), read)
                : CodeBlock.of("$T.$L(() -> $L)", Spi.ROWS, source.shape().factory(), read);
        return CodeBlock.of("new $T<>($S, $S, $S,\n$>$>$T.INSTANCE, $L)$<$<",
                Spi.TABLE_SOURCE,
                source.schema(),
                source.name(),
                source.description(),
                source.descriptor(),
                rows);
    }

    /** Reads a {@code Supplier} source; a null supplier reads as no rows, like a null collection. */
    private static MethodSpec supplierGetter() {
        TypeVariableName t = TypeVariableName.get("T");
        return MethodSpec.methodBuilder("get")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addTypeVariable(t)
                .addParameter(ParameterizedTypeName.get(ClassName.get(Supplier.class), WildcardTypeName.subtypeOf(t)),
                        "supplier")
                .returns(t)
                .addStatement("return supplier == null ? null : supplier.get()")
                .build();
    }
}
