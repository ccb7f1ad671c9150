package dev.pgwire.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.PreparedQuery;
import dev.pgwire.runtime.spi.Column;
import dev.pgwire.runtime.spi.ColumnType;
import dev.pgwire.runtime.spi.RowType;
import dev.pgwire.runtime.spi.Rows;
import dev.pgwire.runtime.spi.TableSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Primary-key lookups on map sources keyed by the key: the plan reads the map by key, and every result
 * equals the one a scan of the same rows gives (the same rows are also exposed as a plain list).
 */
class KeyLookupTest {
    record Item(int id, String code, String name, Long qty) {}

    private static final RowType<Item> ITEM = new RowType<>() {
        private final List<Column> columns = List.of(
                new Column("id", ColumnType.INT4, -1, -1, 0, false, true, ""),
                Column.of("code", ColumnType.TEXT, false),
                Column.of("name", ColumnType.TEXT, true),
                Column.of("qty", ColumnType.INT8, true));

        @Override
        public Class<Item> javaType() {
            return Item.class;
        }

        @Override
        public List<Column> columns() {
            return columns;
        }

        @Override
        public void extract(Item r, Object[] out) {
            out[0] = r.id();
            out[1] = r.code();
            out[2] = r.name();
            out[3] = r.qty();
        }
    };

    /** The same rows keyed by code (a text primary key). */
    private static final RowType<Item> BY_CODE = new RowType<>() {
        private final List<Column> columns = List.of(
                Column.of("id", ColumnType.INT4, false),
                new Column("code", ColumnType.TEXT, -1, -1, 0, false, true, ""),
                Column.of("name", ColumnType.TEXT, true),
                Column.of("qty", ColumnType.INT8, true));

        @Override
        public Class<Item> javaType() {
            return Item.class;
        }

        @Override
        public List<Column> columns() {
            return columns;
        }

        @Override
        public void extract(Item r, Object[] out) {
            ITEM.extract(r, out);
        }
    };

    private final Map<Integer, Item> byId = new ConcurrentHashMap<>();
    private final Map<String, Item> byCode = new ConcurrentHashMap<>();
    private final List<Item> list = new ArrayList<>();
    private final TestTables t = new TestTables();

    KeyLookupTest() {
        for (int i = 1; i <= 50; i++) {
            add(new Item(i, "c" + i, i % 7 == 0 ? null : "item " + i, i % 5 == 0 ? null : (long) i * 10));
        }
        t.registry.addTable(new TableSource<>("public", "items", "", ITEM, Rows.ofKeyedMap(Integer.class, () -> byId)));
        t.registry.addTable(new TableSource<>("public", "coded", "", BY_CODE,
                Rows.ofKeyedMap(String.class, () -> byCode)));
        t.registry.addTable(new TableSource<>("public", "scanned", "", ITEM, Rows.ofCollection(() -> list)));
    }

    private void add(Item item) {
        byId.put(item.id(), item);
        byCode.put(item.code(), item);
        list.add(item);
    }

    @Test
    void equalityOnTheKeyReadsTheMapAndMatchesAScan() throws Exception {
        assertLookup("SELECT * FROM items WHERE id = $1", 7);
        assertLookup("SELECT * FROM items WHERE id = $1", 51);
        assertLookup("SELECT * FROM items WHERE id = $1", (Object) null);
        assertLookup("SELECT name, qty FROM items WHERE id = 12");
        assertLookup("SELECT name FROM items WHERE 12 = id");
        assertLookup("SELECT * FROM items WHERE id = -3");
        assertLookup("SELECT qty FROM items WHERE id = $1 AND qty > 100", 11);
        assertLookup("SELECT qty FROM items WHERE id = $1 AND qty > 100", 9);
        assertLookup("SELECT count(*) FROM items WHERE id = $1", 3);
    }

    @Test
    void inListsAndDisjunctionsOnTheKey() throws Exception {
        assertLookup("SELECT id, name FROM items WHERE id IN (3, 1, 99, 3) ORDER BY id");
        assertLookup("SELECT id FROM items WHERE id IN (4, 8, 15)");
        assertLookup("SELECT id FROM items WHERE id = $1 OR id = $2 ORDER BY id", 5, 6);
        assertLookup("SELECT id FROM items WHERE id = $1 OR id = $2", 5, 5);
        assertLookup("SELECT id FROM items WHERE id = $1 OR id = $2", 5, null);
    }

    @Test
    void keysOfOtherTypesAreComparedExactly() throws Exception {
        assertLookup("SELECT id FROM items WHERE id = $1::int8", 9L);
        assertLookup("SELECT id FROM items WHERE id = $1::int8", 1L << 40);
        assertLookup("SELECT id FROM items WHERE id = $1::int8", (1L << 32) + 9);
        assertLookup("SELECT id FROM items WHERE id = $1::numeric", "9.0");
        assertLookup("SELECT id FROM items WHERE id = $1::numeric", "9.5");
        assertLookup("SELECT id FROM items WHERE id = 9.0");
        assertLookup("SELECT id FROM items WHERE id = 9.5");
        assertLookup("SELECT id FROM items WHERE id = 12345678901");
        assertLookup("SELECT id FROM items WHERE id = $1::float8", 9.0);
        assertLookup("SELECT id FROM items WHERE id = $1::float8", 9.25);
        assertLookup("SELECT id FROM items WHERE id = $1::smallint", (short) 9);
        assertLookup("SELECT id FROM items WHERE id = '9'");
    }

    @Test
    void declaredParameterTypesAsDriversSendThem() throws Exception {
        int int8 = 20;
        int int4 = 23;
        PreparedQuery q = t.prepare("SELECT id, qty FROM items WHERE id = $1", int8);
        PreparedQuery s = t.prepare("SELECT id, qty FROM scanned WHERE id = $1", int8);
        for (Object key : new Object[] {9L, 1L << 40, null}) {
            assertEquals(TestTables.run(s, key), TestTables.run(q, key));
        }
        q = t.prepare("SELECT id, qty FROM items WHERE id = $1", int4);
        assertEquals(List.of(List.of(9, 90L)), TestTables.run(q, 9));
    }

    @Test
    void textKeys() throws Exception {
        assertTrue(explain("SELECT * FROM coded WHERE code = $1").contains("KeyLookup"));
        assertEquals(List.of(List.of(7)), t.rows("SELECT id FROM coded WHERE code = $1", "c7"));
        assertEquals(List.of(List.of(7)), t.rows("SELECT id FROM coded WHERE code = 'c7'"));
        assertEquals(List.of(), t.rows("SELECT id FROM coded WHERE code = 'c7 '"));
        assertEquals(List.of(), t.rows("SELECT id FROM coded WHERE code = $1", "C7"));
        assertEquals(List.of(List.of(3), List.of(7)),
                t.rows("SELECT id FROM coded WHERE code IN ('c7', 'c3', 'zz') ORDER BY id"));
    }

    @Test
    void lookupsSeeTheMapAsItIsNow() throws Exception {
        PreparedQuery q = t.prepare("SELECT name FROM items WHERE id = $1");
        assertEquals(List.of(), TestTables.run(q, 77));
        add(new Item(77, "c77", "late", 1L));
        assertEquals(List.of(List.of("late")), TestTables.run(q, 77));
        byId.remove(77);
        assertEquals(List.of(), TestTables.run(q, 77));
    }

    @Test
    void aRowFiledUnderAnotherKeyIsNotReturned() throws Exception {
        byId.put(1000, new Item(5, "c5", "misfiled", null));
        assertEquals(List.of(), t.rows("SELECT name FROM items WHERE id = 1000"));
    }

    @Test
    void joinsUseTheLookupForTheFilteredSide() throws Exception {
        String sql = "SELECT i.id, s.name FROM items i JOIN scanned s ON s.id = i.id + 1 WHERE i.id = $1";
        assertTrue(explain(sql).contains("KeyLookup"), explain(sql));
        assertEquals(List.of(List.of(3, "item 4")), t.rows(sql, 3));
    }

    @Test
    void otherPredicatesStillScan() throws Exception {
        assertFalse(explain("SELECT * FROM items WHERE id > 3").contains("KeyLookup"));
        assertFalse(explain("SELECT * FROM items WHERE id = 3 OR name = 'x'").contains("KeyLookup"));
        assertFalse(explain("SELECT * FROM items WHERE id * 2 = 6").contains("KeyLookup"));
        assertFalse(explain("SELECT * FROM scanned WHERE id = 3").contains("KeyLookup"));
        assertFalse(explain("SELECT * FROM items WHERE qty = 30").contains("KeyLookup"));
        assertEquals(List.of(List.of(3)), t.rows("SELECT id FROM items WHERE qty = 30"));
    }

    /** Runs {@code sql} on the keyed table and on the scanned copy: the plans differ, the results do not. */
    private void assertLookup(String sql, Object... params) throws PgException {
        String plan = explain(sql);
        assertTrue(plan.contains("KeyLookup"), () -> "no key lookup for " + sql + ":\n" + plan);
        List<List<Object>> scanned = t.rows(sql.replace("FROM items", "FROM scanned"), params);
        assertEquals(scanned, t.rows(sql, params), () -> sql + " " + Arrays.toString(params));
    }

    private String explain(String sql) throws PgException {
        return t.explain(sql);
    }
}
