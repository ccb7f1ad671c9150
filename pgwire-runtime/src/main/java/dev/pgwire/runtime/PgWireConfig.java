package dev.pgwire.runtime;

import dev.pgwire.runtime.auth.AuthMethod;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * Connection and security settings of a server, as {@code pgwire.*} system properties set them.
 *
 * @param host                       address to listen on
 * @param port                       TCP port; 0 picks a free one
 * @param user                       the user that {@code password} belongs to (without a password any user name
 *                                   is accepted)
 * @param password                   password of {@code user} (or a stored {@code SCRAM-SHA-256$...} or
 *                                   {@code md5...} secret), or null
 * @param database                   the database name clients must ask for, or null to accept any
 * @param auth                       how clients log in, or null for the default: scram-sha-256 when a password is
 *                                   set, trust otherwise
 * @param tlsCertificate             PEM certificate chain for TLS, or null (then {@code tlsKey} is null too)
 * @param tlsKey                     PEM private key of {@code tlsCertificate}, or null
 * @param tlsRequired                refuse connections that do not use TLS
 * @param allowUnauthenticatedRemote allow trust authentication on an address other clients can reach
 */
public record PgWireConfig(
        String host,
        int port,
        String user,
        String password,
        String database,
        AuthMethod auth,
        Path tlsCertificate,
        Path tlsKey,
        boolean tlsRequired,
        boolean allowUnauthenticatedRemote) {
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
            throw new IllegalArgumentException("password must not be empty (null means no password)");
        }
        if ((tlsCertificate == null) != (tlsKey == null)) {
            throw new IllegalArgumentException("pgwire.tls.cert and pgwire.tls.key must be set together (PEM files"
                    + " of the server certificate and of its private key)");
        }
    }

    /** The settings of the first release: trust, or a password checked with the default method; no TLS. */
    public PgWireConfig(String host, int port, String user, String password, String database) {
        this(host, port, user, password, database, null, null, null, false, false);
    }

    /** 127.0.0.1:5433, user {@code pgwire}, trust authentication, any database name, no TLS. */
    public static PgWireConfig defaults() {
        return new PgWireConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_USER, null, null);
    }

    /**
     * Reads {@code pgwire.host}, {@code pgwire.port}, {@code pgwire.user}, {@code pgwire.password},
     * {@code pgwire.database}, {@code pgwire.auth}, {@code pgwire.tls.cert}, {@code pgwire.tls.key},
     * {@code pgwire.tls.required} and {@code pgwire.allowUnauthenticatedRemote}.
     */
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
        String auth = emptyToNull(p.getProperty("pgwire.auth"));
        String cert = emptyToNull(p.getProperty("pgwire.tls.cert"));
        String key = emptyToNull(p.getProperty("pgwire.tls.key"));
        return new PgWireConfig(
                p.getProperty("pgwire.host", DEFAULT_HOST).trim(),
                portNumber,
                p.getProperty("pgwire.user", DEFAULT_USER).trim(),
                emptyToNull(p.getProperty("pgwire.password")),
                emptyToNull(p.getProperty("pgwire.database")),
                auth == null ? null : AuthMethod.parse(auth),
                cert == null ? null : Path.of(cert.trim()),
                key == null ? null : Path.of(key.trim()),
                bool(p, "pgwire.tls.required"),
                bool(p, "pgwire.allowUnauthenticatedRemote"));
    }

    /** The authentication method in effect: {@link #auth()} or its default. */
    public AuthMethod authMethod() {
        if (auth != null) {
            return auth;
        }
        return password != null ? AuthMethod.SCRAM_SHA_256 : AuthMethod.TRUST;
    }

    /** The same settings on another port. */
    public PgWireConfig withPort(int newPort) {
        return new PgWireConfig(host, newPort, user, password, database, auth, tlsCertificate, tlsKey, tlsRequired,
                allowUnauthenticatedRemote);
    }

    PgWireConfig withHost(String newHost) {
        return new PgWireConfig(newHost, port, user, password, database, auth, tlsCertificate, tlsKey, tlsRequired,
                allowUnauthenticatedRemote);
    }

    PgWireConfig withUser(String newUser, String newPassword) {
        return new PgWireConfig(host, port, newUser, newPassword, database, auth, tlsCertificate, tlsKey,
                tlsRequired, allowUnauthenticatedRemote);
    }

    PgWireConfig withDatabase(String newDatabase) {
        return new PgWireConfig(host, port, user, password, newDatabase, auth, tlsCertificate, tlsKey, tlsRequired,
                allowUnauthenticatedRemote);
    }

    PgWireConfig withAuth(AuthMethod newAuth) {
        return new PgWireConfig(host, port, user, password, database, newAuth, tlsCertificate, tlsKey, tlsRequired,
                allowUnauthenticatedRemote);
    }

    PgWireConfig withTls(Path certificate, Path key, boolean required) {
        return new PgWireConfig(host, port, user, password, database, auth, certificate, key, required,
                allowUnauthenticatedRemote);
    }

    PgWireConfig withAllowUnauthenticatedRemote(boolean allow) {
        return new PgWireConfig(host, port, user, password, database, auth, tlsCertificate, tlsKey, tlsRequired,
                allow);
    }

    @Override
    public String toString() {
        return "PgWireConfig[host=" + host + ", port=" + port + ", user=" + user + ", password="
                + (password == null ? "none" : "***") + ", database=" + database + ", auth="
                + authMethod().configName() + ", tls=" + (tlsCertificate == null ? "off" : tlsCertificate)
                + (tlsRequired ? " (required)" : "") + (allowUnauthenticatedRemote ? ", unauthenticated remote" : "")
                + "]";
    }

    private static boolean bool(Properties p, String name) {
        String value = emptyToNull(p.getProperty(name));
        if (value == null) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes", "1" -> true;
            case "false", "off", "no", "0" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false: \"" + value + "\"");
        };
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
