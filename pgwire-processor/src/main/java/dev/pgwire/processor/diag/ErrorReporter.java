package dev.pgwire.processor.diag;

import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The one way the processor reports problems. It counts errors so the processor can print every problem of
 * a round before it decides to skip generation.
 */
public final class ErrorReporter {
    private final Messager messager;
    private int errors;

    public ErrorReporter(Messager messager) {
        this.messager = messager;
    }

    /** Reports an error at {@code where}. */
    public void error(Location where, Messages message, Object... args) {
        errors++;
        if (where.annotation() == null) {
            messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), where.element());
        } else {
            messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), where.element(), where.annotation());
        }
    }

    /** Reports an error at {@code element} without pointing at an annotation. */
    public void error(Element element, Messages message, Object... args) {
        error(Location.of(element), message, args);
    }

    /** Reports a bug in the processor itself, with the stack trace, instead of letting javac crash. */
    public void crashed(Throwable failure) {
        errors++;
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        messager.printMessage(Diagnostic.Kind.ERROR, Messages.PROCESSOR_CRASHED.format(trace));
    }

    /** Errors reported so far, in all rounds. */
    public int errorCount() {
        return errors;
    }
}
