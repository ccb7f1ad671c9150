package dev.pgwire.runtime.protocol;

import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.group.ChannelGroup;

/**
 * Pipeline of one connection: with TLS configured, a detector for direct TLS (replaced by the SslHandler, or
 * gone after the first byte); the frontend decoder; the connection handler.
 */
public final class PgChannelInitializer extends ChannelInitializer<Channel> {
    private final ServerContext server;
    private final ChannelGroup channels;

    /** @param channels every accepted channel is added, so the server can close them all */
    public PgChannelInitializer(ServerContext server, ChannelGroup channels) {
        this.server = server;
        this.channels = channels;
    }

    @Override
    protected void initChannel(Channel ch) {
        channels.add(ch);
        if (server.access().tls() != null) {
            ch.pipeline().addLast("pg-direct-tls", new DirectTlsDetector(server.access().tls()));
        }
        ch.pipeline()
                .addLast("pg-decoder", new PgFrontendDecoder(server.limits().maxMessageLength()))
                .addLast("pg-connection", new PgConnectionHandler(server));
    }
}
