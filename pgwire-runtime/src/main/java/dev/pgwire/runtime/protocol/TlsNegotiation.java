package dev.pgwire.runtime.protocol;

import dev.pgwire.runtime.tls.TlsConfig;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.NetUtil;
import java.net.InetSocketAddress;

/**
 * Answers SSLRequest and GSSENCRequest on the event loop, before any later byte is decoded: 'S' and an
 * {@link SslHandler} in front of the decoder from the next byte on, or 'N' (no TLS configured, and never GSSAPI
 * encryption). The decoder has already refused bytes that arrived together with the request: they were sent
 * before TLS and could have been injected by a man in the middle.
 */
final class TlsNegotiation {
    static final String HANDLER_NAME = "pg-tls";

    private TlsNegotiation() {}

    /** Answers SSLRequest: 'S' and start TLS when {@code tls} is set, 'N' otherwise. */
    static void answerSslRequest(ChannelHandlerContext ctx, TlsConfig tls) {
        if (tls == null) {
            refuse(ctx);
            return;
        }
        // 'S' must leave unencrypted: it is written and flushed before the SslHandler joins the pipeline.
        ctx.writeAndFlush(ctx.alloc().buffer(1).writeByte('S'));
        startTls(ctx, tls);
    }

    /** Puts an SslHandler in front of the decoder, so that every later byte is TLS. */
    static void startTls(ChannelHandlerContext ctx, TlsConfig tls) {
        ChannelHandlerContext decoder = ctx.pipeline().context(PgFrontendDecoder.class);
        ctx.pipeline().addBefore(decoder.name(), HANDLER_NAME, new SslHandler(tls.newEngine()));
    }

    /** The single-byte 'N': this encryption is not available, go on in plain text or give up. */
    static void refuse(ChannelHandlerContext ctx) {
        ctx.writeAndFlush(ctx.alloc().buffer(1).writeByte('N'));
    }

    static boolean isTls(Channel channel) {
        return channel.pipeline().get(SslHandler.class) != null;
    }

    /** The client's address as PostgreSQL prints it in pg_hba messages. */
    static String clientHost(Channel channel) {
        if (channel.remoteAddress() instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return NetUtil.toAddressString(inet.getAddress());
        }
        return "[local]";
    }
}
