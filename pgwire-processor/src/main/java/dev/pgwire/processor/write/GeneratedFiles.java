package dev.pgwire.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Element;

/** What every generated type has: {@code @Generated}, its originating element and the same file layout. */
final class GeneratedFiles {
    /** The value of {@code @Generated}. */
    static final String GENERATOR = "dev.pgwire.processor.PgTableProcessor";

    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    private GeneratedFiles() {}

    /** A class builder for {@code name}, marked as generated from {@code origin}. */
    static TypeSpec.Builder classBuilder(ClassName name, Element origin) {
        TypeSpec.Builder builder = TypeSpec.classBuilder(name)
                .addAnnotation(AnnotationSpec.builder(GENERATED)
                        .addMember("value", "$S", GENERATOR)
                        .build());
        if (origin != null) {
            builder.addOriginatingElement(origin);
        }
        return builder;
    }

    /** The source file of a top-level generated type. */
    static JavaFile file(ClassName name, TypeSpec type) {
        return JavaFile.builder(name.packageName(), type)
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }
}
