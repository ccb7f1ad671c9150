package dev.pgwire.processor.diag;

import java.util.Objects;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Where a diagnostic points: the offending element and, when there is one, the annotation on it, so javac
 * puts its caret on {@code @PgTable}/{@code @PgColumn} rather than on the declaration.
 *
 * @param element    the offending element
 * @param annotation the relevant annotation on it, or {@code null}
 */
public record Location(Element element, AnnotationMirror annotation) {
    public Location {
        Objects.requireNonNull(element, "element");
    }

    /** A location without an annotation. */
    public static Location of(Element element) {
        return new Location(element, null);
    }
}
