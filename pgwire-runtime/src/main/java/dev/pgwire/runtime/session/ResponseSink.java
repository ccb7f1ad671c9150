package dev.pgwire.runtime.session;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SessionSettings;
import dev.pgwire.runtime.query.SqlState;

/**
 * Where a session sends its responses, one method per backend message. Implementations buffer and decide
 * when bytes reach the socket; {@link #flush()} forces them out, and errors and notices go out at once
 * (PostgreSQL flushes them, so a client that sent Flush and waits sees an error before its Sync).
 */
public interface ResponseSink {
    void parseComplete();

    void bindComplete();

    void closeComplete();

    void noData();

    void portalSuspended();

    void emptyQueryResponse();

    void parameterDescription(int[] typeOids);

    void rowDescription(ResultFormat format);

    /**
     * One row. May block while the client is slow to read (backpressure).
     *
     * @throws ClientGoneException when the connection is closed
     */
    void dataRow(Object[] row, ResultFormat format, SessionSettings settings);

    void commandComplete(String tag);

    /**
     * CopyOutResponse: a {@code COPY ... TO STDOUT} starts; a text or CSV header line follows at once as its own
     * CopyData. Sinks that cannot copy refuse it.
     */
    default void copyOutResponse(CopyOut copy) {
        throw new UnsupportedOperationException("this sink does not support COPY");
    }

    /**
     * One CopyData holding one row in the format of the copy started last (the binary signature goes with the
     * first). May block while the client is slow to read (backpressure).
     *
     * @throws ClientGoneException when the connection is closed
     */
    default void copyData(Object[] row, SessionSettings settings) {
        throw new UnsupportedOperationException("this sink does not support COPY");
    }

    /** Ends the copy: the binary trailer as a CopyData if binary, then CopyDone. */
    default void copyDone() {
        throw new UnsupportedOperationException("this sink does not support COPY");
    }

    /** An ErrorResponse with severity ERROR. */
    void error(PgException error);

    /** A NoticeResponse, e.g. severity {@code WARNING}. */
    void notice(String severity, SqlState state, String message);

    void parameterStatus(String name, String value);

    void readyForQuery(char transactionStatus);

    /** Sends everything buffered so far. */
    void flush();
}
