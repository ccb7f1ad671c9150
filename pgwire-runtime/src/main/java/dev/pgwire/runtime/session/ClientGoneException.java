package dev.pgwire.runtime.session;

/** The client closed the connection while a response was being written; the statement stops. */
public final class ClientGoneException extends RuntimeException {
    public ClientGoneException() {
        super("client connection closed", null, false, false);
    }
}
