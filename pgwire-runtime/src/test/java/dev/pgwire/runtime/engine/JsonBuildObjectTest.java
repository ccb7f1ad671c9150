package dev.pgwire.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pgwire.runtime.query.PgException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code json_build_object}, whose text matches PostgreSQL 15's {@code json} output. */
class JsonBuildObjectTest {
    private static TestTables t;

    @BeforeAll
    static void setUp() {
        t = new TestTables();
    }

    @Test
    void valuesByType() throws Exception {
        assertEquals("{\"a\" : 1, \"b\" : true, \"c\" : \"x\\\"y\", \"d\" : null, \"e\" : 1.50}",
                t.value("SELECT json_build_object('a', 1, 'b', true, 'c', 'x\"y', 'd', NULL, 'e', 1.50)"));
        assertEquals("{}", t.value("SELECT json_build_object()"));
        assertEquals("{\"t\" : \"2024-01-02T10:00:00.5\", \"u\" : \"10:00:00\"}",
                t.value("SELECT json_build_object('t', TIMESTAMP '2024-01-02 10:00:00.5', 'u', TIME '10:00:00')"));
        assertEquals("{\"d\" : \"2024-01-02\", \"n\" : \"Alice\", \"k\" : 1}",
                t.value("SELECT json_build_object('d', DATE '2024-01-02', 'n', name, 'k', id) FROM customers WHERE id = 1"));
    }

    @Test
    void errors() {
        PgException odd = assertThrows(PgException.class, () -> t.value("SELECT json_build_object('a')"));
        assertEquals("22023", odd.state().code());
        assertEquals("argument list must have even number of elements", odd.getMessage());
        PgException nullKey = assertThrows(PgException.class, () -> t.value("SELECT json_build_object(NULL, 1)"));
        assertEquals("argument 1 cannot be null", nullKey.getMessage());
    }
}
