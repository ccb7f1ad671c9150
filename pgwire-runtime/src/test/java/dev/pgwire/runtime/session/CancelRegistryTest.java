package dev.pgwire.runtime.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CancelRegistryTest {
    private final CancelRegistry registry = new CancelRegistry();

    @Test
    void onlyTheRightKeyCancelsAndOnlyWhileAStatementRuns() {
        QueryCancel cancel = new QueryCancel();
        CancelRegistry.Key key = registry.register(cancel);
        assertTrue(key.processId() > 0);

        registry.cancel(key.processId(), key.secretKey());
        cancel.begin();
        assertNull(cancel.cancelReason(), "a cancel that arrived while idle is forgotten");

        registry.cancel(key.processId(), key.secretKey() + 1);
        registry.cancel(key.processId() + 1, key.secretKey());
        assertNull(cancel.cancelReason(), "wrong keys do nothing");

        registry.cancel(key.processId(), key.secretKey());
        assertEquals("canceling statement due to user request", cancel.cancelReason());
        cancel.end();
        assertNull(cancel.cancelReason());

        registry.unregister(key);
        cancel.begin();
        registry.cancel(key.processId(), key.secretKey());
        assertNull(cancel.cancelReason(), "unregistered sessions cannot be cancelled");
    }

    @Test
    void processIdsAreUnique() {
        CancelRegistry.Key a = registry.register(new QueryCancel());
        CancelRegistry.Key b = registry.register(new QueryCancel());
        assertNotEquals(a.processId(), b.processId());
        assertEquals(2, registry.size());
    }

    @Test
    void terminationIsPermanent() {
        QueryCancel cancel = new QueryCancel();
        cancel.terminate();
        cancel.begin();
        assertEquals(QueryCancel.TERMINATED, cancel.cancelReason());
    }
}
