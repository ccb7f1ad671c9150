package dev.pgwire.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Element;

/**
 * What every generated type has: {@code @Generated} (when the compilation can see it: a module that does not
 * read {@code java.compiler} cannot), its originating element and the same file layout.
 */
public final class GeneratedFiles {
    /** The value of {@code @Generated}. */
    static final String GENERATOR = "dev.pgwire.processor.PgTableProcessor";

    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    private final boolean annotate;

    /** @param annotate whether {@code javax.annotation.processing.Generated} is available to generated code */
    public GeneratedFiles(boolean annotate) {
        this.annotate = annotate;
    }

    /** The annotation's qualified name, to check whether the compilation can see it. */
    public static String generatedAnnotation() {
        return GENERATED.canonicalName();
    }

    /** A class builder for {@code name}, marked as generated from {@code origin}. */
    TypeSpec.Builder classBuilder(ClassName name, Element origin) {
        TypeSpec.Builder builder = TypeSpec.classBuilder(name);
        if (annotate) {
            builder.addAnnotation(AnnotationSpec.builder(GENERATED)
                    .addMember("value", "$S", GENERATOR)
                    .build());
        }
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
