package dev.pgwire.runtime.protocol;

import dev.pgwire.runtime.TestEngine;
import dev.pgwire.runtime.session.CancelRegistry;
import dev.pgwire.runtime.session.ParameterDecoder;
import dev.pgwire.runtime.session.SessionServices;
import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * A connection driven through an {@link EmbeddedChannel} with the real decoder and handler. Sessions run
 * on the calling thread (direct executor), so every {@link #send} returns the complete response.
 */
final class Conversation implements AutoCloseable {
    /** Decodes int4 (oid 23) and passes anything else through as text; the real codecs are tested elsewhere. */
    static final ParameterDecoder TEST_PARAMETERS = (oid, index, value, binary, settings) -> {
        if (oid == 23) {
            return binary ? ByteBuffer.wrap(value).getInt() : Integer.parseInt(new String(value, StandardCharsets.UTF_8));
        }
        return new String(value, StandardCharsets.UTF_8);
    };

    final TestEngine engine = new TestEngine();
    final CancelRegistry cancelRegistry = new CancelRegistry();
    final EmbeddedChannel channel;
    final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final BackendReader reader = new BackendReader();

    Conversation() {
        this(null, null, PgFrontendDecoder.DEFAULT_MAX_MESSAGE_LENGTH);
    }

    Conversation(String password, String database, int maxMessageLength) {
        SessionServices services = new SessionServices(engine, TEST_PARAMETERS, timer);
        ServerContext context = new ServerContext(services, cancelRegistry, Runnable::run,
                new ServerContext.Access("alice", password, PasswordMethod.CLEARTEXT, database),
                ServerContext.Limits.DEFAULT.withMaxMessageLength(maxMessageLength).withMaxConnections(2));
        channel = new EmbeddedChannel(new PgFrontendDecoder(maxMessageLength), new PgConnectionHandler(context));
    }

    /** Sends the messages and returns every backend message they produced. */
    List<String> send(ClientMessages messages) {
        channel.writeInbound(messages.buffer());
        return received();
    }

    List<String> received() {
        List<String> out = new ArrayList<>();
        ByteBuf b;
        while ((b = channel.readOutbound()) != null) {
            out.addAll(reader.read(b));
        }
        return out;
    }

    /** Startup as user alice and returns the responses. */
    List<String> startup(Map<String, String> params) {
        return send(ClientMessages.create().startup(params));
    }

    /** Startup with defaults; returns only what follows the handshake. */
    Conversation started() {
        List<String> out = startup(Map.of("user", "alice", "database", "db", "TimeZone", "UTC"));
        if (!out.get(out.size() - 1).equals("Z:I")) {
            throw new AssertionError("startup failed: " + out);
        }
        return this;
    }

    /** Sends one simple query. */
    List<String> query(String sql) {
        return send(ClientMessages.create().query(sql));
    }

    @Override
    public void close() {
        channel.finishAndReleaseAll();
        timer.shutdownNow();
    }
}
