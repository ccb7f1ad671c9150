package dev.pgwire.runtime.protocol;

import dev.pgwire.runtime.session.SessionServices;
import io.netty.channel.embedded.EmbeddedChannel;

/** A second connection to the same server as a {@link Conversation}, sharing its cancel registry. */
final class EmbeddedChannelPeer {
    private final EmbeddedChannel channel;

    EmbeddedChannelPeer(Conversation c) {
        SessionServices services = new SessionServices(c.engine, Conversation.TEST_PARAMETERS, c.timer);
        ServerContext context = new ServerContext(services, c.cancelRegistry, Runnable::run,
                ServerContext.Access.trust("alice"), ServerContext.Limits.DEFAULT.withMaxConnections(2));
        channel = new EmbeddedChannel(new PgFrontendDecoder(), new PgConnectionHandler(context));
    }

    void cancel(int pid, int key) {
        channel.writeInbound(ClientMessages.create().cancelRequest(pid, key).buffer());
        channel.runPendingTasks();
    }

    /** Starts up as a second session; returns the last response line. */
    String startup() {
        channel.writeInbound(ClientMessages.create().startup(java.util.Map.of("user", "bob")).buffer());
        BackendReader reader = new BackendReader();
        java.util.List<String> out = new java.util.ArrayList<>();
        io.netty.buffer.ByteBuf b;
        while ((b = channel.readOutbound()) != null) {
            out.addAll(reader.read(b));
        }
        return out.get(out.size() - 1);
    }

    boolean active() {
        return channel.isActive();
    }
}
