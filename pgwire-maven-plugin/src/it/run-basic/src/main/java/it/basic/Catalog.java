package it.basic;

import dev.pgwire.annotations.PgTable;
import java.util.List;

/** Static source: served as soon as the server starts, without registration. */
public final class Catalog {
    @PgTable(name = "items")
    public static final List<Item> ITEMS = List.of(
            new Item(1, "apple", 0.5),
            new Item(2, "pear", 0.75),
            new Item(3, "plum", 0.25));

    private Catalog() {}
}
