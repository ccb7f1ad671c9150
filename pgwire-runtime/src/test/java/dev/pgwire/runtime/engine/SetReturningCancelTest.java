package dev.pgwire.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgwire.runtime.query.CancelSignal;
import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.PreparedQuery;
import dev.pgwire.runtime.query.ResultCursor;
import dev.pgwire.runtime.query.SqlState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A cancel or statement_timeout stops a statement that spends its time inside generate_series, even
 * when an aggregate consumes the whole series before the cursor sees its first row.
 */
class SetReturningCancelTest {
    /** When the signal fires, after the run has started. */
    private static final long FIRE_AFTER_MS = 300;
    /** Far below the tens of seconds each full series takes. */
    private static final long PROMPT_MS = 3000;

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT count(*) FROM generate_series(1, 2000000000)",
        "SELECT count(*) FROM generate_series(1, 2000000000, 1)",
        "SELECT count(*) FROM generate_series(1::bigint, 20000000000::bigint)",
        "SELECT sum(g) FROM generate_series(1, 2000000000) g WHERE g % 7 = 3",
    })
    void aFiringSignalStopsTheSeriesPromptly(String sql) throws Exception {
        TestTables t = new TestTables();
        PreparedQuery q = t.prepare(sql);
        long start = System.nanoTime();
        long fireAt = start + FIRE_AFTER_MS * 1_000_000;
        CancelSignal signal = () -> System.nanoTime() >= fireAt ? "canceling statement due to user request" : null;
        PgException e = assertThrows(PgException.class, () -> {
            try (ResultCursor cursor = q.execute(new Object[0], TestTables.SESSION, signal)) {
                cursor.next();
            }
        });
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertEquals(SqlState.QUERY_CANCELED, e.state(), e.getMessage());
        assertEquals("canceling statement due to user request", e.getMessage());
        assertTrue(elapsedMs < PROMPT_MS, "cancelled after " + elapsedMs + " ms");
    }
}
