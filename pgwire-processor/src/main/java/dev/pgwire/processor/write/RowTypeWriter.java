package dev.pgwire.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.pgwire.processor.model.ColumnModel;
import dev.pgwire.processor.model.RowTypeModel;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Foo_PgRowType}: the column list, built once, and an extractor that reads every column with a
 * direct accessor call, converting through {@code Values} where the engine's representation differs, plus one
 * helper per nested record that jsonb columns hold.
 */
public final class RowTypeWriter {
    private static final TypeName COLUMNS_TYPE = ParameterizedTypeName.get(ClassName.get(List.class), Spi.COLUMN);

    private final GeneratedFiles generated;

    public RowTypeWriter(GeneratedFiles generated) {
        this.generated = generated;
    }

    /** The descriptor source for {@code rowType}, generated from {@code origin}. */
    public JavaFile write(RowTypeModel rowType, Element origin) {
        ClassName self = rowType.descriptor();
        ClassName row = rowType.javaType();
        TypeSpec.Builder type = generated.classBuilder(self, origin)
                .addJavadoc("Columns of {@link $T} and their reflection-free extractor.\n", row)
                .addModifiers(Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(Spi.ROW_TYPE, row))
                .addField(FieldSpec.builder(self, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", self)
                        .build())
                .addField(FieldSpec.builder(COLUMNS_TYPE, "COLUMNS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer(columns(rowType.columns()))
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("javaType")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(Class.class), row))
                        .addStatement("return $T.class", row)
                        .build())
                .addMethod(MethodSpec.methodBuilder("columns")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(COLUMNS_TYPE)
                        .addStatement("return COLUMNS")
                        .build());
        JsonHelpers helpers = new JsonHelpers();
        type.addMethod(extract(rowType, helpers));
        helpers.methods().forEach(type::addMethod);
        if (rowType.publicDescriptor()) {
            type.addModifiers(Modifier.PUBLIC);
        }
        return GeneratedFiles.file(self, type.build());
    }

    private static CodeBlock columns(List<ColumnModel> columns) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.of(", List.class).indent().indent();
        for (int i = 0; i < columns.size(); i++) {
            ColumnModel c = columns.get(i);
            code.add(i == 0 ? "\n" : ",\n")
                    .add("new $T($S, $T.$L, $L, $L, $L, $L, $L, $S",
                            Spi.COLUMN,
                            c.name(),
                            Spi.COLUMN_TYPE,
                            c.sqlType().name(),
                            c.length() > 0 ? c.length() : -1,
                            c.precision(),
                            c.precision() > 0 ? c.scale() : 0,
                            c.nullable(),
                            c.primaryKey(),
                            c.description());
            if (c.references() != null) {
                code.add(",\n$>$>new $T($S, $S, $S)$<$<", Spi.FOREIGN_KEY, c.references().schema(),
                        c.references().table(), c.references().column());
            }
            code.add(")");
        }
        return code.add(")").unindent().unindent().build();
    }

    private static MethodSpec extract(RowTypeModel rowType, JsonHelpers helpers) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("extract")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(rowType.javaType(), "row")
                .addParameter(ArrayTypeName.of(Object.class), "out");
        List<ColumnModel> columns = rowType.columns();
        for (int i = 0; i < columns.size(); i++) {
            ColumnModel c = columns.get(i);
            CodeBlock read = CodeBlock.of("$L", c.member().access("row"));
            method.addStatement("out[$L] = $L", i, helpers.render(c.mapping().steps(), read));
        }
        return method.build();
    }
}
