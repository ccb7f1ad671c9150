package dev.pgwire.runtime.protocol;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * The password check of one connection, cleartext or SCRAM-SHA-256, fed with each {@code p} message.
 * A wrong user name fails exactly like a wrong password, so probing for user names learns nothing.
 */
final class PasswordAuthentication {
    enum Outcome {
        CONTINUE,
        SUCCESS,
        FAILURE
    }

    private static final int SASL_CONTINUE = 11;
    private static final int SASL_FINAL = 12;

    private final ServerContext server;
    private final String user;
    private final ChannelResponseSink sink;
    private ScramSha256.Exchange scram;

    PasswordAuthentication(ServerContext server, String user, ChannelResponseSink sink) {
        this.server = server;
        this.user = user;
        this.sink = sink;
    }

    /** Sends the authentication request. */
    void start() {
        if (server.access().passwordMethod() == PasswordMethod.SCRAM_SHA_256) {
            sink.authenticationSasl(List.of(ScramSha256.MECHANISM));
        } else {
            sink.authenticationCleartextPassword();
        }
        sink.flush();
    }

    /** Handles one password-type message; sends SASL continuations itself. */
    Outcome handle(byte[] body) throws PgException {
        ByteBuf in = Unpooled.wrappedBuffer(body);
        if (server.access().passwordMethod() == PasswordMethod.CLEARTEXT) {
            String password = WireReader.cstring(in);
            WireReader.end(in);
            return verdict(MessageDigest.isEqual(password.getBytes(StandardCharsets.UTF_8),
                    server.access().password().getBytes(StandardCharsets.UTF_8)));
        }
        if (scram == null) {
            String mechanism = WireReader.cstring(in);
            if (!mechanism.equals(ScramSha256.MECHANISM)) {
                throw new PgException(SqlState.PROTOCOL_VIOLATION,
                        "client selected an invalid SASL authentication mechanism");
            }
            int length = readLength(in);
            scram = new ScramSha256.Exchange(ScramSha256.Credentials.forPassword(server.access().password()));
            String serverFirst = scram.serverFirst(utf8(in, length));
            sink.authenticationSaslData(SASL_CONTINUE, serverFirst.getBytes(StandardCharsets.UTF_8));
            sink.flush();
            return Outcome.CONTINUE;
        }
        String serverFinal = scram.serverFinal(utf8(in, in.readableBytes()));
        if (serverFinal == null || !user.equals(server.access().user())) {
            return Outcome.FAILURE;
        }
        sink.authenticationSaslData(SASL_FINAL, serverFinal.getBytes(StandardCharsets.UTF_8));
        return Outcome.SUCCESS;
    }

    /** The error for a failed check, worded like PostgreSQL's. */
    PgException failure() {
        return new PgException(SqlState.INVALID_PASSWORD, "password authentication failed for user \"" + user + "\"");
    }

    private Outcome verdict(boolean passwordMatches) {
        return passwordMatches & user.equals(server.access().user()) ? Outcome.SUCCESS : Outcome.FAILURE;
    }

    private static int readLength(ByteBuf in) throws PgException {
        if (in.readableBytes() < 4) {
            throw PgFrontendDecoder.violation("insufficient data left in message");
        }
        int length = in.readInt();
        if (length < 0 || length != in.readableBytes()) {
            throw PgFrontendDecoder.violation("invalid SASLInitialResponse message");
        }
        return length;
    }

    private static String utf8(ByteBuf in, int length) throws PgException {
        if (!ByteBufUtil.isText(in, in.readerIndex(), length, StandardCharsets.UTF_8)) {
            throw PgFrontendDecoder.violation("invalid byte sequence for encoding \"UTF8\"");
        }
        return in.readCharSequence(length, StandardCharsets.UTF_8).toString();
    }
}
