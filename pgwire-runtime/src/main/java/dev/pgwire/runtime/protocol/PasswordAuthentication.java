package dev.pgwire.runtime.protocol;

import dev.pgwire.runtime.auth.AuthMethod;
import dev.pgwire.runtime.auth.Credential;
import dev.pgwire.runtime.auth.Md5Password;
import dev.pgwire.runtime.auth.ScramExchange;
import dev.pgwire.runtime.auth.ScramVerifier;
import dev.pgwire.runtime.auth.UserStore;
import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * The password check of one connection (cleartext, MD5 or SCRAM-SHA-256[-PLUS]), fed with each {@code p}
 * message. An unknown user goes through the same messages as a known one (a consistent fake SCRAM salt, a
 * random MD5 salt, a PBKDF2 run for cleartext) and fails with the same 28P01 error as a wrong password, so a
 * client learns nothing about which user names exist.
 */
final class PasswordAuthentication {
    enum Outcome {
        CONTINUE,
        SUCCESS,
        FAILURE
    }

    private static final int SASL_CONTINUE = 11;
    private static final int SASL_FINAL = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AuthMethod method;
    private final String user;
    private final UserStore users;
    private final Credential credential;
    private final byte[] channelBinding;
    private final ChannelResponseSink sink;
    private byte[] md5Salt;
    private ScramExchange scram;

    /** @param channelBinding {@code tls-server-end-point} data on a TLS connection, null otherwise */
    PasswordAuthentication(ServerContext.Access access, String user, byte[] channelBinding, ChannelResponseSink sink) {
        this.user = user;
        this.users = access.users();
        this.credential = users.find(user);
        this.channelBinding = channelBinding;
        this.sink = sink;
        // As PostgreSQL: md5 for a user whose only secret is a SCRAM verifier logs in with SCRAM.
        this.method = access.method() == AuthMethod.MD5 && credential != null && credential.md5() == null
                ? AuthMethod.SCRAM_SHA_256
                : access.method();
    }

    /** Sends the authentication request. */
    void start() {
        switch (method) {
            case PASSWORD -> sink.authenticationCleartextPassword();
            case MD5 -> {
                md5Salt = new byte[4];
                RANDOM.nextBytes(md5Salt);
                sink.authenticationMd5Password(md5Salt);
            }
            case SCRAM_SHA_256 -> sink.authenticationSasl(ScramExchange.mechanisms(channelBinding != null));
            default -> throw new IllegalStateException("no password check for " + method);
        }
        sink.flush();
    }

    /** Handles one password-type message; sends SASL continuations itself. */
    Outcome handle(byte[] body) throws PgException {
        ByteBuf in = Unpooled.wrappedBuffer(body);
        return switch (method) {
            case PASSWORD -> verdict(checkCleartext(password(in)));
            case MD5 -> {
                String response = password(in);
                yield verdict(credential != null && Md5Password.verify(credential.md5(), md5Salt, response));
            }
            default -> scram(in);
        };
    }

    private boolean checkCleartext(String password) {
        if (credential != null) {
            return credential.matchesPassword(password);
        }
        users.mockVerifier(user).matches(password); // the same PBKDF2 work as for a real user
        return false;
    }

    private Outcome scram(ByteBuf in) throws PgException {
        if (scram == null) {
            String mechanism = WireReader.cstring(in);
            int length = readLength(in);
            ScramVerifier verifier = credential != null && credential.scram() != null
                    ? credential.scram()
                    : users.mockVerifier(user);
            scram = new ScramExchange(mechanism, verifier, credential != null, channelBinding);
            String serverFirst = scram.serverFirst(utf8(in, length));
            sink.authenticationSaslData(SASL_CONTINUE, serverFirst.getBytes(StandardCharsets.UTF_8));
            sink.flush();
            return Outcome.CONTINUE;
        }
        String serverFinal = scram.serverFinal(utf8(in, in.readableBytes()));
        if (serverFinal == null) {
            return Outcome.FAILURE;
        }
        sink.authenticationSaslData(SASL_FINAL, serverFinal.getBytes(StandardCharsets.UTF_8));
        return Outcome.SUCCESS;
    }

    /** The error for a failed check, worded like PostgreSQL's whatever was wrong. */
    PgException failure() {
        return new PgException(SqlState.INVALID_PASSWORD, "password authentication failed for user \"" + user + "\"");
    }

    private static Outcome verdict(boolean ok) {
        return ok ? Outcome.SUCCESS : Outcome.FAILURE;
    }

    /** A PasswordMessage: one string, never empty (PostgreSQL refuses empty passwords before checking). */
    private static String password(ByteBuf in) throws PgException {
        String password = WireReader.cstring(in);
        WireReader.end(in);
        if (password.isEmpty()) {
            throw new PgException(SqlState.INVALID_PASSWORD, "empty password returned by client");
        }
        return password;
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
