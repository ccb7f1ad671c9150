package dev.pgwire.runtime.protocol;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Frames and decodes frontend messages into {@link FrontendMessage} records. Starts in {@code STARTUP}
 * (untyped packets: StartupMessage, SSLRequest, GSSENCRequest, CancelRequest) and moves to
 * {@code MESSAGES} (typed messages) after a StartupMessage. Lengths are checked against the limits before
 * anything is buffered for a message. Broken framing produces one {@link FrontendMessage.Malformed} and
 * everything after it is discarded: the connection is about to be closed. A well-framed message with
 * broken content produces {@link FrontendMessage.Invalid} and decoding goes on. One instance per channel.
 */
public final class PgFrontendDecoder extends ByteToMessageDecoder {
    /** PostgreSQL's MAX_STARTUP_PACKET_LENGTH. */
    public static final int MAX_STARTUP_LENGTH = 10_000;
    /** Default limit for one typed message, counting its length word. */
    public static final int DEFAULT_MAX_MESSAGE_LENGTH = 16 * 1024 * 1024;

    /** Longest password-type message (PostgreSQL's PG_MAX_AUTH_TOKEN_LENGTH): they come before any login. */
    static final int MAX_AUTH_MESSAGE_LENGTH = 65535;

    static final int PROTOCOL_3_0 = 3 << 16;
    static final int CANCEL_REQUEST_CODE = 80877102;
    static final int SSL_REQUEST_CODE = 80877103;
    static final int GSSENC_REQUEST_CODE = 80877104;

    enum State {
        STARTUP,
        MESSAGES,
        DISCARD
    }

    private final int maxMessageLength;
    private State state = State.STARTUP;

    public PgFrontendDecoder() {
        this(DEFAULT_MAX_MESSAGE_LENGTH);
    }

    /** @param maxMessageLength limit for one typed message, counting its 4-byte length word */
    public PgFrontendDecoder(int maxMessageLength) {
        if (maxMessageLength < 1024) {
            throw new IllegalArgumentException("maxMessageLength must be at least 1024: " + maxMessageLength);
        }
        this.maxMessageLength = maxMessageLength;
    }

    State state() {
        return state;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        try {
            switch (state) {
                case STARTUP -> decodeStartup(in, out);
                case MESSAGES -> decodeMessage(in, out);
                case DISCARD -> in.skipBytes(in.readableBytes());
            }
        } catch (PgException e) {
            state = State.DISCARD;
            in.skipBytes(in.readableBytes());
            out.add(new FrontendMessage.Malformed(e));
        }
    }

    private void decodeStartup(ByteBuf in, List<Object> out) throws PgException {
        if (in.readableBytes() < 4) {
            return;
        }
        int length = in.getInt(in.readerIndex());
        if (length < 8 || length > MAX_STARTUP_LENGTH) {
            throw violation("invalid length of startup packet");
        }
        if (in.readableBytes() < length) {
            return;
        }
        in.skipBytes(4);
        ByteBuf body = in.readSlice(length - 4);
        int code = body.readInt();
        switch (code) {
            case SSL_REQUEST_CODE -> {
                WireReader.end(body);
                requireNothingBuffered(in, "SSL request");
                out.add(new FrontendMessage.SslRequest());
            }
            case GSSENC_REQUEST_CODE -> {
                WireReader.end(body);
                requireNothingBuffered(in, "GSSAPI encryption request");
                out.add(new FrontendMessage.GssEncRequest());
            }
            case CANCEL_REQUEST_CODE -> {
                if (body.readableBytes() != 8) {
                    throw violation("invalid length of cancel request packet");
                }
                state = State.DISCARD;
                out.add(new FrontendMessage.CancelRequest(body.readInt(), body.readInt()));
            }
            default -> {
                if (code >>> 16 != 3) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "unsupported frontend protocol "
                            + (code >>> 16) + "." + (code & 0xFFFF) + ": server supports 3.0 to 3.0");
                }
                Map<String, String> parameters = startupParameters(body);
                state = State.MESSAGES;
                out.add(new FrontendMessage.Startup(code, parameters));
            }
        }
    }

    /**
     * A client waits for the answer to an encryption request before sending more. Bytes already here were sent
     * in plain text before TLS and may have been injected by a man in the middle (CVE-2021-23214).
     */
    private static void requireNothingBuffered(ByteBuf in, String request) throws PgException {
        if (in.isReadable()) {
            throw new PgException(SqlState.PROTOCOL_VIOLATION, "received unencrypted data after " + request,
                    "This could be either a client-software bug or evidence of an attempted man-in-the-middle attack.",
                    null, 0, null);
        }
    }

    private static Map<String, String> startupParameters(ByteBuf body) throws PgException {
        if (!body.isReadable() || body.getByte(body.writerIndex() - 1) != 0) {
            throw violation("invalid startup packet layout: expected terminator as last byte");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        while (true) {
            String name = WireReader.cstring(body);
            if (name.isEmpty()) {
                break;
            }
            parameters.put(name, WireReader.cstring(body));
        }
        WireReader.end(body);
        return parameters;
    }

    private void decodeMessage(ByteBuf in, List<Object> out) throws PgException {
        if (in.readableBytes() < 5) {
            return;
        }
        int index = in.readerIndex();
        char type = (char) (in.getByte(index) & 0xFF);
        int length = in.getInt(index + 1);
        if (!WireReader.isFrontendType(type)) {
            throw violation("invalid frontend message type " + (int) type);
        }
        if (length < 4) {
            throw violation("invalid message length");
        }
        if (type == 'p' && length > MAX_AUTH_MESSAGE_LENGTH) {
            throw violation("invalid message length"); // PostgreSQL's PG_MAX_AUTH_TOKEN_LENGTH, before any login
        }
        if (length > maxMessageLength) {
            throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED, "message of " + length
                    + " bytes exceeds the limit of " + maxMessageLength + " bytes");
        }
        if (in.readableBytes() - 1 < length) {
            return;
        }
        in.skipBytes(5);
        ByteBuf body = in.readSlice(length - 4);
        try {
            out.add(WireReader.message(type, body));
        } catch (PgException e) {
            // The frame was intact, so the stream stays in step: an ERROR, not the end of the connection.
            out.add(new FrontendMessage.Invalid(type, e));
        }
    }

    static PgException violation(String message) {
        return new PgException(SqlState.PROTOCOL_VIOLATION, message);
    }
}
