package dev.pgwire.runtime.protocol;

import dev.pgwire.runtime.session.CancelRegistry;
import dev.pgwire.runtime.session.SessionServices;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * What every connection of one server shares.
 *
 * @param services         engine, parameter decoding and timer for sessions
 * @param cancelRegistry   BackendKeyData of live sessions
 * @param workers          pool that runs sessions off the event loop
 * @param user             the user a password is checked for; any user is accepted when {@code password} is null
 * @param password         cleartext password, or null for trust authentication
 * @param passwordMethod   how {@code password} is checked
 * @param database         the only database name accepted, or null to accept any
 * @param maxMessageLength limit for one frontend message
 */
public record ServerContext(SessionServices services, CancelRegistry cancelRegistry, Executor workers, String user,
        String password, PasswordMethod passwordMethod, String database, int maxMessageLength) {
    public ServerContext {
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(cancelRegistry, "cancelRegistry");
        Objects.requireNonNull(workers, "workers");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(passwordMethod, "passwordMethod");
        if (password != null && password.isEmpty()) {
            throw new IllegalArgumentException("password must not be empty (null means trust authentication)");
        }
    }

    /** Trust authentication or a cleartext password. */
    public ServerContext(SessionServices services, CancelRegistry cancelRegistry, Executor workers, String user,
            String password, String database, int maxMessageLength) {
        this(services, cancelRegistry, workers, user, password, PasswordMethod.CLEARTEXT, database, maxMessageLength);
    }
}
