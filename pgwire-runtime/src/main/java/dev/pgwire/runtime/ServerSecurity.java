package dev.pgwire.runtime;

import dev.pgwire.runtime.auth.AuthMethod;
import dev.pgwire.runtime.auth.UserStore;
import dev.pgwire.runtime.protocol.ServerContext;
import dev.pgwire.runtime.tls.TlsConfig;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Turns a server's settings into its {@link ServerContext.Access} and refuses unsafe ones before anything is
 * bound: trust on an address other machines can reach, TLS required without a certificate, a method that
 * needs a password without one.
 */
final class ServerSecurity {
    private static final Logger LOG = Logger.getLogger(ServerSecurity.class.getName());

    private ServerSecurity() {}

    /**
     * @param extraUsers users added with {@code Builder.user(name, password)}, besides the config's own
     * @param tls        TLS given directly to the builder, or null to read the config's PEM files (if any)
     */
    static ServerContext.Access access(PgWireConfig config, Map<String, String> extraUsers, TlsConfig tls) {
        AuthMethod method = config.auth() != null ? config.auth()
                : config.password() != null || !extraUsers.isEmpty() ? AuthMethod.SCRAM_SHA_256 : AuthMethod.TRUST;
        UserStore.Builder users = UserStore.builder(method);
        if (config.password() != null) {
            users.add(config.user(), config.password());
        }
        extraUsers.forEach(users::add);
        UserStore store = users.build();
        if (method != AuthMethod.TRUST && store.isEmpty()) {
            throw new IllegalStateException("pgwire.auth=" + method.configName() + " needs a password: set"
                    + " pgwire.password (Builder.password(..)) or add users with Builder.user(name, password)");
        }
        if (method == AuthMethod.TRUST && !store.isEmpty()) {
            LOG.warning("pgwire.auth=trust: the configured passwords are ignored and any user name is accepted");
        }
        if (tls == null && config.tlsCertificate() != null) {
            tls = TlsConfig.fromPemFiles(config.tlsCertificate(), config.tlsKey());
        }
        if (config.tlsRequired() && tls == null) {
            throw new IllegalStateException("pgwire.tls.required=true needs a certificate: set pgwire.tls.cert and"
                    + " pgwire.tls.key (Builder.tls(certificate, key)) to PEM files");
        }
        checkExposure(config, method, tls);
        return new ServerContext.Access(method, store, config.database(), tls, config.tlsRequired());
    }

    private static void checkExposure(PgWireConfig config, AuthMethod method, TlsConfig tls) {
        if (loopbackOnly(config.host())) {
            return;
        }
        if (method == AuthMethod.TRUST && !config.allowUnauthenticatedRemote()) {
            throw new IllegalStateException("refusing to listen on " + config.host() + " without authentication:"
                    + " anyone who can reach that address could read every exposed table. Set a password"
                    + " (pgwire.password, or Builder.password(..)), or bind to 127.0.0.1; on a network you trust"
                    + " completely, allow it with pgwire.allowUnauthenticatedRemote=true"
                    + " (Builder.allowUnauthenticatedRemote(true))");
        }
        if (tls == null && method != AuthMethod.TRUST) {
            LOG.warning("pgwire listens on " + config.host() + " without TLS: queries and results cross the network"
                    + " in clear text" + (method == AuthMethod.PASSWORD ? ", and so do passwords" : "")
                    + "; configure pgwire.tls.cert and pgwire.tls.key");
        }
    }

    /** True when every address {@code host} names is a loopback address (an unresolvable host is not). */
    static boolean loopbackOnly(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** For the start-up log line: {@code scram-sha-256, TLS required}. */
    static String describe(ServerContext.Access access) {
        String tls = access.tls() == null ? "no TLS" : access.tlsRequired() ? "TLS required" : "TLS optional";
        return access.method().configName() + ", " + tls;
    }
}
