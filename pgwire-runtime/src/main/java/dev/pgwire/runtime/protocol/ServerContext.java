package dev.pgwire.runtime.protocol;

import dev.pgwire.runtime.session.CancelRegistry;
import dev.pgwire.runtime.session.SessionServices;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * What every connection of one server shares.
 *
 * @param services       engine, parameter decoding and timer for sessions
 * @param cancelRegistry BackendKeyData of live sessions (its size is the number of sessions)
 * @param workers        pool that runs sessions off the event loop
 * @param access         who may connect
 * @param limits         protocol and resource limits
 */
public record ServerContext(
        SessionServices services, CancelRegistry cancelRegistry, Executor workers, Access access, Limits limits) {
    public ServerContext {
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(cancelRegistry, "cancelRegistry");
        Objects.requireNonNull(workers, "workers");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(limits, "limits");
    }

    /**
     * Authentication settings.
     *
     * @param user           the user a password is checked for; any user is accepted when {@code password} is null
     * @param password       the password, or null for trust authentication
     * @param passwordMethod how {@code password} is checked
     * @param database       the only database name accepted, or null to accept any
     */
    public record Access(String user, String password, PasswordMethod passwordMethod, String database) {
        public Access {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(passwordMethod, "passwordMethod");
            if (password != null && password.isEmpty()) {
                throw new IllegalArgumentException("password must not be empty (null means trust authentication)");
            }
        }

        /** Any user, any database, no password. */
        public static Access trust(String user) {
            return new Access(user, null, PasswordMethod.CLEARTEXT, null);
        }
    }

    /**
     * @param maxMessageLength          largest frontend message, counting its length word
     * @param maxConnections            sessions beyond this are refused with 53300, like max_connections
     * @param authenticationTimeoutMillis a connection not through startup by then is closed
     *                                  (authentication_timeout)
     */
    public record Limits(int maxMessageLength, int maxConnections, long authenticationTimeoutMillis) {
        public static final Limits DEFAULT = new Limits(PgFrontendDecoder.DEFAULT_MAX_MESSAGE_LENGTH, 100, 60_000);

        public Limits {
            if (maxMessageLength < 1024) {
                throw new IllegalArgumentException("maxMessageLength must be at least 1024: " + maxMessageLength);
            }
            if (maxConnections < 1) {
                throw new IllegalArgumentException("maxConnections must be positive: " + maxConnections);
            }
            if (authenticationTimeoutMillis < 1) {
                throw new IllegalArgumentException("authenticationTimeoutMillis must be positive");
            }
        }

        public Limits withMaxMessageLength(int bytes) {
            return new Limits(bytes, maxConnections, authenticationTimeoutMillis);
        }

        public Limits withMaxConnections(int n) {
            return new Limits(maxMessageLength, n, authenticationTimeoutMillis);
        }

        public Limits withAuthenticationTimeoutMillis(long millis) {
            return new Limits(maxMessageLength, maxConnections, millis);
        }
    }
}
