package dev.pgwire.runtime.query;

/** Polled by running queries; set by a CancelRequest or statement_timeout. */
public interface CancelSignal {
    CancelSignal NEVER = () -> null;

    /** The reason to stop (57014 error message), or null to keep going. */
    String cancelReason();
}
