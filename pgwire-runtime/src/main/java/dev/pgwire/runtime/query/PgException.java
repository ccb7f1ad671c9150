package dev.pgwire.runtime.query;

/**
 * An error reported to the client as an ErrorResponse: SQLSTATE, message and the optional fields
 * PostgreSQL fills in. Every layer below the protocol throws this; the protocol encodes it.
 */
public class PgException extends Exception {
    private final SqlState state;
    private final String detail;
    private final String hint;
    private final int position;

    public PgException(SqlState state, String message) {
        this(state, message, null, null, 0, null);
    }

    public PgException(SqlState state, String message, Throwable cause) {
        this(state, message, null, null, 0, cause);
    }

    /**
     * @param position 1-based character position in the statement text, or 0 when none
     */
    public PgException(SqlState state, String message, String detail, String hint, int position, Throwable cause) {
        super(message, cause);
        this.state = state;
        this.detail = detail;
        this.hint = hint;
        this.position = position;
    }

    public SqlState state() {
        return state;
    }

    /** ErrorResponse {@code D} field, or null. */
    public String detail() {
        return detail;
    }

    /** ErrorResponse {@code H} field, or null. */
    public String hint() {
        return hint;
    }

    /** ErrorResponse {@code P} field: 1-based character position, or 0 when none. */
    public int position() {
        return position;
    }

    /** The same error with its position shifted, for a statement that sits inside a longer query string. */
    public PgException withPosition(int newPosition) {
        PgException e = new PgException(state, getMessage(), detail, hint, newPosition, getCause());
        e.setStackTrace(getStackTrace());
        return e;
    }
}
