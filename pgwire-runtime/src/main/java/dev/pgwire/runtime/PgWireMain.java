package dev.pgwire.runtime;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a server configured by system properties ({@code pgwire.host}, {@code pgwire.port},
 * {@code pgwire.user}, {@code pgwire.password}, {@code pgwire.database}, {@code pgwire.auth},
 * {@code pgwire.tls.cert}, {@code pgwire.tls.key}, {@code pgwire.tls.required},
 * {@code pgwire.allowUnauthenticatedRemote}; see {@link PgWireConfig}) over the tables discovered on
 * the class path; then, when {@code pgwire.mainClass} is set, runs that class's {@code main} with the
 * program arguments (instances it passes to {@link PgWire#expose(Object)} become tables). Limits come from
 * the {@code pgwire.*} limit properties ({@link PgWireServer.Builder#limits}). Serves until the JVM stops;
 * a shutdown hook (SIGTERM, Ctrl-C) closes the server gracefully.
 */
public final class PgWireMain {
    private static final Logger LOG = Logger.getLogger(PgWireMain.class.getName());

    private PgWireMain() {}

    public static void main(String[] args) throws Exception {
        PgWireServer server = PgWireServer.builder().config(PgWireConfig.fromSystemProperties())
                .limits(System.getProperties()).start();
        // SIGTERM / Ctrl-C: graceful shutdown, ending sessions with FATAL 57P01 like PostgreSQL's.
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "pgwire-shutdown"));
        String mainClass = System.getProperty("pgwire.mainClass", "").trim();
        if (!mainClass.isEmpty()) {
            try {
                runMain(mainClass, args);
            } catch (Exception e) {
                LOG.log(Level.SEVERE, "main class " + mainClass + " failed", e);
                server.close();
                throw e;
            }
        }
        server.awaitClose();
    }

    /** Invokes {@code public static void main(String[])} of {@code className}; its exceptions propagate. */
    static void runMain(String className, String[] args) throws Exception {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("pgwire.mainClass " + className + " not found on the class path", e);
        }
        Method main;
        try {
            main = type.getMethod("main", String[].class);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(className + " has no public static void main(String[])", e);
        }
        if (!Modifier.isStatic(main.getModifiers())) {
            throw new IllegalArgumentException(className + ".main(String[]) is not static");
        }
        try {
            main.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
