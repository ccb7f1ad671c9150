package dev.pgwire.runtime;

import dev.pgwire.runtime.auth.AuthMethod;
import dev.pgwire.runtime.engine.CalciteQueryEngine;
import dev.pgwire.runtime.protocol.CodecParameterDecoder;
import dev.pgwire.runtime.protocol.PasswordMethod;
import dev.pgwire.runtime.protocol.PgChannelInitializer;
import dev.pgwire.runtime.protocol.PgConnectionHandler;
import dev.pgwire.runtime.protocol.ServerContext;
import dev.pgwire.runtime.protocol.Transport;
import dev.pgwire.runtime.query.QueryEngine;
import dev.pgwire.runtime.session.CancelRegistry;
import dev.pgwire.runtime.session.SessionLimits;
import dev.pgwire.runtime.session.SessionServices;
import dev.pgwire.runtime.tables.TableRegistry;
import dev.pgwire.runtime.tls.TlsConfig;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A PostgreSQL wire-protocol server over a {@link TableRegistry}. Start one with {@link #start()} (all
 * defaults: 127.0.0.1:5433, user {@code pgwire}, trust authentication, tables discovered on the context
 * class loader, the Calcite engine) or {@link #builder()}; {@link #close()} stops it.
 *
 * <p>Its threads are daemon threads, so a running server does not keep the JVM alive by itself; call
 * {@link #awaitClose()} to serve until closed (as {@link PgWireMain} does).
 */
public final class PgWireServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(PgWireServer.class.getName());

    private final PgWireConfig config;
    private final ServerContext.Access access;
    private final TableRegistry registry;
    private final EventLoopGroup eventLoops;
    private final ExecutorService workers;
    private final ScheduledThreadPoolExecutor timer;
    private final ChannelGroup channels;
    private final CancelRegistry cancelRegistry;
    private final Channel serverChannel;
    private final int port;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Duration shutdownTimeout;
    private volatile boolean closing;

    /** System property: {@code false} skips warming the planner up in the background at start. */
    public static final String WARM_UP = "pgwire.warmUp";

    private PgWireServer(Builder b, PgWireConfig config, ServerContext.Access access, TableRegistry registry,
            QueryEngine engine) {
        this.config = config.withAuth(access.method()).withUser(config.user(), null); // only verifiers stay
        this.access = access;
        this.registry = registry;
        Transport transport = Transport.best();
        this.eventLoops = new MultiThreadIoEventLoopGroup(
                Math.min(4, Runtime.getRuntime().availableProcessors()),
                new DefaultThreadFactory("pgwire-io", true),
                transport.ioHandlers());
        this.workers = Executors.newCachedThreadPool(new DefaultThreadFactory("pgwire-session", true));
        this.timer = new ScheduledThreadPoolExecutor(1, new DefaultThreadFactory("pgwire-timer", true));
        timer.setRemoveOnCancelPolicy(true);
        this.channels = new DefaultChannelGroup("pgwire-connections", GlobalEventExecutor.INSTANCE);
        this.cancelRegistry = new CancelRegistry();
        this.shutdownTimeout = b.shutdownTimeout;
        SessionServices services = new SessionServices(engine, CodecParameterDecoder.INSTANCE, timer, b.sessionLimits);
        ServerContext context = new ServerContext(services, cancelRegistry, workers, access, b.limits);
        try {
            this.serverChannel = new ServerBootstrap()
                    .group(eventLoops)
                    .channel(transport.serverChannel())
                    .option(ChannelOption.SO_REUSEADDR, true)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childOption(ChannelOption.SO_KEEPALIVE, true)
                    // Bounded outbound buffering: a session stops producing rows while its channel is unwritable.
                    .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK,
                            new WriteBufferWaterMark(b.writeBufferHighWaterMark / 2, b.writeBufferHighWaterMark))
                    .childHandler(new PgChannelInitializer(context, channels))
                    .bind(config.host(), config.port())
                    .syncUninterruptibly()
                    .channel();
        } catch (Exception e) { // syncUninterruptibly rethrows the bind failure, checked or not
            shutdownExecutors();
            eventLoops.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            if (addressInUse(e)) {
                throw new IllegalStateException("cannot listen on " + config.host() + ":" + config.port()
                        + ": port " + config.port() + " is already in use (set another port, or 0 for any free port)",
                        e);
            }
            throw new IllegalStateException("cannot listen on " + config.host() + ":" + config.port() + ": " + e, e);
        }
        this.port = ((InetSocketAddress) serverChannel.localAddress()).getPort();
        LOG.fine(() -> "pgwire transport: " + transport.name());
    }

    /** Starts a server with every default. */
    public static PgWireServer start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The bound port (the chosen one when started with port 0). */
    public int port() {
        return port;
    }

    public String host() {
        return config.host();
    }

    /** The settings it runs with, on the bound port; without the password, which is not kept after start. */
    public PgWireConfig config() {
        return config.withPort(port);
    }

    public TableRegistry registry() {
        return registry;
    }

    /** Live connections. */
    public int connectionCount() {
        return channels.size();
    }

    /**
     * Exposes the {@code @PgTable} instance members of {@code instance}.
     *
     * @throws IllegalArgumentException when its class declares none
     */
    public PgWireServer expose(Object instance) {
        registry.expose(instance);
        return this;
    }

    /** The psql command that connects to this server. */
    public String psqlCommand() {
        StringBuilder sb = new StringBuilder(access.tlsRequired() ? "PGSSLMODE=require psql -h " : "psql -h ").append(config.host()).append(" -p ").append(port)
                .append(" -U ").append(config.user());
        if (config.database() != null && !config.database().equals(config.user())) {
            sb.append(" -d ").append(config.database());
        }
        return sb.toString();
    }

    /** The pgjdbc URL of this server. */
    public String jdbcUrl() {
        String database = config.database() != null ? config.database() : config.user();
        return "jdbc:postgresql://" + config.host() + ":" + port + "/" + database + "?user=" + config.user()
                + (access.tlsRequired() ? "&sslmode=require" : "");
    }

    /** Blocks until the server is closed. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /**
     * Bytes that sessions have written and the operating system has not yet taken, over all connections.
     * Each connection stops producing rows above its write buffer's high-water mark
     * ({@link Builder#writeBufferHighWaterMark}), so this stays below about that mark per connection.
     */
    public long bufferedOutboundBytes() {
        long total = 0;
        for (Channel ch : channels) {
            ChannelOutboundBuffer buffer = ch.unsafe().outboundBuffer();
            if (buffer != null) {
                total += buffer.totalPendingWriteBytes();
            }
        }
        return total;
    }

    /** {@link #shutdown(Duration)} with the configured {@link Builder#shutdownTimeout} (default 5 s). */
    @Override
    public void close() {
        shutdown(shutdownTimeout);
    }

    /**
     * Graceful shutdown, like PostgreSQL's: stops accepting connections; sessions waiting for a command end
     * at once with FATAL 57P01 ({@code terminating connection due to administrator command}), sessions
     * running a statement end the same way when it completes; after {@code grace}, statements still running
     * are stopped and their sessions end too. Then the threads stop. Idempotent; returns when done.
     */
    public void shutdown(Duration grace) {
        Objects.requireNonNull(grace, "grace");
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
        }
        PgWire.unregister(this);
        try {
            serverChannel.close().syncUninterruptibly();
            forEachConnection(PgConnectionHandler::shutdown);
            if (!awaitNoConnections(grace)) {
                LOG.info(() -> channels.size() + " sessions still busy after " + grace.toMillis()
                        + " ms: terminating them");
                forEachConnection(PgConnectionHandler::terminateNow);
                awaitNoConnections(Duration.ofSeconds(2));
            }
            channels.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
            eventLoops.shutdownGracefully(0, 5, TimeUnit.SECONDS).awaitUninterruptibly(10, TimeUnit.SECONDS);
            shutdownExecutors();
            LOG.info(() -> "pgwire server on " + config.host() + ":" + port + " stopped");
        } finally {
            closed.countDown();
        }
    }

    /** NIO reports a taken port as a BindException; the native epoll transport as an IOException with errno text. */
    private static boolean addressInUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException
                    || (t.getMessage() != null && t.getMessage().contains("Address already in use"))) {
                return true;
            }
        }
        return false;
    }

    private void forEachConnection(java.util.function.Consumer<PgConnectionHandler> action) {
        for (Channel ch : channels) {
            PgConnectionHandler handler = ch.pipeline().get(PgConnectionHandler.class);
            if (handler != null) {
                action.accept(handler);
            }
        }
    }

    private boolean awaitNoConnections(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!channels.isEmpty()) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private void shutdownExecutors() {
        workers.shutdown();
        timer.shutdownNow();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Configures and starts a {@link PgWireServer}. */
    public static final class Builder {
        private PgWireConfig config = PgWireConfig.defaults();
        private TableRegistry registry;
        private QueryEngine engine;
        private final List<Object> exposed = new ArrayList<>();
        private ServerContext.Limits limits = ServerContext.Limits.DEFAULT;
        private final Map<String, String> users = new LinkedHashMap<>();
        private TlsConfig tls;
        private SessionLimits sessionLimits = SessionLimits.DEFAULT;
        private Duration shutdownTimeout = Duration.ofSeconds(5);
        private int writeBufferHighWaterMark = 64 * 1024;

        private Builder() {}

        /** All connection settings at once, e.g. {@link PgWireConfig#fromSystemProperties()}. */
        public Builder config(PgWireConfig c) {
            this.config = Objects.requireNonNull(c, "config");
            return this;
        }

        /**
         * Address to listen on (default 127.0.0.1). Any address that is not loopback needs authentication, or
         * {@link #allowUnauthenticatedRemote(boolean)}: the server refuses to start otherwise.
         */
        public Builder host(String host) {
            config = config.withHost(host);
            return this;
        }

        /** TCP port; 0 picks a free one (see {@link PgWireServer#port()}). */
        public Builder port(int port) {
            config = config.withPort(port);
            return this;
        }

        /** The user {@link #password(String)} belongs to (default {@code pgwire}). */
        public Builder user(String user) {
            config = config.withUser(user, config.password());
            return this;
        }

        /**
         * The password of {@link #user(String)}; null means none. With a password, logins use SCRAM-SHA-256
         * unless {@link #auth(AuthMethod)} says otherwise. A stored secret copied from PostgreSQL
         * ({@code SCRAM-SHA-256$...}, or {@code md5...} for the md5 and password methods) works too.
         */
        public Builder password(String password) {
            config = config.withUser(config.user(), password);
            return this;
        }

        /**
         * Adds a user who may log in with {@code password} (or a stored secret, as for {@link #password}); call
         * once per user. Passwords are turned into salted verifiers at start and not kept.
         */
        public Builder user(String name, String password) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(password, "password");
            if (users.putIfAbsent(name, password) != null) {
                throw new IllegalArgumentException("user \"" + name + "\" is added twice");
            }
            return this;
        }

        /**
         * How clients log in (like {@code pgwire.auth}): default {@link AuthMethod#SCRAM_SHA_256} when a password
         * is set, {@link AuthMethod#TRUST} otherwise.
         */
        public Builder auth(AuthMethod method) {
            config = config.withAuth(Objects.requireNonNull(method, "method"));
            return this;
        }

        /** The first release's name for {@link #auth(AuthMethod)}. */
        public Builder passwordMethod(PasswordMethod method) {
            return auth(method.authMethod());
        }

        /** Serves TLS with a PEM certificate chain and its private key (PKCS#8, PKCS#1 RSA or SEC 1 EC). */
        public Builder tls(Path certificateChain, Path privateKey) {
            config = config.withTls(certificateChain, privateKey, config.tlsRequired());
            return this;
        }

        /** Serves TLS with a ready identity, e.g. {@link TlsConfig#of} over a key store's SSLContext. */
        public Builder tls(TlsConfig tlsConfig) {
            this.tls = Objects.requireNonNull(tlsConfig, "tlsConfig");
            return this;
        }

        /** Refuses clients that do not use TLS (FATAL 28000, like a {@code hostssl}-only pg_hba.conf). */
        public Builder tlsRequired(boolean required) {
            config = config.withTls(config.tlsCertificate(), config.tlsKey(), required);
            return this;
        }

        /**
         * Allows trust authentication on a non-loopback address: anyone who reaches it can read every exposed
         * table. Only for networks you trust completely.
         */
        public Builder allowUnauthenticatedRemote(boolean allow) {
            config = config.withAllowUnauthenticatedRemote(allow);
            return this;
        }

        /** The only database name clients may ask for; null accepts any. */
        public Builder database(String database) {
            config = config.withDatabase(database);
            return this;
        }

        /** Tables to serve; default: every generated provider on the context class loader. */
        public Builder registry(TableRegistry registry) {
            this.registry = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /** SQL engine; default: {@link CalciteQueryEngine} over the registry. */
        public Builder engine(QueryEngine engine) {
            this.engine = Objects.requireNonNull(engine, "engine");
            return this;
        }

        /** Instances whose {@code @PgTable} members are exposed at start. */
        public Builder expose(Object... instances) {
            for (Object i : instances) {
                exposed.add(Objects.requireNonNull(i, "instance"));
            }
            return this;
        }

        /** Largest frontend message accepted, in bytes (default 16 MiB); larger ones close the connection. */
        public Builder maxMessageLength(int bytes) {
            limits = limits.withMaxMessageLength(bytes);
            return this;
        }

        /** Sessions allowed at once (default 100); more are refused with 53300 like PostgreSQL's max_connections. */
        public Builder maxConnections(int connections) {
            limits = limits.withMaxConnections(connections);
            return this;
        }

        /** How long a client may take to complete startup and authentication (default 60 s). */
        public Builder authenticationTimeout(Duration timeout) {
            limits = limits.withAuthenticationTimeoutMillis(timeout.toMillis());
            return this;
        }

        /**
         * Named prepared statements one session may hold (default 1000); Parse beyond it fails with 53400.
         */
        public Builder maxPreparedStatements(int statements) {
            sessionLimits = sessionLimits.withMaxPreparedStatements(statements);
            return this;
        }

        /** Named portals one session may hold open (default 100); Bind beyond it fails with 53400. */
        public Builder maxPortals(int portals) {
            sessionLimits = sessionLimits.withMaxPortals(portals);
            return this;
        }

        /** Default {@code statement_timeout} of every session (default 0: none); clients may SET their own. */
        public Builder statementTimeout(Duration timeout) {
            sessionLimits = sessionLimits.withSettingDefault("statement_timeout", millis(timeout));
            return this;
        }

        /**
         * Default {@code idle_session_timeout} (default 0: none): a session idle outside a transaction for
         * this long is ended with FATAL 57P05. Clients may SET their own, as in PostgreSQL.
         */
        public Builder idleSessionTimeout(Duration timeout) {
            sessionLimits = sessionLimits.withSettingDefault("idle_session_timeout", millis(timeout));
            return this;
        }

        /**
         * Default {@code idle_in_transaction_session_timeout} (default 0: none): a session idle inside a
         * transaction block for this long is ended with FATAL 25P03. Clients may SET their own.
         */
        public Builder idleInTransactionSessionTimeout(Duration timeout) {
            sessionLimits = sessionLimits.withSettingDefault("idle_in_transaction_session_timeout", millis(timeout));
            return this;
        }

        /**
         * Bytes a connection may have waiting to be sent (default 64 KiB) before its session stops producing
         * rows until the client reads (it resumes at half of it).
         */
        public Builder writeBufferHighWaterMark(int bytes) {
            if (bytes < 2 * 1024) {
                throw new IllegalArgumentException("writeBufferHighWaterMark must be at least 2048 bytes: " + bytes);
            }
            this.writeBufferHighWaterMark = bytes;
            return this;
        }

        /** How long {@link PgWireServer#close()} lets running statements finish (default 5 s). */
        public Builder shutdownTimeout(Duration timeout) {
            if (timeout.isNegative()) {
                throw new IllegalArgumentException("shutdownTimeout must not be negative: " + timeout);
            }
            this.shutdownTimeout = timeout;
            return this;
        }

        /**
         * Limits from {@code pgwire.*} properties: {@code maxConnections}, {@code maxMessageLength},
         * {@code authenticationTimeout}, {@code maxPreparedStatements}, {@code maxPortals},
         * {@code statementTimeout}, {@code idleSessionTimeout}, {@code idleInTransactionSessionTimeout},
         * {@code writeBufferHighWaterMark}, {@code shutdownTimeout} (e.g. {@code pgwire.maxPortals=50},
         * {@code pgwire.idleSessionTimeout=10min}). Absent ones keep their current value.
         *
         * @throws IllegalArgumentException naming the property with an invalid value
         */
        public Builder limits(java.util.Properties properties) {
            LimitProperties.apply(properties, this);
            return this;
        }

        private static String millis(Duration d) {
            if (d.isNegative()) {
                throw new IllegalArgumentException("timeout must not be negative: " + d);
            }
            return Long.toString(d.toMillis());
        }

        /**
         * Binds and starts serving.
         *
         * @throws IllegalStateException when the port cannot be bound (naming the port), or the security settings
         *                               are unsafe or incomplete (saying why)
         * @throws IllegalArgumentException when a TLS file or a stored secret is unreadable or malformed
         */
        public PgWireServer start() {
            ServerContext.Access access = ServerSecurity.access(config, users, tls);
            TableRegistry r = registry != null
                    ? registry
                    : TableRegistry.discover(Thread.currentThread().getContextClassLoader());
            for (Object instance : exposed) {
                r.expose(instance);
            }
            QueryEngine e = engine != null ? engine : new CalciteQueryEngine(r);
            PgWireServer server = new PgWireServer(this, config, access, r, e);
            try {
                PgWire.register(server);
            } catch (RuntimeException ex) {
                server.close();
                throw ex;
            }
            LOG.log(Level.INFO, "pgwire listening on {0}:{1,number,#} ({4}). Connect with: {2}  (JDBC: {3})",
                    new Object[] {server.host(), server.port(), server.psqlCommand(), server.jdbcUrl(),
                        ServerSecurity.describe(access)});
            if (e instanceof CalciteQueryEngine calcite && Boolean.parseBoolean(System.getProperty(WARM_UP, "true"))) {
                // Loading and JIT-compiling the planner takes over a second; do it before the first client asks.
                Thread warmUp = new Thread(calcite::warmUp, "pgwire-warm-up");
                warmUp.setDaemon(true);
                warmUp.setPriority(Thread.MIN_PRIORITY);
                warmUp.start();
            }
            return server;
        }
    }
}
