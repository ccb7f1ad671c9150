package dev.pgwire.runtime.session;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * BackendKeyData of live sessions, so that a CancelRequest arriving on another connection can find the
 * session it names. One registry per server.
 */
public final class CancelRegistry {
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentMap<Integer, Entry> sessions = new ConcurrentHashMap<>();

    /** The process id and secret key a session announces in BackendKeyData. */
    public record Key(int processId, int secretKey) {}

    private record Entry(int secretKey, QueryCancel cancel) {}

    /** Registers a session under a fresh random, positive, unique process id. */
    public Key register(QueryCancel cancel) {
        int secret = random.nextInt();
        while (true) {
            int pid = 1 + random.nextInt(Integer.MAX_VALUE - 1);
            if (sessions.putIfAbsent(pid, new Entry(secret, cancel)) == null) {
                return new Key(pid, secret);
            }
        }
    }

    public void unregister(Key key) {
        sessions.remove(key.processId());
    }

    /**
     * Cancels the statement running in the session with this key. A wrong key does nothing, and the
     * caller learns nothing either way (PostgreSQL answers a CancelRequest with silence).
     */
    public void cancel(int processId, int secretKey) {
        Entry e = sessions.get(processId);
        if (e != null && MessageDigest.isEqual(bytes(e.secretKey), bytes(secretKey))) {
            e.cancel.cancel(QueryCancel.USER_REQUEST);
        }
    }

    /** Number of registered sessions. */
    public int size() {
        return sessions.size();
    }

    private static byte[] bytes(int v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }
}
