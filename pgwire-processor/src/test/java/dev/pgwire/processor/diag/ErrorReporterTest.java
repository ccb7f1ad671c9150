package dev.pgwire.processor.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

class ErrorReporterTest {
    private final List<String> printed = new ArrayList<>();
    private final Messager messager = new Messager() {
        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence msg) {
            printed.add(kind + ": " + msg);
        }

        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e) {
            printMessage(kind, msg);
        }

        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a) {
            printMessage(kind, msg);
        }

        @Override
        public void printMessage(
                Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a, AnnotationValue v) {
            printMessage(kind, msg);
        }
    };

    @Test
    void crashBecomesAnErrorWithTheStackTrace() {
        ErrorReporter reporter = new ErrorReporter(messager);
        reporter.crashed(new IllegalStateException("boom"));

        assertEquals(1, reporter.errorCount());
        assertEquals(1, printed.size());
        String message = printed.get(0);
        assertTrue(message.startsWith("ERROR: " + Messages.PROCESSOR_CRASHED.fragment()), message);
        assertTrue(message.contains("java.lang.IllegalStateException: boom"), message);
        assertTrue(message.contains("at dev.pgwire.processor.diag.ErrorReporterTest"), message);
    }

    @Test
    void fragmentIsTheLongestLiteralPart() {
        assertEquals(", which is a type variable; use a concrete record or class",
                Messages.SOURCE_TYPE_VARIABLE.fragment());
        for (Messages m : Messages.values()) {
            assertTrue(m.fragment().length() >= 20, m + " needs a distinctive fragment");
        }
    }
}
