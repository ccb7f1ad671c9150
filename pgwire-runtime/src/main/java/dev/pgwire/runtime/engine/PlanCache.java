package dev.pgwire.runtime.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bounded LRU of compiled statements. A key holds everything planning depends on, so entries never
 * go stale: a registry change bumps the version and old entries simply age out.
 */
final class PlanCache {
    /**
     * @param sql             the statement as the client sent it
     * @param declaredTypes   parameter type OIDs the client declared
     * @param registryVersion the table registry's version
     * @param searchPath      the resolved search_path
     */
    record Key(String sql, List<Integer> declaredTypes, long registryVersion, List<List<String>> searchPath) {}

    private final Map<Key, CompiledQuery> entries;

    PlanCache(int capacity) {
        this.entries = new LinkedHashMap<>(Math.min(capacity, 256), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, CompiledQuery> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized CompiledQuery get(Key key) {
        return entries.get(key);
    }

    synchronized void put(Key key, CompiledQuery query) {
        entries.put(key, query);
    }

    synchronized int size() {
        return entries.size();
    }

    /** A bounded LRU set of keys known not to be worth planning again in some form. */
    static final class Negative {
        private final Map<Key, Boolean> keys;

        Negative(int capacity) {
            this.keys = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, Boolean> eldest) {
                    return size() > capacity;
                }
            };
        }

        synchronized boolean contains(Key key) {
            return keys.containsKey(key);
        }

        synchronized void add(Key key) {
            keys.put(key, Boolean.TRUE);
        }
    }
}
