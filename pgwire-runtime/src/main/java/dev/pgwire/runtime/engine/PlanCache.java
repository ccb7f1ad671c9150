package dev.pgwire.runtime.engine;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * A bounded LRU of compiled statements. A key holds everything planning depends on, so entries never
 * go stale: a registry change bumps the version and old entries simply age out. Concurrent misses on
 * one key compile it once: the others wait for that result (many clients starting the same workload at
 * once would otherwise each pay the whole planning cost, together).
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
    private final Map<Key, CompletableFuture<CompiledQuery>> compiling = new ConcurrentHashMap<>();

    /** Plans one statement on a miss. */
    @FunctionalInterface
    interface Compiler {
        CompiledQuery compile() throws PgException;
    }

    PlanCache(int capacity) {
        this.entries = new LinkedHashMap<>(Math.min(capacity, 256), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, CompiledQuery> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The cached plan of {@code key}, compiling it (once, however many callers miss together) if needed. */
    CompiledQuery getOrCompile(Key key, Compiler compiler) throws PgException {
        CompiledQuery hit = get(key);
        if (hit != null) {
            return hit;
        }
        CompletableFuture<CompiledQuery> mine = new CompletableFuture<>();
        CompletableFuture<CompiledQuery> running = compiling.putIfAbsent(key, mine);
        if (running != null) {
            return await(running);
        }
        try {
            hit = get(key);
            if (hit == null) {
                hit = compiler.compile();
                put(key, hit);
            }
            mine.complete(hit);
            return hit;
        } catch (PgException | RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            compiling.remove(key, mine);
        }
    }

    private static CompiledQuery await(CompletableFuture<CompiledQuery> running) throws PgException {
        try {
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof PgException p) {
                throw p;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) cause;
        }
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
