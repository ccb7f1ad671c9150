package dev.pgwire.processor.read;

import dev.pgwire.processor.model.MemberRef;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * A member that may become a column.
 *
 * @param javaName  the property name, source of the default column name
 * @param member    how generated code reads the value
 * @param type      the value's type as seen from the row type (type arguments of superclasses resolved)
 * @param element   the declaring element: getter or field (for a record component, its field)
 * @param alternate a second element whose annotations also count, or {@code null}: a record component's
 *                  accessor, or the (possibly private) field behind a getter
 */
record ColumnCandidate(String javaName, MemberRef member, TypeMirror type, Element element, Element alternate) {}
