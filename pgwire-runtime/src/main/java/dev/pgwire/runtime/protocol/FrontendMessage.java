package dev.pgwire.runtime.protocol;

import dev.pgwire.runtime.query.PgException;
import java.util.Map;

/**
 * A decoded frontend message. Records hold plain Java values (no buffers), so a message can wait in a
 * connection's queue without pinning network memory. Arrays are owned by the message; do not mutate.
 */
public sealed interface FrontendMessage {
    /** StartupMessage: protocol version (major in the high 16 bits) and parameters, in order. */
    record Startup(int protocolVersion, Map<String, String> parameters) implements FrontendMessage {
        public int majorVersion() {
            return protocolVersion >>> 16;
        }

        public int minorVersion() {
            return protocolVersion & 0xFFFF;
        }
    }

    /** SSLRequest: answered with {@code N}, then the client sends its startup packet. */
    record SslRequest() implements FrontendMessage {}

    /** GSSENCRequest: answered with {@code N}. */
    record GssEncRequest() implements FrontendMessage {}

    /** CancelRequest, sent on a fresh connection that is closed afterwards. */
    record CancelRequest(int processId, int secretKey) implements FrontendMessage {}

    /**
     * PasswordMessage, SASLInitialResponse or SASLResponse ({@code p}): which one depends on the
     * authentication request the server sent, so the body is kept raw for the handler to read.
     */
    record PasswordMessage(byte[] body) implements FrontendMessage {
        @Override
        public String toString() {
            return "PasswordMessage[" + body.length + " bytes]";
        }
    }

    /** Query ({@code Q}): a simple-protocol query string, possibly many statements. */
    record Query(String sql) implements FrontendMessage {}

    /** Parse ({@code P}). */
    record Parse(String statement, String sql, int[] parameterTypes) implements FrontendMessage {}

    /**
     * Bind ({@code B}).
     *
     * @param parameterValues one array per parameter; a null entry is SQL NULL
     */
    record Bind(String portal, String statement, short[] parameterFormats, byte[][] parameterValues,
            short[] resultFormats) implements FrontendMessage {}

    /** Describe ({@code D}): {@code target} is {@code 'S'} (statement) or {@code 'P'} (portal). */
    record Describe(char target, String name) implements FrontendMessage {}

    /** Execute ({@code E}): {@code maxRows} 0 means all rows. */
    record Execute(String portal, int maxRows) implements FrontendMessage {}

    /** Close ({@code C}): {@code target} is {@code 'S'} or {@code 'P'}. */
    record Close(char target, String name) implements FrontendMessage {}

    /** Sync ({@code S}). */
    record Sync() implements FrontendMessage {}

    /** Flush ({@code H}). */
    record Flush() implements FrontendMessage {}

    /** Terminate ({@code X}). */
    record Terminate() implements FrontendMessage {}

    /** FunctionCall ({@code F}): not supported, answered with an error. */
    record FunctionCall() implements FrontendMessage {}

    /**
     * CopyData, CopyDone or CopyFail outside COPY: PostgreSQL ignores them, since they may trail a failed
     * COPY.
     */
    record CopyMessage(char type) implements FrontendMessage {}

    /**
     * A message whose frame was intact but whose content was not (truncated field, missing NUL, invalid
     * UTF-8, trailing bytes). Like PostgreSQL, this is an ERROR and the connection continues: the next
     * message starts right after this one.
     *
     * @param type  the message type byte
     * @param error 08P01 or 22021
     */
    record Invalid(char type, PgException error) implements FrontendMessage {}

    /**
     * Input that breaks the framing (bad length, unknown type) or the startup packet. The
     * decoder stops decoding; the handler reports {@code error} as FATAL and closes the connection.
     */
    record Malformed(PgException error) implements FrontendMessage {}
}
