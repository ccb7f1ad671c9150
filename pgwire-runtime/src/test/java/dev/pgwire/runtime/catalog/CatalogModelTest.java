package dev.pgwire.runtime.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgwire.runtime.spi.Column;
import dev.pgwire.runtime.spi.ColumnType;
import dev.pgwire.runtime.types.PgType;
import dev.pgwire.runtime.types.PgTypes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogModelTest {
    private final CatalogModel model = TestTables.customersAndOrders();

    @Test
    void firstTableGetsPostgresFirstUserOidAndEachTableTakesABlock() {
        // As in a fresh PostgreSQL 15 database: customers 16384, its array type, row type, pkey index, constraint.
        assertEquals(16384, model.relationOid("public", "customers"));
        assertEquals(16386, model.relation(16384).rowTypeOid());
        assertEquals(16387, model.relationOid("public", "customers_pkey"));
        assertEquals(16388, model.indexesOf(16384).isEmpty() ? 0 : constraintOf(16384).oid());
        assertEquals(16389, model.relationOid("public", "orders"));
    }

    @Test
    void oidsDoNotDependOnRegistrationOrder() {
        CatalogModel reversed = CatalogModel.build(
                TestTables.registry(TestTables.orders(), TestTables.customers()).snapshot());
        for (RelationDef r : model.relations()) {
            assertEquals(r.oid(), reversed.relationOid(model.namespaceName(r.namespaceOid()), r.name()), r.name());
        }
        assertEquals(model.types().size(), reversed.types().size());
    }

    @Test
    void oidsAreUniqueAcrossUserObjects() {
        Set<Integer> seen = new HashSet<>();
        model.relations().forEach(r -> assertTrue(seen.add(r.oid()), "relation " + r.name()));
        model.types().stream().filter(t -> t.oid() >= Oids.FIRST_USER_OID)
                .forEach(t -> assertTrue(seen.add(t.oid()), "type " + t.name()));
        model.constraints().forEach(c -> assertTrue(seen.add(c.oid()), "constraint " + c.name()));
        Set<Integer> procs = new HashSet<>();
        model.procs().forEach(p -> assertTrue(procs.add(p.oid()), "proc " + p.name() + " " + p.oid()));
    }

    @Test
    void userSchemasAreNumberedAfterTheTables() {
        CatalogModel m = CatalogModel.build(TestTables.registry(TestTables.customers(),
                TestTables.table("sales", "leads", "", List.of(Column.of("id", ColumnType.INT4, true)))).snapshot());
        NamespaceDef sales = m.namespace("sales");
        assertNotNull(sales);
        // customers (5 OIDs with its key), then leads (3, no key), then the schema.
        assertEquals(16384 + 5 + 3, sales.oid());
        assertEquals(sales.oid(), m.relation(m.relationOid("sales", "leads")).namespaceOid());
        assertEquals(Oids.PUBLIC, m.namespace("public").oid());
        assertTrue(m.indexesOf(m.relationOid("sales", "leads")).isEmpty());
        assertEquals(0, m.relationOid("sales", "leads_pkey"));
    }

    @Test
    void attributesCarryTypesTypmodsAndNullability() {
        RelationDef orders = model.relation("public", "orders");
        assertEquals(List.of("id", "customer_id", "total", "placed_at"),
                orders.attributes().stream().map(AttributeDef::name).toList());
        AttributeDef total = orders.attribute("total");
        assertEquals(PgTypes.NUMERIC.oid(), total.typeOid());
        assertEquals(((12 << 16) | 2) + 4, total.typmod());
        assertEquals(PgTypes.TIMESTAMPTZ.oid(), orders.attribute("placed_at").typeOid());
        RelationDef customers = model.relation("public", "customers");
        assertEquals(84, customers.attribute("email").typmod());
        assertTrue(customers.attribute("id").notNull());
        assertTrue(customers.attribute("name").notNull());
        assertFalse(customers.attribute("email").notNull());
        assertEquals("Customers", customers.description());
        assertEquals(3, model.attnum("public", "customers", "email"));
        assertEquals(0, model.attnum("public", "customers", "nope"));
        assertEquals(0, model.attnum("public", "nope", "id"));
        assertEquals(0, model.relationOid("nope", "customers"));
    }

    @Test
    void primaryKeyIsAUniqueIndexAndAConstraint() {
        IndexDef pk = model.indexesOf(16384).get(0);
        assertEquals("customers_pkey", pk.name());
        assertEquals(List.of((short) 1), pk.keys());
        RelationDef index = model.relation(pk.oid());
        assertEquals('i', index.kind());
        assertEquals(List.of("id"), index.attributes().stream().map(AttributeDef::name).toList());
        ConstraintDef c = constraintOf(16384);
        assertEquals('p', c.type());
        assertEquals(pk.oid(), c.indexOid());
    }

    @Test
    void everyTableHasARowTypeAndAnArrayOfIt() {
        TypeDef row = model.type(16386);
        assertEquals("customers", row.name());
        assertEquals('c', row.typtype());
        assertEquals(16384, row.relationOid());
        TypeDef array = model.type(row.arrayOid());
        assertEquals("_customers", array.name());
        assertEquals(16386, array.elementOid());
        assertTrue(array.isArray());
    }

    @Test
    void builtinTypesIncludeEveryTypeTheServerKnows() {
        for (PgType t : PgTypes.all()) {
            TypeDef def = model.type(t.oid());
            assertNotNull(def, t.name());
            assertEquals(t.name(), def.name());
            assertEquals(t.typlen(), def.typlen(), t.name());
        }
        assertEquals("aclitem", model.type(1033).name());
    }

    @Test
    void catalogRelationsKeepPostgresOids() {
        assertEquals(1259, model.relationOid("pg_catalog", "pg_class"));
        assertEquals('v', model.relation("pg_catalog", "pg_roles").kind());
        RelationDef columns = model.relation("information_schema", "columns");
        assertEquals("table_catalog", columns.attributes().get(0).name());
        assertEquals(44, columns.attributes().size());
        assertNull(model.relation("pg_catalog", "customers"));
        RelationDef pgAm = model.relation("pg_catalog", "pg_am");
        assertTrue(pgAm.attribute("amname").notNull());
        assertFalse(model.relation("pg_catalog", "pg_class").attribute("relacl").notNull());
    }

    @Test
    void everyRegisteredFunctionIsImplementedAndListedInPgProc() {
        for (FunctionDef f : FunctionCatalog.all()) {
            assertNotNull(f.javaMethod(), f.name());
            ProcDef p = model.proc(f.oid());
            assertEquals(f.name(), p.name());
            assertEquals(f.argTypes(), p.argTypes());
        }
    }

    private ConstraintDef constraintOf(int table) {
        return model.constraints().stream().filter(c -> c.tableOid() == table).findFirst().orElseThrow();
    }
}
