package dev.pgwire.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pgwire.runtime.PgWireServer;
import dev.pgwire.runtime.tables.TableRegistry;
import io.netty.channel.epoll.Epoll;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The server binds with native epoll where it is available, NIO otherwise or when asked, and serves on both. */
class TransportTest {
    @Test
    void epollWhereAvailable() {
        assertEquals(Epoll.isAvailable() ? "epoll" : "nio", Transport.best().name());
    }

    @Test
    void nioWhenNativeTransportIsOff() {
        System.setProperty(Transport.NATIVE, "false");
        try {
            assertEquals("nio", Transport.best().name());
        } finally {
            System.clearProperty(Transport.NATIVE);
        }
    }

    @Test
    void bothTransportsServeQueries() throws Exception {
        for (String nativeTransport : new String[] {"true", "false"}) {
            System.setProperty(Transport.NATIVE, nativeTransport);
            try (PgWireServer server = PgWireServer.builder().port(0).registry(new TableRegistry()).start();
                    Connection c = DriverManager.getConnection(server.jdbcUrl());
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT 41 + 1")) {
                rs.next();
                assertEquals(42, rs.getInt(1), nativeTransport);
            } finally {
                System.clearProperty(Transport.NATIVE);
            }
        }
    }
}
