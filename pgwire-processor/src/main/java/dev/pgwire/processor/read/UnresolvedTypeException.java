package dev.pgwire.processor.read;

/**
 * Thrown while reading an element whose types javac has not resolved yet. The processor retries the element
 * in the next round, when another processor may have generated the missing type; if it never appears, javac
 * itself reports the missing symbol.
 */
public final class UnresolvedTypeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnresolvedTypeException(String what) {
        super(what, null, false, false);
    }
}
