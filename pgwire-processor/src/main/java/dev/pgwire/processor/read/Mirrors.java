package dev.pgwire.processor.read;

import java.lang.annotation.Annotation;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.SimpleTypeVisitor14;

/** Small helpers over {@code javax.lang.model} mirrors. */
final class Mirrors {
    private Mirrors() {}

    /** The mirror of {@code annotation} on {@code element}, or {@code null}; used to place diagnostics. */
    static AnnotationMirror annotation(Element element, Class<? extends Annotation> annotation) {
        if (element == null) {
            return null;
        }
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(annotation.getCanonicalName())) {
                return mirror;
            }
        }
        return null;
    }

    /** Whether {@code type} is a declared type of {@code qualifiedName} (any type arguments). */
    static boolean isType(TypeMirror type, String qualifiedName) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualifiedName);
    }

    /**
     * Whether {@code type} mentions a type javac could not resolve (yet): another processor may generate it
     * in a later round.
     */
    static boolean unresolved(TypeMirror type) {
        return type.accept(UNRESOLVED, null);
    }

    private static final SimpleTypeVisitor14<Boolean, Void> UNRESOLVED = new SimpleTypeVisitor14<>(false) {
        @Override
        public Boolean visitError(javax.lang.model.type.ErrorType t, Void unused) {
            return true;
        }

        @Override
        public Boolean visitDeclared(DeclaredType t, Void unused) {
            return t.getTypeArguments().stream().anyMatch(Mirrors::unresolved);
        }

        @Override
        public Boolean visitArray(javax.lang.model.type.ArrayType t, Void unused) {
            return unresolved(t.getComponentType());
        }

        @Override
        public Boolean visitWildcard(WildcardType t, Void unused) {
            return (t.getExtendsBound() != null && unresolved(t.getExtendsBound()))
                    || (t.getSuperBound() != null && unresolved(t.getSuperBound()));
        }
    };
}
