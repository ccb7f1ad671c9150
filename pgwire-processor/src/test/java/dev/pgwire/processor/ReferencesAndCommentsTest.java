package dev.pgwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.pgwire.runtime.spi.Column;
import dev.pgwire.runtime.spi.ForeignKey;
import dev.pgwire.runtime.spi.PgTableProvider;
import dev.pgwire.runtime.spi.TableSource;
import dev.pgwire.runtime.tables.TableRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @PgColumn(references)} becomes a {@link ForeignKey} on the generated column that the runtime
 * resolves, and Javadoc becomes table and column comments where no description is given.
 */
class ReferencesAndCommentsTest {
    @TempDir
    static Path classes;

    private static CompiledClasses compiled;
    private static Map<String, TableSource<?>> tables;

    @BeforeAll
    static void compile() {
        JavaFileObject customer = Compiles.source("crm.Customer",
                "package crm;",
                "import dev.pgwire.annotations.*;",
                "/**",
                " * Someone who buys. Second sentence of the same paragraph.",
                " *",
                " * <p>Second paragraph, left out.",
                " *",
                " * @param id   the {@code customers} key",
                " * @param name display name, see {@link String#trim()}",
                " *             and <b>never</b> empty",
                " * @param note explicit descriptions win",
                " */",
                "public record Customer(",
                "    @PgColumn(primaryKey = true) long id,",
                "    String name,",
                "    @PgColumn(description = \"explicit\") String note) {}");
        JavaFileObject order = Compiles.source("crm.Order",
                "package crm;",
                "import dev.pgwire.annotations.*;",
                "public class Order {",
                "    /** The order number. */",
                "    @PgColumn(primaryKey = true) public int id;",
                "    @PgColumn(references = \"customers\") public int customerId;",
                "    @PgColumn(references = \"crm.customers.id\") public Long payerId;",
                "    private String status;",
                "    /** @return the status, upper case */",
                "    public String getStatus() { return status; }",
                "}");
        JavaFileObject store = Compiles.source("crm.Store",
                "package crm;",
                "import dev.pgwire.annotations.*;",
                "import java.util.*;",
                "public class Store {",
                "    @PgTable(schema = \"crm\") public static final List<Customer> customers = new ArrayList<>();",
                "    /** Orders taken today. */",
                "    @PgTable(schema = \"crm\") public static final List<Order> orders = new ArrayList<>();",
                "}");
        Compilation compilation = Compiles.compile(customer, order, store);
        assertThat(compilation).succeededWithoutWarnings();
        compiled = CompiledClasses.load(compilation, classes);
        TableRegistry registry = new TableRegistry();
        registry.addProviders(ServiceLoader.load(PgTableProvider.class, compiled.loader()).stream()
                .filter(p -> p.type().getClassLoader() == compiled.loader())
                .map(ServiceLoader.Provider::get)
                .toList());
        tables = new TreeMap<>();
        registry.snapshot().tables().forEach(t -> tables.put(t.qualifiedName(), t));
    }

    @AfterAll
    static void close() throws Exception {
        compiled.close();
    }

    @Test
    void referencesBecomeForeignKeys() {
        Map<String, Column> columns = columns("crm.orders");
        assertEquals(new ForeignKey("", "customers", ""), columns.get("customer_id").references());
        assertEquals(new ForeignKey("crm", "customers", "id"), columns.get("payer_id").references());
        assertNull(columns.get("id").references());
    }

    @Test
    void javadocBecomesComments() {
        List<Column> customer = tables.get("crm.customers").rowType().columns();
        assertEquals("the customers key", customer.get(0).description());
        assertEquals("display name, see String.trim and never empty", customer.get(1).description());
        assertEquals("explicit", customer.get(2).description());
        assertEquals("Someone who buys. Second sentence of the same paragraph.",
                tables.get("crm.customers").description());

        Map<String, Column> order = columns("crm.orders");
        assertEquals("The order number.", order.get("id").description());
        assertEquals("", order.get("customer_id").description());
        assertEquals("the status, upper case", order.get("status").description());
        assertEquals("Orders taken today.", tables.get("crm.orders").description(), "the source's Javadoc");
    }

    private static Map<String, Column> columns(String table) {
        Map<String, Column> out = new TreeMap<>();
        tables.get(table).rowType().columns().forEach(c -> out.put(c.name(), c));
        return out;
    }

    @Test
    void registryRefusesAReferenceToATableThatIsNotExposed() {
        TableRegistry alone = new TableRegistry();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> alone.addTable(tables.get("crm.orders")));
        assertTrue(e.getMessage().contains("column crm.orders.customer_id references customers, but no table"
                + " crm.customers is exposed"), e.getMessage());
        assertEquals(List.of(), alone.snapshot().tables(), "nothing added");
    }
}
