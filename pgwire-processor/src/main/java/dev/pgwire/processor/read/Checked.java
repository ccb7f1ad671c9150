package dev.pgwire.processor.read;

import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Checked-exception test: generated lambdas and extractors cannot throw checked exceptions. */
final class Checked {
    private Checked() {}

    static boolean isChecked(TypeMirror thrown, Types types, Elements elements) {
        TypeMirror runtime = elements.getTypeElement("java.lang.RuntimeException").asType();
        TypeMirror error = elements.getTypeElement("java.lang.Error").asType();
        return !types.isSubtype(thrown, runtime) && !types.isSubtype(thrown, error);
    }
}
