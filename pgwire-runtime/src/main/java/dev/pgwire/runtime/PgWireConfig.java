package dev.pgwire.runtime;

import java.util.Objects;
import java.util.Properties;

/**
 * Connection settings of a server.
 *
 * @param host     address to listen on
 * @param port     TCP port; 0 picks a free one
 * @param user     user name clients connect as (checked only when a password is set)
 * @param password cleartext password, or null for trust authentication
 * @param database the database name clients must ask for, or null to accept any
 */
public record PgWireConfig(String host, int port, String user, String password, String database) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 5433;
    public static final String DEFAULT_USER = "pgwire";

    public PgWireConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
        if (user.isEmpty()) {
            throw new IllegalArgumentException("user must not be empty");
        }
        if (password != null && password.isEmpty()) {
            throw new IllegalArgumentException("password must not be empty (null means trust authentication)");
        }
    }

    /** 127.0.0.1:5433, user {@code pgwire}, trust authentication, any database name. */
    public static PgWireConfig defaults() {
        return new PgWireConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_USER, null, null);
    }

    /** Reads {@code pgwire.host}, {@code pgwire.port}, {@code pgwire.user}, {@code pgwire.password}, {@code pgwire.database}. */
    public static PgWireConfig fromSystemProperties() {
        return fromProperties(System.getProperties());
    }

    /** Like {@link #fromSystemProperties()}, from the given properties; missing ones take the defaults. */
    public static PgWireConfig fromProperties(Properties p) {
        String port = p.getProperty("pgwire.port", Integer.toString(DEFAULT_PORT)).trim();
        int portNumber;
        try {
            portNumber = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("pgwire.port is not a port number: \"" + port + "\"", e);
        }
        return new PgWireConfig(
                p.getProperty("pgwire.host", DEFAULT_HOST).trim(),
                portNumber,
                p.getProperty("pgwire.user", DEFAULT_USER).trim(),
                emptyToNull(p.getProperty("pgwire.password")),
                emptyToNull(p.getProperty("pgwire.database")));
    }

    /** The same settings on another port. */
    public PgWireConfig withPort(int newPort) {
        return new PgWireConfig(host, newPort, user, password, database);
    }

    @Override
    public String toString() {
        return "PgWireConfig[host=" + host + ", port=" + port + ", user=" + user + ", password="
                + (password == null ? "none" : "***") + ", database=" + database + "]";
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
