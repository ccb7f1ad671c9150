package dev.pgwire.runtime.protocol;

import dev.pgwire.runtime.auth.AuthMethod;
import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import dev.pgwire.runtime.session.CancelRegistry;
import dev.pgwire.runtime.session.ClientGoneException;
import dev.pgwire.runtime.session.QueryCancel;
import dev.pgwire.runtime.session.Session;
import dev.pgwire.runtime.session.SessionTerminatedException;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLException;

/**
 * One connection: startup and authentication, then every frontend message handed to the {@link Session}.
 * The event loop only decodes and enqueues; messages run in order on the connection's
 * {@link SerialExecutor}, so queries never block the event loop and responses keep message order. When
 * too many messages queue up, reading stops until the worker catches up.
 */
public final class PgConnectionHandler extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = Logger.getLogger(PgConnectionHandler.class.getName());
    private static final int PAUSE_READING_AT = 256;
    private static final int RESUME_READING_AT = 32;

    private enum Phase {
        STARTUP,
        PASSWORD,
        READY,
        CLOSED
    }

    private final ServerContext server;
    private final QueryCancel cancel = new QueryCancel();
    private final AtomicInteger queued = new AtomicInteger();
    /** Messages received so far; an idle timer only fires if none arrived since it was armed. */
    private final AtomicLong received = new AtomicLong();
    private volatile boolean started;
    // Event loop only: encryption requests already answered.
    private boolean sslRequested;
    private boolean gssRequested;
    private volatile boolean draining;
    private volatile ScheduledFuture<?> idleTimer;
    private ScheduledFuture<?> startupTimeout;
    private SerialExecutor executor;
    private ChannelResponseSink sink;
    private Channel channel;
    // Fields below are touched only by tasks on the serial executor.
    private Phase phase = Phase.STARTUP;
    private Map<String, String> startupParameters;
    private PasswordAuthentication authentication;
    private Session session;
    private CancelRegistry.Key key;

    public PgConnectionHandler(ServerContext server) {
        this.server = server;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        channel = ctx.channel();
        sink = new ChannelResponseSink(channel);
        executor = new SerialExecutor(server.workers());
        // authentication_timeout: a client that never completes startup does not hold a connection forever
        startupTimeout = ctx.executor().schedule(() -> {
            if (!started) {
                LOG.fine(() -> "closing " + channel + ": startup not completed in time");
                ctx.close();
            }
        }, server.limits().authenticationTimeoutMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FrontendMessage m)) {
            ctx.fireChannelRead(msg);
            return;
        }
        if (m instanceof FrontendMessage.SslRequest || m instanceof FrontendMessage.GssEncRequest) {
            negotiateEncryption(ctx, m); // before the next byte is decoded; nothing is queued before them
            return;
        }
        if (queued.incrementAndGet() >= PAUSE_READING_AT) {
            channel.config().setAutoRead(false);
        }
        received.incrementAndGet(); // after queued: see awaitNextCommand
        executor.execute(() -> {
            try {
                process(m);
                awaitNextCommand();
            } finally {
                if (queued.decrementAndGet() <= RESUME_READING_AT && !channel.config().isAutoRead()
                        && phase != Phase.CLOSED) {
                    channel.config().setAutoRead(true);
                }
            }
        });
    }

    /**
     * SSLRequest and GSSENCRequest, each allowed once and only before TLS started, as PostgreSQL: a repeated one
     * is read as a startup packet of an unsupported protocol version.
     */
    private void negotiateEncryption(ChannelHandlerContext ctx, FrontendMessage m) {
        boolean ssl = m instanceof FrontendMessage.SslRequest;
        if (TlsNegotiation.isTls(channel) || (ssl ? sslRequested : gssRequested)) {
            int code = ssl ? PgFrontendDecoder.SSL_REQUEST_CODE : PgFrontendDecoder.GSSENC_REQUEST_CODE;
            PgException e = new PgException(SqlState.FEATURE_NOT_SUPPORTED, "unsupported frontend protocol "
                    + (code >>> 16) + "." + (code & 0xFFFF) + ": server supports 3.0 to 3.0");
            channelRead(ctx, new FrontendMessage.Malformed(e));
            return;
        }
        if (ssl) {
            sslRequested = true;
            TlsNegotiation.answerSslRequest(ctx, server.access().tls());
        } else {
            gssRequested = true;
            TlsNegotiation.refuse(ctx);
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        sink.writabilityChanged();
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        startupTimeout.cancel(false);
        ScheduledFuture<?> idle = idleTimer;
        if (idle != null) {
            idle.cancel(false);
        }
        cancel.terminate(); // stops a running query now, from the event loop
        sink.writabilityChanged();
        executor.execute(this::closed);
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof IOException || cause.getCause() instanceof SSLException) {
            LOG.log(Level.FINE, "connection error", cause);
        } else {
            LOG.log(Level.WARNING, "unexpected error on connection " + ctx.channel(), cause);
        }
        ctx.close();
    }

    private void process(FrontendMessage m) {
        if (phase == Phase.CLOSED) {
            return;
        }
        if (LOG.isLoggable(Level.FINEST)) {
            LOG.finest(channel + " FE=> " + m);
        }
        try {
            switch (phase) {
                case STARTUP -> startupPhase(m);
                case PASSWORD -> passwordPhase(m);
                case READY -> dispatch(m);
                default -> { }
            }
        } catch (ClientGoneException e) {
            close();
        } catch (SessionTerminatedException e) {
            fatal(e.error());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "internal error on connection " + channel, e);
            fatal(new PgException(SqlState.INTERNAL_ERROR, String.valueOf(e.getMessage()), e));
        }
    }

    private void dispatch(FrontendMessage m) {
        if (m instanceof FrontendMessage.Query q) {
            session.query(q.sql());
        } else if (m instanceof FrontendMessage.Parse p) {
            session.parse(p.statement(), p.sql(), p.parameterTypes());
        } else if (m instanceof FrontendMessage.Bind b) {
            session.bind(b.portal(), b.statement(), b.parameterFormats(), b.parameterValues(), b.resultFormats());
        } else if (m instanceof FrontendMessage.Describe d) {
            if (d.target() == 'S') {
                session.describeStatement(d.name());
            } else {
                session.describePortal(d.name());
            }
        } else if (m instanceof FrontendMessage.Execute e) {
            session.execute(e.portal(), e.maxRows());
        } else if (m instanceof FrontendMessage.Close c) {
            if (c.target() == 'S') {
                session.closeStatement(c.name());
            } else {
                session.closePortal(c.name());
            }
        } else if (m instanceof FrontendMessage.Sync) {
            session.sync();
        } else if (m instanceof FrontendMessage.Flush) {
            session.flush();
        } else if (m instanceof FrontendMessage.Terminate) {
            close();
        } else if (m instanceof FrontendMessage.FunctionCall) {
            session.functionCall();
        } else if (m instanceof FrontendMessage.CopyMessage) {
            // ignored outside COPY, like PostgreSQL
        } else if (m instanceof FrontendMessage.Invalid bad) {
            session.invalidMessage(bad.type(), bad.error());
        } else if (m instanceof FrontendMessage.Malformed bad) {
            fatal(bad.error());
        } else if (m instanceof FrontendMessage.PasswordMessage) {
            fatal(new PgException(SqlState.PROTOCOL_VIOLATION, "invalid frontend message type " + (int) 'p'));
        } else {
            fatal(new PgException(SqlState.PROTOCOL_VIOLATION, "unexpected message " + m));
        }
    }

    private void startupPhase(FrontendMessage m) {
        if (m instanceof FrontendMessage.CancelRequest c) {
            server.cancelRegistry().cancel(c.processId(), c.secretKey());
            close();
        } else if (m instanceof FrontendMessage.Startup s) {
            startup(s);
        } else if (m instanceof FrontendMessage.Malformed bad) {
            fatal(bad.error());
        } else {
            fatal(new PgException(SqlState.PROTOCOL_VIOLATION, "expected startup packet"));
        }
    }

    private void startup(FrontendMessage.Startup s) {
        List<String> unrecognized = new ArrayList<>();
        for (String name : s.parameters().keySet()) {
            if (name.startsWith("_pq_.")) {
                unrecognized.add(name);
            }
        }
        if (s.minorVersion() > 0 || !unrecognized.isEmpty()) {
            sink.negotiateProtocolVersion(0, unrecognized);
        }
        startupParameters = s.parameters();
        String user = startupParameters.get("user");
        if (user == null || user.isEmpty()) {
            fatal(new PgException(SqlState.INVALID_AUTHORIZATION_SPECIFICATION,
                    "no PostgreSQL user name specified in startup packet"));
            return;
        }
        String database = startupParameters.getOrDefault("database", "");
        if (database.isEmpty()) {
            database = user;
        }
        ServerContext.Access access = server.access();
        boolean tls = TlsNegotiation.isTls(channel);
        if (access.tlsRequired() && !tls) {
            // What a hostssl-only pg_hba.conf answers, before any authentication
            fatal(new PgException(SqlState.INVALID_AUTHORIZATION_SPECIFICATION, "no pg_hba.conf entry for host \""
                    + TlsNegotiation.clientHost(channel) + "\", user \"" + user + "\", database \"" + database
                    + "\", no encryption"));
            return;
        }
        if (access.method() != AuthMethod.TRUST) {
            phase = Phase.PASSWORD;
            byte[] channelBinding = tls && access.tls() != null ? access.tls().channelBindingData() : null;
            authentication = new PasswordAuthentication(access, user, channelBinding, sink);
            authentication.start();
        } else {
            completeStartup();
        }
    }

    private void passwordPhase(FrontendMessage m) {
        if (m instanceof FrontendMessage.PasswordMessage p) {
            PasswordAuthentication.Outcome outcome;
            try {
                outcome = authentication.handle(p.body());
            } catch (PgException e) {
                fatal(e);
                return;
            }
            switch (outcome) {
                case SUCCESS -> completeStartup();
                case FAILURE -> fatal(authentication.failure());
                default -> { }
            }
        } else if (m instanceof FrontendMessage.Terminate) {
            close();
        } else if (m instanceof FrontendMessage.Malformed bad) {
            fatal(bad.error());
        } else if (m instanceof FrontendMessage.Invalid bad) {
            fatal(bad.error());
        } else {
            fatal(new PgException(SqlState.PROTOCOL_VIOLATION, "expected password response"));
        }
    }

    private void completeStartup() {
        if (server.cancelRegistry().size() >= server.limits().maxConnections()) {
            fatal(new PgException(SqlState.TOO_MANY_CONNECTIONS, "sorry, too many clients already"));
            return;
        }
        // Like PostgreSQL: AuthenticationOk first, then the database and the startup settings are checked,
        // so nothing about them is revealed to a client that has not logged in.
        sink.authenticationOk();
        String user = startupParameters.get("user");
        String database = startupParameters.getOrDefault("database", "");
        database = database.isEmpty() ? user : database;
        if (server.access().database() != null && !server.access().database().equals(database)) {
            fatal(new PgException(SqlState.INVALID_CATALOG_NAME, "database \"" + database + "\" does not exist"));
            return;
        }
        key = server.cancelRegistry().register(cancel);
        try {
            session = Session.start(server.services(), startupParameters, sink, cancel, key.processId());
        } catch (PgException e) {
            fatal(e);
            return;
        }
        session.sendInitialParameterStatus();
        sink.backendKeyData(key.processId(), key.secretKey());
        sink.readyForQuery(session.transactionStatus());
        sink.flush();
        phase = Phase.READY;
        started = true;
        startupTimeout.cancel(false);
    }

    /**
     * Server shutdown: the session ends with FATAL 57P01 as soon as it waits for a command (at once if it
     * does now); a running statement may finish first.
     */
    public void shutdown() {
        draining = true;
        executor.execute(() -> {
            if (phase == Phase.READY && (!sink.readyForQueryLast() || queued.get() > 0)) {
                return; // busy: awaitNextCommand ends it at its next ReadyForQuery
            }
            terminate();
        });
    }

    /** Shutdown's grace period is over: a running statement stops and the session ends with FATAL 57P01. */
    public void terminateNow() {
        draining = true;
        cancel.shutdown();
        executor.execute(this::terminate);
    }

    private void terminate() {
        if (phase != Phase.CLOSED) {
            fatal(new PgException(SqlState.ADMIN_SHUTDOWN, "terminating connection due to administrator command"));
        }
    }

    /**
     * After a message: when the session has just sent ReadyForQuery and nothing else is queued, it is idle.
     * Then a draining server ends it, or the idle timeout that applies is armed (idle_session_timeout,
     * idle_in_transaction_session_timeout); any message that arrives meanwhile defuses it.
     */
    private void awaitNextCommand() {
        if (phase != Phase.READY || !sink.readyForQueryLast()) {
            return;
        }
        long seen = received.get(); // before queued: a message counted after this is also queued after it
        if (queued.get() > 1) {
            return; // the next message is already waiting
        }
        if (draining) {
            terminate();
            return;
        }
        Session.IdleTimeout timeout = session.idleTimeout();
        if (timeout == null) {
            return;
        }
        ScheduledFuture<?> previous = idleTimer;
        if (previous != null) {
            previous.cancel(false);
        }
        try {
            idleTimer = channel.eventLoop().schedule(() -> executor.execute(() -> {
                if (phase == Phase.READY && received.get() == seen) {
                    fatal(timeout.error());
                }
            }), timeout.millis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // the server is stopping: the connection is about to be closed anyway
        }
    }

    private void fatal(PgException e) {
        sink.fatalAndClose(e);
        closed();
    }

    /** Terminate or CancelRequest: flush what is pending and close. */
    private void close() {
        if (channel.isActive()) {
            sink.flush();
            channel.close();
        }
        closed();
    }

    /** Releases the session once; runs on the serial executor. */
    private void closed() {
        if (phase == Phase.CLOSED) {
            return;
        }
        phase = Phase.CLOSED;
        if (key != null) {
            server.cancelRegistry().unregister(key);
        }
        if (session != null) {
            session.close();
        }
        sink.discard();
    }
}
