package dev.pgwire.runtime.protocol;

import dev.pgwire.runtime.tls.TlsConfig;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.ssl.SslHandler;
import java.util.List;
import java.util.logging.Logger;

/**
 * PostgreSQL 17's direct TLS ({@code sslnegotiation=direct}): a client may open with a TLS ClientHello instead
 * of an SSLRequest. The first byte tells them apart (0x16, a TLS handshake record; a startup packet begins with
 * the high byte of its length, at most 10000, so 0x00). This handler looks at that byte once and replaces
 * itself with an {@link SslHandler}, or removes itself; Netty hands the bytes it held to whichever comes next.
 * As PostgreSQL requires, a direct TLS client must negotiate ALPN {@value TlsConfig#ALPN_POSTGRESQL}.
 */
final class DirectTlsDetector extends ByteToMessageDecoder {
    private static final Logger LOG = Logger.getLogger(DirectTlsDetector.class.getName());
    private static final int TLS_HANDSHAKE_RECORD = 0x16;

    private final TlsConfig tls;

    DirectTlsDetector(TlsConfig tls) {
        this.tls = tls;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (!in.isReadable()) {
            return;
        }
        if (in.getUnsignedByte(in.readerIndex()) == TLS_HANDSHAKE_RECORD) {
            SslHandler ssl = new SslHandler(tls.newEngine());
            ctx.pipeline().replace(this, TlsNegotiation.HANDLER_NAME, ssl);
            ssl.handshakeFuture().addListener(done -> {
                // The JDK engine's own answer: Netty's applicationProtocol() only knows Netty's engine wrappers.
                String alpn = ssl.engine().getApplicationProtocol();
                if (done.isSuccess() && (alpn == null || alpn.isEmpty())) {
                    // PostgreSQL: "received direct SSL connection request without ALPN protocol negotiation
                    // extension"; without ALPN a cross-protocol attack could pass another service's traffic.
                    LOG.fine(() -> "closing " + ctx.channel() + ": direct TLS without ALPN");
                    ctx.channel().close();
                }
            });
        } else {
            ctx.pipeline().remove(this);
        }
    }
}
