package dev.pgwire.sample;

import dev.pgwire.runtime.PgWire;
import dev.pgwire.runtime.PgWireServer;
import dev.pgwire.sample.service.Activity;
import dev.pgwire.sample.service.OrderService;
import dev.pgwire.sample.service.SeedData;
import java.util.logging.Logger;

/**
 * A small order-management service whose live state is queryable over PostgreSQL.
 *
 * <p>Run it with {@code ./mvnw -pl sample-app pgwire:run} (the plugin starts the pgwire server, then
 * {@link #main}); {@code -Dsample.activity=off} keeps the data still. Tests and embedders use
 * {@link #startEmbedded(int, SampleSettings)}, which starts a server of its own in this JVM.
 */
public final class SampleApp implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SampleApp.class.getName());

    private final OrderService service;
    private final Activity activity;

    private SampleApp(SampleSettings settings) {
        SeedData.Size size = SeedData.Size.DEFAULT;
        this.service = SeedData.populate(settings.seed(), size);
        this.activity = new Activity(service, settings.seed() + 1, size.orders());
        if (!settings.activity()) {
            activity.pause();
        }
        activity.start(settings.interval());
    }

    /** Seeds the data and starts the activity (paused when the settings say so). */
    public static SampleApp create(SampleSettings settings) {
        return new SampleApp(settings);
    }

    /** Entry point under {@code pgwire:run}: the server is already up, so the service is only exposed. */
    public static void main(String[] args) {
        SampleSettings settings = SampleSettings.fromSystemProperties();
        SampleApp app = create(settings);
        PgWire.expose(app.service());
        LOG.info(() -> "sample data ready: " + app.service().orders().size() + " orders, "
                + app.service().orderLineCount() + " order lines; activity "
                + (settings.activity() ? "every " + settings.interval().toMillis() + " ms" : "off"));
    }

    /**
     * Starts the sample with a server of its own on 127.0.0.1.
     *
     * @param port TCP port, 0 for a free one
     */
    public static Embedded startEmbedded(int port, SampleSettings settings) {
        SampleApp app = create(settings);
        try {
            PgWireServer server = PgWireServer.builder()
                    .host("127.0.0.1")
                    .port(port)
                    .database("sample")
                    .expose(app.service())
                    .start();
            return new Embedded(app, server);
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
    }

    public OrderService service() {
        return service;
    }

    public Activity activity() {
        return activity;
    }

    @Override
    public void close() {
        activity.close();
    }

    /** A sample app with its own server; closing stops both. */
    public record Embedded(SampleApp app, PgWireServer server) implements AutoCloseable {
        public int port() {
            return server.port();
        }

        public OrderService service() {
            return app.service();
        }

        @Override
        public void close() {
            try {
                server.close();
            } finally {
                app.close();
            }
        }
    }
}
