package dev.pgwire.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.pgwire.processor.model.TableOwnerModel;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Bar_PgTableProvider}, the public {@code PgTableProvider} that {@code ServiceLoader} instantiates;
 * it hands out what {@code Bar_PgTables} builds.
 */
public final class ProviderWriter {
    private static final TypeName WILDCARD = WildcardTypeName.subtypeOf(Object.class);

    private final GeneratedFiles generated;

    public ProviderWriter(GeneratedFiles generated) {
        this.generated = generated;
    }

    /** The provider class for {@code owner}, generated from {@code origin}. */
    public JavaFile write(TableOwnerModel owner, Element origin) {
        ClassName list = ClassName.get(List.class);
        MethodSpec.Builder statics = MethodSpec.methodBuilder("staticTables")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(list, ParameterizedTypeName.get(Spi.TABLE_SOURCE, WILDCARD)));
        if (owner.hasStaticSources()) {
            statics.addStatement("return $T.$L()", owner.tablesClass(), TablesWriter.STATIC_TABLES);
        } else {
            statics.addStatement("return $T.of()", List.class);
        }
        MethodSpec.Builder bindings = MethodSpec.methodBuilder("instanceBindings")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(list, ParameterizedTypeName.get(Spi.INSTANCE_BINDING, WILDCARD)));
        if (owner.hasInstanceSources()) {
            bindings.addStatement("return $T.of(new $T())", List.class,
                    owner.tablesClass().nestedClass(TablesWriter.BINDING));
        } else {
            bindings.addStatement("return $T.of()", List.class);
        }
        return GeneratedFiles.file(owner.providerClass(), generated.classBuilder(owner.providerClass(), origin)
                .addJavadoc("Registers the tables of {@link $T} with {@link java.util.ServiceLoader}.\n", owner.owner())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(Spi.PG_TABLE_PROVIDER)
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("Called by {@link java.util.ServiceLoader}.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .build())
                .addMethod(statics.build())
                .addMethod(bindings.build())
                .build());
    }
}
