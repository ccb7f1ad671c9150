package dev.pgwire.sample.e2e;

import dev.pgwire.sample.SampleApp;
import dev.pgwire.sample.SampleSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Supplies tests with one shared sample server whose activity is off, so results can be compared with
 * the service's own data. Started on first use on a free port, closed when the test run ends.
 */
public final class QuietSample implements ParameterResolver {
    /** pgjdbc's three ways of talking to a server. */
    public enum Mode {
        /** Extended protocol, text results, server-prepared after 5 executions (pgjdbc's default). */
        EXTENDED(""),
        /** Simple Query protocol only, parameters inlined by the driver. */
        SIMPLE("&preferQueryMode=simple"),
        /** Extended protocol, prepared at once and results in binary. */
        BINARY("&prepareThreshold=-1&binaryTransfer=true");

        final String params;

        Mode(String params) {
            this.params = params;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
        return p.getParameter().getType() == SampleApp.Embedded.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext c) {
        return c.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(QuietSample.class, k -> new Resource(), Resource.class).sample;
    }

    /** A connection to {@code sample} in the given mode. */
    public static Connection connect(SampleApp.Embedded sample, Mode mode) throws SQLException {
        return DriverManager.getConnection(url(sample.port()) + mode.params);
    }

    public static Connection connect(SampleApp.Embedded sample) throws SQLException {
        return connect(sample, Mode.EXTENDED);
    }

    static String url(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/sample?user=test&ApplicationName=sample-e2e";
    }

    /** Closed by JUnit at the end of the run (stored values that are AutoCloseable are closed). */
    private static final class Resource implements AutoCloseable {
        final SampleApp.Embedded sample = SampleApp.startEmbedded(0, SampleSettings.defaults().withActivity(false));

        @Override
        public void close() {
            sample.close();
        }
    }
}
