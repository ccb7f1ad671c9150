package dev.pgwire.processor.read;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Visibility rules for generated code, which lives in the package of the row type or declaring class and
 * therefore sees public and package-private members, but not private ones or protected ones inherited from
 * another package.
 */
final class Access {
    private Access() {}

    /** Whether code in {@code type}'s package can name {@code type}: neither it nor an enclosing class is private. */
    static boolean reachable(TypeElement type) {
        for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
            if (t.getModifiers().contains(Modifier.PRIVATE)
                    || t.getNestingKind() == NestingKind.LOCAL
                    || t.getNestingKind() == NestingKind.ANONYMOUS) {
                return false;
            }
        }
        return true;
    }

    /** Whether code in any package can name {@code type}: it and every enclosing class are public. */
    static boolean publicEverywhere(TypeElement type) {
        for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
            if (!t.getModifiers().contains(Modifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    /** Whether generated code in {@code from} can read {@code member} (declared in some class of the hierarchy). */
    static boolean readable(Element member, PackageElement from) {
        if (member.getModifiers().contains(Modifier.PRIVATE)) {
            return false;
        }
        return member.getModifiers().contains(Modifier.PUBLIC) || packageOf(member).equals(from);
    }

    /** Whether {@code type} is a non-static inner class, whose instances need an enclosing instance. */
    static boolean inner(TypeElement type) {
        return type.getNestingKind() == NestingKind.MEMBER
                && type.getKind() == ElementKind.CLASS
                && !type.getModifiers().contains(Modifier.STATIC);
    }

    static PackageElement packageOf(Element element) {
        Element e = element;
        while (!(e instanceof PackageElement)) {
            e = e.getEnclosingElement();
        }
        return (PackageElement) e;
    }
}
