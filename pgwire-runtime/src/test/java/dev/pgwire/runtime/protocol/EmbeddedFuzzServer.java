package dev.pgwire.runtime.protocol;

import dev.pgwire.runtime.TestEngine;
import dev.pgwire.runtime.session.CancelRegistry;
import dev.pgwire.runtime.session.SessionServices;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * One server's shared state (engine, cancel registry, limits) with connections as {@link EmbeddedChannel}s
 * running the real decoder, handler and session on the calling thread.
 */
final class EmbeddedFuzzServer implements AutoCloseable {
    final TestEngine engine = new TestEngine();
    final CancelRegistry cancelRegistry = new CancelRegistry();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final ServerContext context;

    /** What one connection answered to some input. */
    record Exchange(BackendStream response, boolean stillOpen) {}

    EmbeddedFuzzServer(int maxMessageLength) {
        SessionServices services = new SessionServices(engine, Conversation.TEST_PARAMETERS, timer);
        context = new ServerContext(services, cancelRegistry, Runnable::run, ServerContext.Access.trust("alice"),
                ServerContext.Limits.DEFAULT.withMaxMessageLength(maxMessageLength).withMaxConnections(4));
    }

    /**
     * Opens a connection, feeds it {@code chunks} in order (each in a pooled, leak-tracked buffer), collects
     * the response, closes the connection.
     */
    Exchange exchange(List<byte[]> chunks) {
        EmbeddedChannel ch = new EmbeddedChannel(new PgFrontendDecoder(context.limits().maxMessageLength()),
                new PgConnectionHandler(context));
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try {
            for (byte[] chunk : chunks) {
                if (!ch.isActive()) {
                    break;
                }
                ByteBuf in = ByteBufAllocator.DEFAULT.buffer(chunk.length);
                ch.writeInbound(in.writeBytes(chunk));
                ch.runPendingTasks();
                drain(ch, received);
            }
            boolean open = ch.isActive();
            return new Exchange(BackendStream.parse(received.toByteArray(), false), open);
        } finally {
            ch.close();
            ch.runPendingTasks();
            drain(ch, received);
            ch.finishAndReleaseAll();
        }
    }

    Exchange exchange(byte[]... chunks) {
        return exchange(List.of(chunks));
    }

    /** The startup packet of user alice. */
    static byte[] startup() {
        return ClientMessages.create().startup(java.util.Map.of("user", "alice", "TimeZone", "UTC")).bytes();
    }

    /** A healthy connection answers select 1. */
    void assertHealthy() {
        Exchange e = exchange(startup(), ClientMessages.create().query("select 1").bytes());
        List<String> types = e.response().messages().stream().map(Object::toString).toList();
        if (!e.stillOpen() || !types.subList(Math.max(0, types.size() - 4), types.size())
                .equals(List.of("T", "D", "C", "Z"))) {
            throw new AssertionError("a healthy connection did not answer select 1: " + types);
        }
    }

    /** Nothing is left behind by closed connections: no session registered, no cursor open. */
    void assertNothingLeft() {
        if (cancelRegistry.size() != 0) {
            throw new AssertionError(cancelRegistry.size() + " sessions still registered after their connections closed");
        }
        if (engine.openCursors.get() != 0) {
            throw new AssertionError(engine.openCursors.get() + " cursors still open after their connections closed");
        }
    }

    private static void drain(EmbeddedChannel ch, ByteArrayOutputStream out) {
        Object o;
        while ((o = ch.readOutbound()) != null) {
            ByteBuf b = (ByteBuf) o;
            try {
                byte[] bytes = new byte[b.readableBytes()];
                b.readBytes(bytes);
                out.writeBytes(bytes);
            } finally {
                b.release();
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
