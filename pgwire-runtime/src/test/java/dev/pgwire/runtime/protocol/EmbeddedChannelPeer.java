package dev.pgwire.runtime.protocol;

import dev.pgwire.runtime.session.SessionServices;
import io.netty.channel.embedded.EmbeddedChannel;

/** A second connection to the same server as a {@link Conversation}, sharing its cancel registry. */
final class EmbeddedChannelPeer {
    private final EmbeddedChannel channel;

    EmbeddedChannelPeer(Conversation c) {
        SessionServices services = new SessionServices(c.engine, Conversation.TEST_PARAMETERS, c.timer);
        ServerContext context = new ServerContext(services, c.cancelRegistry, Runnable::run, "alice", null, null,
                PgFrontendDecoder.DEFAULT_MAX_MESSAGE_LENGTH);
        channel = new EmbeddedChannel(new PgFrontendDecoder(), new PgConnectionHandler(context));
    }

    void cancel(int pid, int key) {
        channel.writeInbound(ClientMessages.create().cancelRequest(pid, key).buffer());
        channel.runPendingTasks();
    }

    boolean active() {
        return channel.isActive();
    }
}
