package dev.pgwire.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.apache.calcite.rel.type.RelDataType;
import org.junit.jupiter.api.Test;

/** Concurrent misses on one statement plan it once; failures are not cached. */
class PlanCacheTest {
    private static final PlanCache.Key KEY = new PlanCache.Key("SELECT 1", List.of(), 1, List.of());

    @Test
    void concurrentMissesCompileOnce() throws Exception {
        PlanCache cache = new PlanCache(10);
        AtomicInteger compiles = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<CompiledQuery>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<CompiledQuery> task = () -> {
                    start.await();
                    return cache.getOrCompile(KEY, () -> {
                        compiles.incrementAndGet();
                        sleep(200);
                        return plan();
                    });
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            CompiledQuery first = results.get(0).get();
            for (Future<CompiledQuery> r : results) {
                assertSame(first, r.get());
            }
            assertEquals(1, compiles.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedCompileIsReportedAndRetriedNextTime() throws Exception {
        PlanCache cache = new PlanCache(10);
        PgException e = assertThrows(PgException.class, () -> cache.getOrCompile(KEY, () -> {
            throw new PgException(SqlState.SYNTAX_ERROR, "bad");
        }));
        assertEquals("bad", e.getMessage());
        CompiledQuery ok = plan();
        assertSame(ok, cache.getOrCompile(KEY, () -> ok));
        assertSame(ok, cache.getOrCompile(KEY, () -> {
            throw new AssertionError("cached");
        }));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings("unchecked")
    private static CompiledQuery plan() {
        return new CompiledQuery(List.of(), new int[0], new int[0], new RelDataType[0], null, Map.of(), null, null,
                new UnaryOperator[0], "");
    }
}
