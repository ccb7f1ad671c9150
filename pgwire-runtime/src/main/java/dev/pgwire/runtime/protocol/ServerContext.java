package dev.pgwire.runtime.protocol;

import dev.pgwire.runtime.auth.AuthMethod;
import dev.pgwire.runtime.auth.UserStore;
import dev.pgwire.runtime.session.CancelRegistry;
import dev.pgwire.runtime.session.SessionServices;
import dev.pgwire.runtime.tls.TlsConfig;
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
     * Who may connect and how.
     *
     * @param method      how clients log in; with {@link AuthMethod#TRUST} any user name is accepted
     * @param users       the users and their secrets (unused with trust)
     * @param database    the only database name accepted, or null to accept any
     * @param tls         the TLS identity, or null: SSLRequest is then answered 'N'
     * @param tlsRequired refuse startups that are not on TLS (28000, like a {@code hostssl}-only pg_hba.conf)
     */
    public record Access(AuthMethod method, UserStore users, String database, TlsConfig tls, boolean tlsRequired) {
        public Access {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(users, "users");
            if (method != AuthMethod.TRUST && users.isEmpty()) {
                throw new IllegalArgumentException(method.configName() + " authentication needs at least one user"
                        + " with a password");
            }
            if (tlsRequired && tls == null) {
                throw new IllegalArgumentException("TLS is required but no certificate and key are configured");
            }
        }

        /**
         * One user with a password checked by {@code passwordMethod}, or trust when {@code password} is null; no
         * TLS. Kept for existing callers; prefer the canonical constructor.
         */
        public Access(String user, String password, PasswordMethod passwordMethod, String database) {
            this(password == null ? AuthMethod.TRUST : passwordMethod.authMethod(),
                    password == null ? UserStore.empty()
                            : UserStore.builder(passwordMethod.authMethod()).add(user, password).build(),
                    database, null, false);
        }

        /** Any user, any database, no password, no TLS. */
        public static Access trust() {
            return new Access(AuthMethod.TRUST, UserStore.empty(), null, null, false);
        }

        /** Like {@link #trust()}; the user name is not needed (kept for existing callers). */
        public static Access trust(String user) {
            return trust();
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
