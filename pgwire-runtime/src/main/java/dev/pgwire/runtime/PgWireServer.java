package dev.pgwire.runtime;

import dev.pgwire.runtime.engine.CalciteQueryEngine;
import dev.pgwire.runtime.protocol.CodecParameterDecoder;
import dev.pgwire.runtime.protocol.PasswordMethod;
import dev.pgwire.runtime.protocol.PgChannelInitializer;
import dev.pgwire.runtime.protocol.ServerContext;
import dev.pgwire.runtime.protocol.Transport;
import dev.pgwire.runtime.query.QueryEngine;
import dev.pgwire.runtime.session.CancelRegistry;
import dev.pgwire.runtime.session.SessionServices;
import dev.pgwire.runtime.tables.TableRegistry;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
    private final TableRegistry registry;
    private final EventLoopGroup eventLoops;
    private final ExecutorService workers;
    private final ScheduledThreadPoolExecutor timer;
    private final ChannelGroup channels;
    private final CancelRegistry cancelRegistry;
    private final Channel serverChannel;
    private final int port;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean closing;

    /** System property: {@code false} skips warming the planner up in the background at start. */
    public static final String WARM_UP = "pgwire.warmUp";

    private PgWireServer(Builder b, PgWireConfig config, TableRegistry registry, QueryEngine engine) {
        this.config = config;
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
        SessionServices services = new SessionServices(engine, CodecParameterDecoder.INSTANCE, timer);
        ServerContext.Access access =
                new ServerContext.Access(config.user(), config.password(), b.passwordMethod, config.database());
        ServerContext context = new ServerContext(services, cancelRegistry, workers, access, b.limits);
        try {
            this.serverChannel = new ServerBootstrap()
                    .group(eventLoops)
                    .channel(transport.serverChannel())
                    .option(ChannelOption.SO_REUSEADDR, true)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childOption(ChannelOption.SO_KEEPALIVE, true)
                    .childHandler(new PgChannelInitializer(context, channels))
                    .bind(config.host(), config.port())
                    .syncUninterruptibly()
                    .channel();
        } catch (Exception e) { // syncUninterruptibly rethrows the bind failure, checked or not
            shutdownExecutors();
            eventLoops.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            if (portInUse(e)) {
                throw new IllegalStateException("cannot listen on " + config.host() + ":" + config.port()
                        + ": port " + config.port() + " is already in use (set another port, or 0 for any free port)",
                        e);
            }
            throw new IllegalStateException("cannot listen on " + config.host() + ":" + config.port() + ": " + e, e);
        }
        this.port = ((InetSocketAddress) serverChannel.localAddress()).getPort();
        LOG.fine(() -> "pgwire transport: " + transport.name());
    }

    /** Whether a bind failed because the port is taken: NIO says BindException, epoll EADDRINUSE. */
    private static boolean portInUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BindException || String.valueOf(t.getMessage()).contains("Address already in use")) {
                return true;
            }
        }
        return false;
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
        StringBuilder sb = new StringBuilder("psql -h ").append(config.host()).append(" -p ").append(port)
                .append(" -U ").append(config.user());
        if (config.database() != null && !config.database().equals(config.user())) {
            sb.append(" -d ").append(config.database());
        }
        return sb.toString();
    }

    /** The pgjdbc URL of this server. */
    public String jdbcUrl() {
        String database = config.database() != null ? config.database() : config.user();
        return "jdbc:postgresql://" + config.host() + ":" + port + "/" + database + "?user=" + config.user();
    }

    /** Blocks until the server is closed. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /** Stops accepting, closes every connection, stops the threads and waits for them. Idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
        }
        PgWire.unregister(this);
        try {
            serverChannel.close().syncUninterruptibly();
            channels.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
            eventLoops.shutdownGracefully(0, 5, TimeUnit.SECONDS).awaitUninterruptibly(10, TimeUnit.SECONDS);
            shutdownExecutors();
            LOG.info(() -> "pgwire server on " + config.host() + ":" + port + " stopped");
        } finally {
            closed.countDown();
        }
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
        private PasswordMethod passwordMethod = PasswordMethod.CLEARTEXT;

        private Builder() {}

        /** All connection settings at once, e.g. {@link PgWireConfig#fromSystemProperties()}. */
        public Builder config(PgWireConfig c) {
            this.config = Objects.requireNonNull(c, "config");
            return this;
        }

        public Builder host(String host) {
            config = new PgWireConfig(host, config.port(), config.user(), config.password(), config.database());
            return this;
        }

        /** TCP port; 0 picks a free one (see {@link PgWireServer#port()}). */
        public Builder port(int port) {
            config = config.withPort(port);
            return this;
        }

        public Builder user(String user) {
            config = new PgWireConfig(config.host(), config.port(), user, config.password(), config.database());
            return this;
        }

        /** Requires this password (and the configured user); null means trust. */
        public Builder password(String password) {
            config = new PgWireConfig(config.host(), config.port(), config.user(), password, config.database());
            return this;
        }

        /**
         * How the password is checked: {@link PasswordMethod#CLEARTEXT} (default) or
         * {@link PasswordMethod#SCRAM_SHA_256}, which never sends the password over the connection.
         */
        public Builder passwordMethod(PasswordMethod method) {
            this.passwordMethod = Objects.requireNonNull(method, "method");
            return this;
        }

        /** The only database name clients may ask for; null accepts any. */
        public Builder database(String database) {
            config = new PgWireConfig(config.host(), config.port(), config.user(), config.password(), database);
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
         * Binds and starts serving.
         *
         * @throws IllegalStateException when the port cannot be bound (naming the port)
         */
        public PgWireServer start() {
            TableRegistry r = registry != null
                    ? registry
                    : TableRegistry.discover(Thread.currentThread().getContextClassLoader());
            for (Object instance : exposed) {
                r.expose(instance);
            }
            QueryEngine e = engine != null ? engine : new CalciteQueryEngine(r);
            PgWireServer server = new PgWireServer(this, config, r, e);
            try {
                PgWire.register(server);
            } catch (RuntimeException ex) {
                server.close();
                throw ex;
            }
            LOG.log(Level.INFO, "pgwire listening on {0}:{1,number,#}. Connect with: {2}  (JDBC: {3})",
                    new Object[] {server.host(), server.port(), server.psqlCommand(), server.jdbcUrl()});
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
