package dev.pgwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgwire.runtime.spi.Column;
import dev.pgwire.runtime.spi.ColumnType;
import dev.pgwire.runtime.spi.InstanceBinding;
import dev.pgwire.runtime.spi.PgTableProvider;
import dev.pgwire.runtime.spi.RowType;
import dev.pgwire.runtime.spi.TableSource;
import dev.pgwire.runtime.tables.TableRegistry;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Configuration, exposure of instances, and the main-class launcher. */
class PgWireApiTest {
    /** An application class with one instance-member table, bound by hand as generated code would. */
    public static final class Shop {
        final List<String> items = List.of("apple", "pear");
    }

    private static TableRegistry registryKnowingShop() {
        RowType<String> rowType = new RowType<>() {
            @Override
            public Class<String> javaType() {
                return String.class;
            }

            @Override
            public List<Column> columns() {
                return List.of(Column.of("name", ColumnType.values()[0], false));
            }

            @Override
            public void extract(String row, Object[] out) {
                out[0] = row;
            }
        };
        InstanceBinding<Shop> binding = new InstanceBinding<>() {
            @Override
            public Class<Shop> ownerType() {
                return Shop.class;
            }

            @Override
            public List<TableSource<?>> tables(Shop shop) {
                return List.of(new TableSource<>("public", "items", "", rowType, shop.items::iterator));
            }
        };
        TableRegistry registry = new TableRegistry();
        registry.addProvider(new PgTableProvider() {
            @Override
            public List<TableSource<?>> staticTables() {
                return List.of();
            }

            @Override
            public List<InstanceBinding<?>> instanceBindings() {
                return List.of(binding);
            }
        });
        return registry;
    }

    private static List<String> tableNames(PgWireServer server) {
        return server.registry().snapshot().tables().stream().map(TableSource::qualifiedName).toList();
    }

    @Test
    void configDefaultsAndSystemPropertyNames() {
        PgWireConfig d = PgWireConfig.fromProperties(new Properties());
        assertEquals(PgWireConfig.defaults(), d);
        assertEquals("127.0.0.1", d.host());
        assertEquals(5433, d.port());
        assertEquals("pgwire", d.user());
        assertNull(d.password());
        assertNull(d.database());

        Properties p = new Properties();
        p.setProperty("pgwire.host", "0.0.0.0");
        p.setProperty("pgwire.port", "0");
        p.setProperty("pgwire.user", "app");
        p.setProperty("pgwire.password", "pw");
        p.setProperty("pgwire.database", "inventory");
        assertEquals(new PgWireConfig("0.0.0.0", 0, "app", "pw", "inventory"), PgWireConfig.fromProperties(p));
        assertTrue(PgWireConfig.fromProperties(p).toString().contains("password=***"));

        p.setProperty("pgwire.port", "54x");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PgWireConfig.fromProperties(p));
        assertEquals("pgwire.port is not a port number: \"54x\"", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PgWireConfig.defaults().withPort(70000));
    }

    @Test
    void connectCommandAndUrl() {
        try (PgWireServer server = PgWireServer.builder().port(0).user("app").database("inventory")
                .registry(new TableRegistry()).engine(new TestEngine()).start()) {
            assertTrue(server.port() > 0);
            assertEquals("psql -h 127.0.0.1 -p " + server.port() + " -U app -d inventory", server.psqlCommand());
            assertEquals("jdbc:postgresql://127.0.0.1:" + server.port() + "/inventory?user=app", server.jdbcUrl());
        }
    }

    @Test
    void exposeOnTheServerAndThroughPgWire() {
        Shop first = new Shop();
        try (PgWireServer server = PgWireServer.builder().port(0).registry(registryKnowingShop())
                .engine(new TestEngine()).expose(first).start()) {
            assertEquals(List.of("public.items"), tableNames(server));
            IllegalArgumentException again = assertThrows(IllegalArgumentException.class, () -> server.expose(first));
            assertTrue(again.getMessage().contains("already exposed"), again.getMessage());
            assertThrows(IllegalArgumentException.class, () -> server.expose("not an app object"));
        }

        Shop shop = new Shop();
        try (PgWireServer running = PgWireServer.builder().port(0).registry(registryKnowingShop())
                .engine(new TestEngine()).start()) {
            PgWire.expose(shop); // reaches the running server...
            assertEquals(List.of("public.items"), tableNames(running));
            try (PgWireServer later = PgWireServer.builder().port(0).registry(registryKnowingShop())
                    .engine(new TestEngine()).start()) {
                assertEquals(List.of("public.items"), tableNames(later)); // ...and servers started later
            }
            try (PgWireServer unrelated = PgWireServer.builder().port(0).registry(new TableRegistry())
                    .engine(new TestEngine()).start()) {
                assertEquals(List.of(), tableNames(unrelated)); // skipped with a warning, server still starts
            }
        } finally {
            PgWire.forget(shop);
        }
    }

    /** Target of {@link #runMainInvokesTheApplication()}. */
    public static final class App {
        static String[] received;

        public static void main(String[] args) {
            received = args;
        }
    }

    /** Target whose main fails. */
    public static final class FailingApp {
        public static void main(String[] args) throws Exception {
            throw new java.io.IOException("boom");
        }
    }

    @Test
    void runMainInvokesTheApplication() throws Exception {
        PgWireMain.runMain(App.class.getName(), new String[] {"a", "b"});
        assertEquals(List.of("a", "b"), List.of(App.received));

        java.io.IOException e = assertThrows(java.io.IOException.class,
                () -> PgWireMain.runMain(FailingApp.class.getName(), new String[0]));
        assertEquals("boom", e.getMessage());

        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> PgWireMain.runMain("no.such.Main", new String[0]));
        assertEquals("pgwire.mainClass no.such.Main not found on the class path", missing.getMessage());
        IllegalArgumentException noMain = assertThrows(IllegalArgumentException.class,
                () -> PgWireMain.runMain(Shop.class.getName(), new String[0]));
        assertTrue(noMain.getMessage().endsWith("has no public static void main(String[])"));
    }
}
