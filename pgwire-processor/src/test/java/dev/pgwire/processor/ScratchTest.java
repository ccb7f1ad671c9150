package dev.pgwire.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void print() {
        Compilation c = Compiles.compile(
                Compiles.source("shop.Order",
                        "package shop;",
                        "import dev.pgwire.annotations.*;",
                        "import java.time.*;",
                        "@PgTable(description = \"orders\")",
                        "public record Order(@PgColumn(primaryKey = true) long id, String customer, LocalDate day, byte flags, Status status) {",
                        "  public enum Status { OPEN, CLOSED }",
                        "}"),
                Compiles.source("shop.Shop",
                        "package shop;",
                        "import dev.pgwire.annotations.*;",
                        "import java.util.*;",
                        "import java.util.function.*;",
                        "public class Shop {",
                        "  @PgTable static final List<Order> orders = new ArrayList<>();",
                        "  @PgTable(name = \"open\") Supplier<Order[]> open() { return null; }",
                        "  @PgTable Map<String, Order> getById() { return null; }",
                        "}"));
        System.out.println(c.diagnostics());
        c.generatedFiles().forEach(f -> {
            System.out.println("=== " + f.toUri());
            try { System.out.println(f.getCharContent(true)); } catch (Exception e) { }
        });
    }
}
