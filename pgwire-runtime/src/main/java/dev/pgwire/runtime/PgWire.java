package dev.pgwire.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Process-wide exposure of instances: {@link #expose(Object)} publishes an instance's {@code @PgTable}
 * members to every running server and to servers started later. Lets an application started by
 * {@link PgWireMain} (or the Maven plugin) publish its state without a reference to the server.
 */
public final class PgWire {
    private static final Logger LOG = Logger.getLogger(PgWire.class.getName());
    private static final List<Object> EXPOSED = new CopyOnWriteArrayList<>();
    private static final List<PgWireServer> SERVERS = new CopyOnWriteArrayList<>();

    private PgWire() {}

    /**
     * Exposes the instance-member tables of {@code instance} on every server.
     *
     * @throws IllegalArgumentException when its class declares no {@code @PgTable} instance members
     */
    public static synchronized void expose(Object instance) {
        Set<Object> registries = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PgWireServer server : SERVERS) {
            if (registries.add(server.registry())) {
                server.expose(instance);
            }
        }
        EXPOSED.add(instance);
    }

    /**
     * Called by a server as it starts: gives it every instance exposed so far. An instance whose class
     * this server's tables do not know is skipped with a warning (it was exposed for another server).
     */
    static synchronized void register(PgWireServer server) {
        boolean sharedRegistry = false;
        for (PgWireServer s : SERVERS) {
            sharedRegistry |= s.registry() == server.registry();
        }
        if (!sharedRegistry) {
            for (Object instance : new ArrayList<>(EXPOSED)) {
                try {
                    server.expose(instance);
                } catch (IllegalArgumentException e) {
                    LOG.log(Level.WARNING, "not exposing " + instance.getClass().getName() + " on port "
                            + server.port() + ": " + e.getMessage());
                }
            }
        }
        SERVERS.add(server);
    }

    /** Forgets an exposed instance for servers started later (tests). */
    static synchronized void forget(Object instance) {
        EXPOSED.removeIf(i -> i == instance);
    }

    static void unregister(PgWireServer server) {
        SERVERS.remove(server);
    }
}
