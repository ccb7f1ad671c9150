package dev.pgwire.runtime.protocol;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;

/**
 * The Netty transport the server binds with: the native epoll transport where its library loads (Linux
 * x86-64: fewer system calls and no selector garbage), otherwise NIO. {@code -Dpgwire.nativeTransport=false}
 * forces NIO.
 *
 * @param name           {@code epoll} or {@code nio}, for the log
 * @param ioHandlers     event-loop I/O handlers
 * @param serverChannel  the listening channel class
 */
public record Transport(String name, IoHandlerFactory ioHandlers, Class<? extends ServerChannel> serverChannel) {
    /** System property: {@code false} keeps the server on NIO even where epoll is available. */
    public static final String NATIVE = "pgwire.nativeTransport";

    /** The best transport available here. */
    public static Transport best() {
        if (Boolean.parseBoolean(System.getProperty(NATIVE, "true")) && epollAvailable()) {
            return new Transport("epoll", EpollIoHandler.newFactory(), EpollServerSocketChannel.class);
        }
        return nio();
    }

    /** Java NIO: works everywhere. */
    public static Transport nio() {
        return new Transport("nio", NioIoHandler.newFactory(), NioServerSocketChannel.class);
    }

    private static boolean epollAvailable() {
        try {
            return Epoll.isAvailable();
        } catch (LinkageError e) {
            return false; // the native artifact is missing from the class path
        }
    }
}
