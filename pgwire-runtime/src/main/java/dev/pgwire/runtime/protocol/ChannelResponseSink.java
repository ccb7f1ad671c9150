package dev.pgwire.runtime.protocol;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SessionSettings;
import dev.pgwire.runtime.query.SqlState;
import dev.pgwire.runtime.session.ClientGoneException;
import dev.pgwire.runtime.session.CopyOut;
import dev.pgwire.runtime.session.ResponseSink;
import dev.pgwire.runtime.session.ResultFormat;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes a session's responses to a channel from a worker thread. Messages accumulate in one buffer that
 * is handed to the channel every {@value #CHUNK} bytes without flushing; bytes are flushed only when the
 * session asks (Sync, end of a Query, Flush), after an error or notice (as PostgreSQL does), or when the
 * channel stops being writable, in which case the worker blocks until the client has read enough
 * (backpressure). Used by one thread at a time.
 */
final class ChannelResponseSink implements ResponseSink {
    /** Bytes gathered before they are handed to the event loop (each hand-off is a task and maybe a wake-up). */
    static final int CHUNK = 32 * 1024;
    private static final long WRITABILITY_POLL_MILLIS = 200;

    private final Channel channel;
    private final Object writability = new Object();
    private ByteBuf buffer;
    private CopyEncoder copy;
    private boolean readyForQueryLast;

    ChannelResponseSink(Channel channel) {
        this.channel = channel;
    }

    @Override
    public void parseComplete() {
        write(BackendMessages::parseComplete);
    }

    @Override
    public void bindComplete() {
        write(BackendMessages::bindComplete);
    }

    @Override
    public void closeComplete() {
        write(BackendMessages::closeComplete);
    }

    @Override
    public void noData() {
        write(BackendMessages::noData);
    }

    @Override
    public void portalSuspended() {
        write(BackendMessages::portalSuspended);
    }

    @Override
    public void emptyQueryResponse() {
        write(BackendMessages::emptyQueryResponse);
    }

    @Override
    public void parameterDescription(int[] typeOids) {
        write(out -> BackendMessages.parameterDescription(out, typeOids));
    }

    @Override
    public void rowDescription(ResultFormat format) {
        write(out -> BackendMessages.rowDescription(out, format));
    }

    @Override
    public void dataRow(Object[] row, ResultFormat format, SessionSettings settings) {
        if (!channel.isActive()) {
            throw new ClientGoneException();
        }
        // The per-row path: no lambda, straight into the pooled buffer.
        BackendMessages.dataRow(buffer(), row, format, settings);
        written();
    }

    @Override
    public void commandComplete(String tag) {
        endCopy();
        write(out -> BackendMessages.commandComplete(out, tag));
    }

    @Override
    public void copyOutResponse(CopyOut out) {
        endCopy();
        copy = new CopyEncoder(out, channel.alloc());
        write(b -> BackendMessages.copyOutResponse(b, out.options().format().wireCode(), out.columns().size()));
        write(copy::header);
    }

    @Override
    public void copyData(Object[] row, SessionSettings settings) {
        if (!channel.isActive()) {
            throw new ClientGoneException();
        }
        // The per-row path, like dataRow: no lambda, straight into the pooled buffer.
        copy.row(buffer(), row, settings);
        written();
    }

    @Override
    public void copyDone() {
        CopyEncoder encoder = copy;
        write(encoder::end);
        write(BackendMessages::copyDone);
        endCopy();
    }

    /** Flushed at once, as PostgreSQL does: a client waiting after Flush must see it even while Sync is awaited. */
    @Override
    public void error(PgException error) {
        endCopy();
        write(out -> BackendMessages.errorResponse(out, "ERROR", error));
        flush();
    }

    /** Flushed at once, like errors. */
    @Override
    public void notice(String severity, SqlState state, String message) {
        write(out -> BackendMessages.noticeResponse(out, severity, state, message));
        flush();
    }

    @Override
    public void parameterStatus(String name, String value) {
        write(out -> BackendMessages.parameterStatus(out, name, value));
    }

    @Override
    public void readyForQuery(char transactionStatus) {
        write(out -> BackendMessages.readyForQuery(out, transactionStatus));
        readyForQueryLast = true;
    }

    /** Whether the last message written was ReadyForQuery: the session waits for its next command. */
    boolean readyForQueryLast() {
        return readyForQueryLast;
    }

    void authenticationOk() {
        write(BackendMessages::authenticationOk);
    }

    void authenticationCleartextPassword() {
        write(BackendMessages::authenticationCleartextPassword);
    }

    void authenticationMd5Password(byte[] salt) {
        write(out -> BackendMessages.authenticationMd5Password(out, salt));
    }

    void authenticationSasl(List<String> mechanisms) {
        write(out -> BackendMessages.authenticationSasl(out, mechanisms));
    }

    void authenticationSaslData(int code, byte[] data) {
        write(out -> BackendMessages.authenticationSaslData(out, code, data));
    }

    void backendKeyData(int processId, int secretKey) {
        write(out -> BackendMessages.backendKeyData(out, processId, secretKey));
    }

    void negotiateProtocolVersion(int newestMinor, List<String> unrecognized) {
        write(out -> BackendMessages.negotiateProtocolVersion(out, newestMinor, unrecognized));
    }

    /** A FATAL ErrorResponse, then the connection is closed once it is written. */
    void fatalAndClose(PgException error) {
        if (channel.isActive()) {
            write(out -> BackendMessages.errorResponse(out, "FATAL", error));
            ByteBuf b = takeBuffer();
            channel.writeAndFlush(b).addListener(ChannelFutureListener.CLOSE);
        } else {
            discard();
        }
    }

    @Override
    public void flush() {
        ByteBuf b = takeBuffer();
        if (b != null) {
            channel.write(b, channel.voidPromise());
        }
        channel.flush();
    }

    /** Called on the event loop when the channel's writability changes. */
    void writabilityChanged() {
        synchronized (writability) {
            writability.notifyAll();
        }
    }

    /** Releases unsent bytes of a closed connection. */
    void discard() {
        endCopy();
        ByteBuf b = takeBuffer();
        if (b != null) {
            b.release();
        }
    }

    /** Releases the encoder of the current copy, if any (also after a copy that failed midway). */
    private void endCopy() {
        if (copy != null) {
            copy.release();
            copy = null;
        }
    }

    private void write(Consumer<ByteBuf> message) {
        message.accept(buffer());
        written();
    }

    private ByteBuf buffer() {
        readyForQueryLast = false;
        if (buffer == null) {
            buffer = channel.alloc().ioBuffer(CHUNK * 2);
        }
        return buffer;
    }

    /** Hands a full chunk to the channel, and waits while the client is not reading. */
    private void written() {
        if (buffer.readableBytes() >= CHUNK) {
            channel.write(takeBuffer(), channel.voidPromise());
            if (!channel.isWritable()) {
                channel.flush();
                awaitWritable();
            }
        }
    }

    private ByteBuf takeBuffer() {
        ByteBuf b = buffer;
        buffer = null;
        if (b != null && !b.isReadable()) {
            b.release();
            return null;
        }
        return b;
    }

    private void awaitWritable() {
        synchronized (writability) {
            while (!channel.isWritable()) {
                if (!channel.isActive()) {
                    throw new ClientGoneException();
                }
                try {
                    writability.wait(WRITABILITY_POLL_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ClientGoneException();
                }
            }
        }
    }
}
