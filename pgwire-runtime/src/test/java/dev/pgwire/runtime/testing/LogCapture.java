package dev.pgwire.runtime.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Records warnings and errors logged under {@code dev.pgwire.runtime}: the server logs every exception
 * that reaches the end of a pipeline or escapes a session there, so a robustness test asserts none was.
 */
public final class LogCapture implements AutoCloseable {
    private final Logger logger = Logger.getLogger("dev.pgwire.runtime");
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                synchronized (records) {
                    records.add(r);
                }
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    private LogCapture() {
        logger.addHandler(handler);
    }

    public static LogCapture start() {
        return new LogCapture();
    }

    /** Fails with the first recorded warning or error, then forgets them. */
    public void assertNoWarnings() {
        synchronized (records) {
            if (!records.isEmpty()) {
                LogRecord r = records.get(0);
                int n = records.size();
                records.clear();
                AssertionError e = new AssertionError(n + " warning(s) logged; first: " + r.getLoggerName() + ": "
                        + r.getMessage());
                if (r.getThrown() != null) {
                    e.initCause(r.getThrown());
                }
                throw e;
            }
        }
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
    }
}
